// Real series shipped with the page: files of the vega-datasets package (BSD-3-Clause), read
// through the same path as a user's own file (parseTable, prepareSeries). Plain data: the page
// fetches the file from its bundled asset URL, the CLI reads it from node_modules.

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

const VEGA = 'vega-datasets (BSD-3-Clause)';

export const SERIES_PRESETS: readonly SeriesPreset[] = [
  {
    id: 'seattle_hourly',
    title: 'Seattle hourly temperatures',
    file: 'seattle-weather-hourly-normals.csv',
    numberColumns: ['pressure', 'temperature', 'wind'],
    inputs: ['temperature'],
    target: 'temperature',
    seqLen: 96,
    horizon: 6,
    source: `NOAA NCDC 1981–2010 Climate Normals (U.S. Government work), via ${VEGA}`,
    sourceUrl: 'https://www.ncdc.noaa.gov/cdo-web/datatools/normals',
    note: 'Six hours ahead on a daily cycle: repeating the last value misses the cycle, a receptive field of a day sees it.',
  },
  {
    id: 'co2',
    title: 'CO₂ at Mauna Loa (monthly)',
    file: 'co2-concentration.csv',
    numberColumns: ['CO2', 'adjusted CO2'],
    inputs: ['CO2'],
    target: 'CO2',
    seqLen: 48,
    horizon: 1,
    source: `Scripps CO2 Program (CC BY 4.0), via ${VEGA}`,
    sourceUrl: 'https://scrippsco2.ucsd.edu/data/atmospheric_co2/primary_mlo_co2_record',
    note: 'A yearly cycle on a rising trend: the held-out years lie above every training value, and a network that never saw such levels struggles to beat persistence.',
  },
  {
    id: 'seattle',
    title: 'Seattle daily weather',
    file: 'seattle-weather.csv',
    numberColumns: ['precipitation', 'temp_max', 'temp_min', 'wind'],
    inputs: ['temp_max', 'temp_min', 'precipitation', 'wind'],
    target: 'temp_max',
    seqLen: 64,
    horizon: 1,
    source: `NOAA National Climatic Data Center (U.S. Government work), via ${VEGA}`,
    sourceUrl: 'https://www.ncdc.noaa.gov/cdo-web/datatools/records',
    note: 'Tomorrow’s high from the last weeks of weather: day-to-day weather is noisy, and persistence is hard to beat on 1,100 training days.',
  },
];

export const seriesPreset = (id: string): SeriesPreset | undefined =>
  SERIES_PRESETS.find((p) => p.id === id);

/** Where a link's series comes from: a user's file, or a preset by id. */
export const DATA_SOURCES = ['file', ...SERIES_PRESETS.map((p) => p.id)] as const;
