// What each setting's control is (a number, a list, a select…) and which text explains it, for
// keras-tcn's TCN arguments (ConfigEditor.tsx) and the shape every other control shares
// (TaskTrainEditor.tsx, SeriesPanel.tsx). Texts are i18n keys, read when the field is drawn, so
// a change of language redraws them; the setting's own name (its URL and keras-tcn name) is
// never translated.
import type { TFunction } from 'i18next';
import { ACTIVATIONS, KERNEL_INITIALIZERS, PADDINGS, type TcnKey } from '../../../engine/config';

export type FieldKind = 'number' | 'filters' | 'list' | 'select' | 'bool' | 'fixed';

export interface FieldSpec {
  /** The flat key of the setting (its URL name); problems with this key are shown under it. */
  key: string;
  kind: FieldKind;
  /** The i18n key of its one-line explanation, and the values that text fills in. */
  help: string;
  helpValues?: Record<string, string | number>;
  options?: readonly string[];
  /** How an option reads in the list (the value stays the option itself). */
  optionLabel?: (option: string, t: TFunction) => string;
  /** The i18n key of what is shown after the control, e.g. "0 = off". */
  unit?: string;
  /** − and + buttons beside a whole number with a small range. */
  stepper?: { min: number; max: number };
}

interface TcnFieldSpec extends FieldSpec {
  key: TcnKey;
}

/** The TCN's arguments in two groups; each help text is `settings.tcn.help.<key>`. */
export const TCN_GROUPS: { title: string; fields: TcnFieldSpec[] }[] = [
  {
    title: 'settings.tcn.groups.shape',
    fields: withHelp([
      { key: 'nb_filters', kind: 'filters', stepper: { min: 1, max: 256 } },
      { key: 'kernel_size', kind: 'number', stepper: { min: 1, max: 64 } },
      { key: 'dilations', kind: 'list' },
      { key: 'nb_stacks', kind: 'number', stepper: { min: 1, max: 8 } },
      { key: 'padding', kind: 'select', options: PADDINGS },
      { key: 'use_skip_connections', kind: 'bool' },
      { key: 'return_sequences', kind: 'bool' },
      { key: 'go_backwards', kind: 'bool' },
    ]),
  },
  {
    title: 'settings.tcn.groups.block',
    fields: withHelp([
      { key: 'activation', kind: 'select', options: ACTIVATIONS },
      { key: 'kernel_initializer', kind: 'select', options: KERNEL_INITIALIZERS },
      { key: 'dropout_rate', kind: 'number' },
      { key: 'use_batch_norm', kind: 'bool' },
      { key: 'use_layer_norm', kind: 'bool' },
      { key: 'use_weight_norm', kind: 'bool' },
    ]),
  },
];

function withHelp(fields: Omit<TcnFieldSpec, 'help'>[]): TcnFieldSpec[] {
  return fields.map((spec) => ({ ...spec, help: `settings.tcn.help.${spec.key}` }));
}

/** The TCN arguments that change the picture most: shown first, outside "More settings". */
export const QUICK_TCN_KEYS: readonly TcnKey[] = [
  'kernel_size',
  'dilations',
  'nb_stacks',
  'nb_filters',
  'use_skip_connections',
];

export function tcnFieldSpec(key: TcnKey): FieldSpec {
  const spec = TCN_GROUPS.flatMap((g) => g.fields).find((f) => f.key === key);
  if (!spec) throw new Error(`internal: no control for ${key}`);
  return spec;
}

/** Every TCN argument this editor has a control for (input_dim is the task's, see TaskTrainEditor). */
export const TCN_CONTROL_KEYS: readonly string[] = TCN_GROUPS.flatMap((g) =>
  g.fields.map((f) => f.key),
);
