// The columns of a shipped series: a link or a file may name only the number columns it has
// (a user's own file is checked when it is read).
import { seriesPreset } from '../data/seriesPresets';
import { t } from '../i18n/core';
import { show, type Field } from './fields';
import type { Notice, PlaygroundConfig, SettingProblem } from './schema';

const given = (values: Map<Field, unknown>, section: string, key: string) =>
  [...values.keys()].some((f) => f.section === section && f.key === key);

/**
 * A shipped series takes its own columns unless the link chose some of them; names it does not
 * have are reported and replaced by its defaults.
 */
export function fitPresetColumns(
  config: PlaygroundConfig,
  values: Map<Field, unknown>,
  notices: Notice[],
) {
  const data = config.data;
  const preset = seriesPreset(data.source);
  if (!preset) return;
  if (!given(values, 'data', 'columns')) data.columns = [...preset.inputs];
  if (!given(values, 'data', 'target')) data.target = preset.target;
  if (!given(values, 'data', 'horizon')) data.horizon = preset.horizon;
  const has = (c: string) => preset.numberColumns.includes(c);
  if (data.columns.every(has) && has(data.target)) return;
  for (const [key, names] of [
    ['columns', data.columns],
    ['target', [data.target]],
  ] as const) {
    const unknown = names.filter((c) => !has(c));
    if (unknown.length === 0) continue;
    notices.push({
      key,
      action: 'rejected',
      reason: t('messages.link.presetLacksColumns', {
        series: preset.title,
        names: unknown.map((c) => show(c)).join(', '),
        columns: preset.numberColumns.join(', '),
      }),
    });
  }
  data.columns = [...preset.inputs];
  data.target = preset.target;
}

/** A shipped series offers only its own number columns (a user's file is checked when read). */
export function seriesProblems(config: PlaygroundConfig): SettingProblem[] {
  const preset = config.task.name === 'series' ? seriesPreset(config.data.source) : undefined;
  if (!preset) return [];
  const problems: SettingProblem[] = [];
  for (const [key, names] of [
    ['columns', config.data.columns],
    ['target', [config.data.target]],
  ] as const) {
    const unknown = names.filter((c) => !preset.numberColumns.includes(c));
    if (unknown.length)
      problems.push({
        key,
        kind: 'tab-limit',
        message: t('messages.config.presetLacksColumns', {
          series: preset.title,
          names: unknown.join(', '),
          columns: preset.numberColumns.join(', '),
        }),
      });
  }
  return problems;
}
