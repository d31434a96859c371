// The shipped series' files, bundled from the vega-datasets package (BSD-3-Clause) as assets of
// the page: each URL written out, so that the bundler finds and copies every file.
import type { SeriesPreset } from '../data/seriesPresets';

const URLS: Record<string, string> = {
  'co2-concentration.csv': new URL(
    '../../node_modules/vega-datasets/data/co2-concentration.csv',
    import.meta.url,
  ).href,
  'seattle-weather.csv': new URL(
    '../../node_modules/vega-datasets/data/seattle-weather.csv',
    import.meta.url,
  ).href,
  'seattle-weather-hourly-normals.csv': new URL(
    '../../node_modules/vega-datasets/data/seattle-weather-hourly-normals.csv',
    import.meta.url,
  ).href,
};

/** The text of a shipped series; rejects with a sentence when it cannot be fetched. */
export async function fetchPresetText(preset: SeriesPreset): Promise<string> {
  const url = URLS[preset.file];
  if (!url) throw new Error(`${preset.file} is not bundled with this page.`);
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(`${preset.file} could not be loaded (HTTP ${response.status}).`);
  return response.text();
}
