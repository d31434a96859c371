// Real series shipped with the page: files of the vega-datasets package (BSD-3-Clause), read
// through the same path as a user's own file (parseTable, prepareSeries). Plain data: the page
// fetches the file from its bundled asset URL, the CLI reads it from node_modules. A preset's
// words (title, source, note) are read in the current language each time they are shown.
import { t } from '../i18n/core';

export interface SeriesPreset {
  /** The `data=` value of a link. */
  id: string;
  title: string;
  /** The file in vega-datasets' data folder. */
  file: string;
  /** Its number columns, in the file's order (what the form offers as inputs and target). */
  numberColumns: readonly string[];
  /** What a preset starts with. */
  inputs: readonly string[];
  target: string;
  seqLen: number;
  horizon: number;
  /** Who measured the data and under what terms, as vega-datasets' datapackage.json says. */
  source: string;
  sourceUrl: string;
  /** One line on what to look for. */
  note: string;
}

/** vega-datasets' licence, named in every source line. */
const VEGA_LICENSE = 'BSD-3-Clause';

type PresetData = Omit<SeriesPreset, 'title' | 'source' | 'note'>;

/**
 * A shipped series whose words are `settings.seriesPresets.<id>.*`; `sourceValues` are the names
 * its source line fills in (licences stay as their holders write them).
 */
function shipped(data: PresetData, sourceValues: Record<string, string> = {}): SeriesPreset {
  const text = (part: string, values = {}) =>
    t(`settings.seriesPresets.${data.id}.${part}`, values);
  return Object.defineProperties({ ...data } as SeriesPreset, {
    title: { get: () => text('title'), enumerable: true },
    source: {
      get: () => text('source', { ...sourceValues, license: VEGA_LICENSE }),
      enumerable: true,
    },
    note: { get: () => text('note'), enumerable: true },
  });
}

export const SERIES_PRESETS: readonly SeriesPreset[] = [
  shipped({
    id: 'seattle_hourly',
    file: 'seattle-weather-hourly-normals.csv',
    numberColumns: ['pressure', 'temperature', 'wind'],
    inputs: ['temperature'],
    target: 'temperature',
    seqLen: 96,
    horizon: 6,
    sourceUrl: 'https://www.ncdc.noaa.gov/cdo-web/datatools/normals',
  }),
  shipped(
    {
      id: 'co2',
      file: 'co2-concentration.csv',
      numberColumns: ['CO2', 'adjusted CO2'],
      inputs: ['CO2'],
      target: 'CO2',
      seqLen: 48,
      horizon: 1,
      sourceUrl: 'https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record',
    },
    { dataLicense: 'CC BY 4.0' },
  ),
  shipped({
    id: 'seattle',
    file: 'seattle-weather.csv',
    numberColumns: ['precipitation', 'temp_max', 'temp_min', 'wind'],
    inputs: ['temp_max', 'temp_min', 'precipitation', 'wind'],
    target: 'temp_max',
    seqLen: 64,
    horizon: 1,
    sourceUrl: 'https://www.ncdc.noaa.gov/cdo-web/datatools/records',
  }),
];

export const seriesPreset = (id: string): SeriesPreset | undefined =>
  SERIES_PRESETS.find((p) => p.id === id);

/** Where a link's series comes from: a user's file, or a preset by id. */
export const DATA_SOURCES = ['file', ...SERIES_PRESETS.map((p) => p.id)] as const;
