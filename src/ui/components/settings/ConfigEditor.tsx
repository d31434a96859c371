// keras-tcn's TCN arguments, each with a one-line explanation and, under it, the problems that
// name it (which control each has: fieldSpecs.ts). Also the Field that the task and training
// settings use (TaskTrainEditor.tsx). Text is stored as typed (a number when it reads as one):
// nothing is clamped or corrected here.
import { useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SettingProblem } from '../../../config/playgroundConfig';
import type { ConfigProblem } from '../../../engine/config';
import { TASK_NAMES, taskInputDim, type TaskName } from '../../../tasks/tasks';
import { usePlayground } from '../../store';
import { QUICK_TCN_KEYS, TCN_GROUPS, type FieldSpec } from './fieldSpecs';

/** The words before a TCN argument's problem: what keras-tcn itself does with the value. */
const KIND_LABEL: Record<ConfigProblem['kind'], string> = {
  'keras-rejects': 'settings.field.problemKind.kerasRejects',
  'keras-crashes': 'settings.field.problemKind.kerasCrashes',
  'keras-accepts': 'settings.field.problemKind.kerasAccepts',
  'tab-limit': 'settings.field.problemKind.tabLimit',
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number when the text reads as one, else the text itself, so the problem can quote it. */
export function parseNumber(text: string): unknown {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : text;
}

/** "1, 2, 4" or "[1, 2, 4]" → [1, 2, 4]; entries that are not numbers stay text. */
function parseList(text: string): unknown[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\]$/, '').trim();
  if (inner === '') return [];
  const tokens = inner.split(',').map((s) => s.trim());
  // A comma just typed, before the next number: not an empty entry yet.
  if (tokens.length > 1 && tokens[tokens.length - 1] === '') tokens.pop();
  return tokens.map(parseNumber);
}

/** One number, or a list when the text has a comma or brackets. */
function parseFilters(text: string): unknown {
  const t = text.trim();
  return t.startsWith('[') || t.includes(',') ? parseList(t) : parseNumber(text);
}

function format(value: unknown): string {
  if (Array.isArray(value)) return value.map(format).join(', ');
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** A one-entry list keeps its brackets, so it does not read back as a single number. */
function formatFilters(value: unknown): string {
  return Array.isArray(value) && value.length === 1 ? `[${format(value)}]` : format(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface TextInputProps {
  id: string;
  value: unknown;
  parse: (text: string) => unknown;
  format: (value: unknown) => string;
  onValue: (value: unknown) => void;
  invalid: boolean;
  describedBy: string;
  inputMode: 'decimal' | 'text';
}

/** Keeps the text as typed while it means the stored value; shows a value set elsewhere. */
function TextInput({
  id,
  value,
  parse,
  format: show,
  onValue,
  invalid,
  describedBy,
  inputMode,
}: TextInputProps) {
  const [draft, setDraft] = useState(() => ({ text: show(value), value }));
  if (!same(draft.value, value)) {
    // Changed by a fix, a preset, a link or back/forward: show the new value.
    setDraft({ text: show(value), value });
  }
  return (
    <input
      id={id}
      type="text"
      inputMode={inputMode}
      autoComplete="off"
      spellCheck={false}
      value={same(draft.value, value) ? draft.text : show(value)}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      onChange={(e) => {
        const text = e.target.value;
        const next = parse(text);
        setDraft({ text, value: next });
        onValue(next);
      }}
    />
  );
}

/** − and + around a whole-number control; they act only while the value is a whole number. */
function Stepper({
  spec,
  value,
  onValue,
  children,
}: {
  spec: FieldSpec;
  value: unknown;
  onValue: (value: unknown) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { min, max } = spec.stepper!;
  const whole = typeof value === 'number' && Number.isInteger(value);
  return (
    <span className="stepper">
      <button
        type="button"
        className="secondary step-button"
        aria-label={t('settings.field.minusOne', { name: spec.key })}
        disabled={!whole || (value as number) <= min}
        onClick={() => onValue((value as number) - 1)}
      >
        −
      </button>
      {children}
      <button
        type="button"
        className="secondary step-button"
        aria-label={t('settings.field.plusOne', { name: spec.key })}
        disabled={!whole || (value as number) >= max}
        onClick={() => onValue((value as number) + 1)}
      >
        +
      </button>
    </span>
  );
}

interface FieldProps {
  spec: FieldSpec;
  value: unknown;
  /** The problems whose key is this field's. */
  problems: SettingProblem[];
  onValue: (value: unknown) => void;
  /** Say whether keras-tcn refuses, crashes on or accepts the value (TCN arguments only). */
  kerasKinds?: boolean;
  /** The name shown; the key when absent. */
  label?: string;
  /** The element id of the control; `field-<key>` when absent. */
  id?: string;
}

/** One setting: its name, its control, a one-line explanation, and the problems that name it. */
export function Field({
  spec,
  value,
  problems,
  onValue,
  kerasKinds,
  label,
  id: idProp,
}: FieldProps) {
  const { t } = useTranslation();
  const id = idProp ?? `field-${spec.key}`;
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const describedBy = problems.length > 0 ? `${helpId} ${problemsId}` : helpId;
  const invalid = problems.length > 0;
  // Without a label the name shown is the setting's own (keras-tcn's, the link's): never translated.
  const nameOnly = label === undefined ? 'no' : undefined;

  let control;
  switch (spec.kind) {
    case 'fixed':
      control = (
        <output id={id} className="field-fixed-value" aria-describedby={describedBy}>
          {format(value)}
        </output>
      );
      break;
    case 'bool':
      control = (
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onValue(e.target.checked)}
        />
      );
      break;
    case 'select': {
      const options = spec.options ?? [];
      const current = typeof value === 'string' ? value : format(value);
      control = (
        <select
          id={id}
          value={current}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onValue(e.target.value)}
        >
          {!options.includes(current) && (
            <option value={current} disabled>
              {current}
            </option>
          )}
          {options.map((o) => (
            <option key={o} value={o}>
              {spec.optionLabel ? spec.optionLabel(o, t) : o}
            </option>
          ))}
        </select>
      );
      break;
    }
    default:
      control = (
        <TextInput
          id={id}
          value={value}
          parse={
            spec.kind === 'list' ? parseList : spec.kind === 'filters' ? parseFilters : parseNumber
          }
          format={spec.kind === 'filters' ? formatFilters : format}
          onValue={onValue}
          invalid={invalid}
          describedBy={describedBy}
          inputMode={spec.kind === 'number' ? 'decimal' : 'text'}
        />
      );
  }

  return (
    <div className={`field field-${spec.kind}${invalid ? ' has-problem' : ''}`}>
      {spec.kind === 'fixed' ? (
        <span className="field-name" translate={nameOnly}>
          {label ?? spec.key}
        </span>
      ) : (
        <label htmlFor={id} className="field-name" translate={nameOnly}>
          {label ?? spec.key}
        </label>
      )}
      <div className="field-control">
        {spec.stepper ? (
          <Stepper spec={spec} value={value} onValue={onValue}>
            {control}
          </Stepper>
        ) : (
          control
        )}
        {spec.unit && <span className="field-unit">{t(spec.unit)}</span>}
      </div>
      <p id={helpId} className="field-help">
        {t(spec.help, spec.helpValues ?? {})}
      </p>
      {invalid && (
        <ul id={problemsId} className="field-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>
              {kerasKinds && <span className="problem-kind">{t(KIND_LABEL[p.kind])}</span>}{' '}
              {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The TCN's arguments. */
export function ConfigEditor() {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const problems = usePlayground((s) => s.problems);
  const setTcnField = usePlayground((s) => s.setTcnField);
  const task = raw.task;
  // The task's input channels, as the task settings read now (even before they are valid).
  const inputDim = (TASK_NAMES as readonly unknown[]).includes(task.name)
    ? taskInputDim({ name: task.name as TaskName, input_dim: task.input_dim as number })
    : task.input_dim;

  return (
    <section className="editor" aria-labelledby="tcn-title">
      <h2 id="tcn-title">{t('settings.tcn.title')}</h2>
      <p className="editor-note">
        <Trans i18nKey="settings.tcn.note" components={{ code: <code /> }} />
      </p>
      <Field
        spec={{ key: 'input_dim', kind: 'fixed', help: 'settings.tcn.inputDimHelp' }}
        id="field-tcn-input_dim"
        value={inputDim}
        problems={[]}
        onValue={() => {}}
      />
      {TCN_GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{t(group.title)}</legend>
          {group.fields
            .filter((spec) => !QUICK_TCN_KEYS.includes(spec.key))
            .map((spec) => (
              <Field
                key={spec.key}
                spec={spec}
                value={raw.tcn[spec.key]}
                problems={problems.filter((p) => p.key === spec.key)}
                onValue={(v) => setTcnField(spec.key, v)}
                kerasKinds
              />
            ))}
        </fieldset>
      ))}
    </section>
  );
}
