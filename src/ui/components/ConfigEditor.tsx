// Every keras-tcn setting, with a one-line explanation and, under it, the problems that name it.
// Text is stored as typed (a number when it reads as one): nothing is clamped or corrected here.
import { useState } from 'react';
import {
  ACTIVATIONS,
  KERNEL_INITIALIZERS,
  PADDINGS,
  type ConfigProblem,
  type TcnKey,
} from '../../engine/config';
import { usePlayground } from '../store';

type FieldKind = 'number' | 'filters' | 'list' | 'select' | 'bool';

interface FieldSpec {
  key: TcnKey;
  kind: FieldKind;
  help: string;
  options?: readonly string[];
}

const GROUPS: { title: string; fields: FieldSpec[] }[] = [
  {
    title: 'Shape of the network',
    fields: [
      {
        key: 'input_dim',
        kind: 'number',
        help: 'Channels of the input sequence (its last axis); not a TCN argument but the input’s shape.',
      },
      {
        key: 'nb_filters',
        kind: 'filters',
        help: 'Filters of every convolution: one number, or a comma-separated list with one per dilation.',
      },
      {
        key: 'kernel_size',
        kind: 'number',
        help: 'How many time steps each convolution reads.',
      },
      {
        key: 'dilations',
        kind: 'list',
        help: 'Comma-separated gaps between the steps a convolution reads; one residual block each.',
      },
      {
        key: 'nb_stacks',
        kind: 'number',
        help: 'How many times the whole list of dilations is repeated.',
      },
      {
        key: 'padding',
        kind: 'select',
        options: PADDINGS,
        help: 'causal: an output sees only the past; same: a window centred on it (past and future).',
      },
      {
        key: 'use_skip_connections',
        kind: 'bool',
        help: 'Output the sum of every block’s conv path instead of the last block’s residual output.',
      },
      {
        key: 'return_sequences',
        kind: 'bool',
        help: 'Output every time step; off keeps one step (the last for causal, the middle for same).',
      },
      {
        key: 'go_backwards',
        kind: 'bool',
        help: 'Read the input sequence in reverse time order.',
      },
    ],
  },
  {
    title: 'Inside each residual block',
    fields: [
      {
        key: 'activation',
        kind: 'select',
        options: ACTIVATIONS,
        help: 'The nonlinearity applied after each convolution.',
      },
      {
        key: 'kernel_initializer',
        kind: 'select',
        options: KERNEL_INITIALIZERS,
        help: 'How convolution kernels are drawn at random before training.',
      },
      {
        key: 'dropout_rate',
        kind: 'number',
        help: 'Fraction of channels dropped while training: from 0 up to, not including, 1.',
      },
      {
        key: 'use_batch_norm',
        kind: 'bool',
        help: 'Batch normalization after each convolution (adds γ, β and moving statistics).',
      },
      {
        key: 'use_layer_norm',
        kind: 'bool',
        help: 'Layer normalization over the channels after each convolution (adds γ and β).',
      },
      {
        key: 'use_weight_norm',
        kind: 'bool',
        help: 'Weight normalization of each kernel (adds g); this page’s, keras-tcn dropped it.',
      },
    ],
  },
];

const KIND_LABEL: Record<ConfigProblem['kind'], string> = {
  'keras-rejects': 'keras-tcn refuses this',
  'keras-crashes': 'keras-tcn crashes on this',
  'keras-accepts': 'keras-tcn accepts this silently',
  'tab-limit': 'too big for this page',
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A number when the text reads as one, else the text itself, so the problem can quote it. */
function parseNumber(text: string): unknown {
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
    // Changed by a fix, the seed case or a reset: show the new value.
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

function Field({
  spec,
  value,
  problems,
  onValue,
}: {
  spec: FieldSpec;
  value: unknown;
  problems: ConfigProblem[];
  onValue: (value: unknown) => void;
}) {
  const id = `field-${spec.key}`;
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const describedBy = problems.length > 0 ? `${helpId} ${problemsId}` : helpId;
  const invalid = problems.length > 0;

  let control;
  switch (spec.kind) {
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
              {o}
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
      <label htmlFor={id} className="field-name">
        {spec.key}
      </label>
      <div className="field-control">{control}</div>
      <p id={helpId} className="field-help">
        {spec.help}
      </p>
      {invalid && (
        <ul id={problemsId} className="field-problems">
          {problems.map((p, i) => (
            <li key={i}>
              <span className="problem-kind">{KIND_LABEL[p.kind]}:</span> {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ConfigEditor() {
  const raw = usePlayground((s) => s.raw);
  const problems = usePlayground((s) => s.problems);
  const setField = usePlayground((s) => s.setField);
  const loadSeed = usePlayground((s) => s.loadSeed);
  const reset = usePlayground((s) => s.reset);

  const shown = new Set<TcnKey>(GROUPS.flatMap((g) => g.fields.map((f) => f.key)));
  const elsewhere = problems.filter((p) => !shown.has(p.key));

  return (
    <section className="editor" aria-labelledby="editor-title">
      <div className="editor-head">
        <h2 id="editor-title">Configuration</h2>
        <div className="editor-actions">
          <button type="button" onClick={loadSeed}>
            Load the seed case
          </button>
          <button
            type="button"
            className="secondary"
            title="Every setting back to keras-tcn's defaults, with input_dim 1"
            onClick={reset}
          >
            Reset to defaults
          </button>
        </div>
      </div>
      <p className="editor-note">
        keras-tcn’s <code>TCN(...)</code> arguments, by their keras-tcn names, starting from
        keras-tcn’s defaults. Every change updates the model at once.
      </p>
      {problems.length > 0 && (
        <p className="editor-summary" role="status">
          {problems.length === 1
            ? '1 problem in this configuration: see the highlighted setting.'
            : `${problems.length} problems in this configuration: see the highlighted settings.`}
        </p>
      )}
      {GROUPS.map((group) => (
        <fieldset key={group.title}>
          <legend>{group.title}</legend>
          {group.fields.map((spec) => (
            <Field
              key={spec.key}
              spec={spec}
              value={raw[spec.key]}
              problems={problems.filter((p) => p.key === spec.key)}
              onValue={(v) => setField(spec.key, v)}
            />
          ))}
        </fieldset>
      ))}
      {elsewhere.length > 0 && (
        <ul className="field-problems">
          {elsewhere.map((p, i) => (
            <li key={i}>
              <code>{p.key}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
