// Property tests of the configuration format: hostile and malformed links and files never
// throw, every key that is not used as given is reported, and encode → parse is the identity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKENDS,
  DEFAULT_CONFIG,
  FLAT_KEYS,
  MISSING_POLICIES,
  OPTIMIZERS,
  VIEW_KEYS,
  checkSettings,
  encodeFragment,
  parseConfigJson,
  parseFragment,
  type PlaygroundConfig,
} from './playgroundConfig';
import { ACTIVATIONS, KERNEL_INITIALIZERS } from '../engine/config';
import { SERIES_PRESETS } from '../data/seriesPresets';
import { TASK_NAMES } from '../tasks/tasks';
import { NETWORK_KINDS } from '../trainer/networkKinds';

// A fixed seed keeps CI reproducible; FC_SEED explores other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });

const SECTION_OF = (key: string): keyof Omit<PlaygroundConfig, 'v'> | null => {
  if (key in DEFAULT_CONFIG.tcn && key !== 'input_dim') return 'tcn';
  if (key === 'task' || key in DEFAULT_CONFIG.task) return 'task';
  if (key in DEFAULT_CONFIG.train) return 'train';
  if (key === 'data' || (key in DEFAULT_CONFIG.data && key !== 'source')) return 'data';
  return null;
};
/** Settings that are names, read as the text itself (columns: a list of percent-encoded names). */
const NAME_KEYS = ['data', 'file', 'target', 'missing'];
const readName = (key: string, text: string): unknown =>
  key === 'columns'
    ? text === ''
      ? []
      : text.split(',').map((n) => {
          try {
            return decodeURIComponent(n);
          } catch {
            return n;
          }
        })
    : text;

/** An oracle written independently of the parser: how a value's text reads. */
function readText(text: string): unknown {
  // Spaces around a number are allowed ("1, 2, 4" reads as a list of numbers).
  const number = (s: string) =>
    /^\s*-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i.test(s) ? Number(s) : s;
  if (text === 'true' || text === 'false') return text === 'true';
  // Brackets keep a one-element or empty list a list ("[16]", "[]").
  const t = text.trim();
  if (t.startsWith('[') && t.endsWith(']'))
    return t.slice(1, -1).trim() === '' ? [] : t.slice(1, -1).split(',').map(number);
  if (text.includes(',')) return text.split(',').map(number);
  return number(text);
}

const valueText = fc.oneof(
  fc.constantFrom(
    '1',
    '2',
    '16',
    '0',
    '-1',
    '2.5',
    '1e3',
    'true',
    'false',
    '',
    '1,2,4',
    '1,,2',
    'NaN',
    'Infinity',
  ),
  fc.constantFrom(
    ...ACTIVATIONS,
    ...KERNEL_INITIALIZERS,
    ...OPTIMIZERS,
    ...BACKENDS,
    ...TASK_NAMES,
    'same',
    'causal',
    'valid',
  ),
  fc.integer({ min: -5, max: 5000 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.array(fc.integer({ min: -2, max: 70 }), { maxLength: 8 }).map((a) => a.join(',')),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '__proto__', 'constructor', '%', '%zz', '&', '='),
);
const keyText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAT_KEYS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'colour',
      '',
      'tcn.kernel_size',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const fragment = fc.array(fc.tuple(keyText, valueText), { maxLength: 12 });

describe('the configuration format under random input', () => {
  it('reports every link key it does not use as given (5,000 random links)', () => {
    fc.assert(
      fc.property(fragment, (pairs) => {
        const text = `#${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
        const { config, notices } = parseFragment(text);
        const noticed = new Set(notices.map((n) => n.key));
        const seen = new Set<string>();
        for (const [key, value] of pairs) {
          if (key === '') continue;
          if (seen.has(key)) {
            expect(noticed.has(key)).toBe(true);
            continue;
          }
          seen.add(key);
          if (noticed.has(key) || (VIEW_KEYS as readonly string[]).includes(key)) continue;
          if (key === 'v') {
            expect(value).toBe('1');
            continue;
          }
          const section = SECTION_OF(key);
          expect(section, `unknown key ${key} not reported`).not.toBeNull();
          const leaf = key === 'task' ? 'name' : key === 'data' ? 'source' : key;
          const used = (config[section!] as unknown as Record<string, unknown>)[leaf];
          const read =
            NAME_KEYS.includes(key) || key === 'columns' ? readName(key, value) : readText(value);
          // A value that stands for a one-element list (nb_filters "16", dilations "4") reads as a number.
          const same =
            JSON.stringify(used) === JSON.stringify(read) ||
            JSON.stringify(used) === JSON.stringify([read]);
          expect(same, `${key}=${value} became ${JSON.stringify(used)} without a notice`).toBe(
            true,
          );
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws on mutated links (2,000 runs)', () => {
    const base = encodeFragment(DEFAULT_CONFIG);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length }),
        fc.integer({ min: 0, max: 20 }),
        fc.string({ maxLength: 20 }),
        (at, cut, insert) => {
          const mutated = base.slice(0, at) + insert + base.slice(at + cut);
          const parsed = parseFragment(`#${mutated}`);
          expect(parsed.config.v).toBe(1);
          expect(Array.isArray(parsed.notices)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on random JSON documents and reports what it ignores (3,000 runs)', () => {
    const section = fc.dictionary(
      fc.oneof(fc.constantFrom(...FLAT_KEYS, 'name', 'input_dim'), fc.string({ maxLength: 6 })),
      fc.oneof(fc.jsonValue(), fc.constantFrom(3, 'relu', true, [1, 2], -1, 1e9)),
    );
    const doc = fc.oneof(
      fc.jsonValue(),
      fc.record(
        { v: fc.jsonValue(), tcn: section, task: section, train: section },
        { requiredKeys: [] },
      ),
      fc.dictionary(fc.string({ maxLength: 6 }), section),
    );
    fc.assert(
      fc.property(doc, (value) => {
        const fromObject = parseConfigJson(value);
        const fromText = parseConfigJson(JSON.stringify(value) ?? 'undefined');
        expect(fromText.config).toEqual(fromObject.config);
        const known = ['v', 'tcn', 'task', 'train'];
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const key of Object.keys(value)) {
            if (!known.includes(key))
              expect(fromObject.notices.some((n) => n.key === key)).toBe(true);
          }
        } else {
          expect(fromObject.notices.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('encode → parse is the identity on valid configurations (1,000 runs)', () => {
    const name = fc.string({ minLength: 1, maxLength: 12 }).filter((n) => n.trim() !== '');
    const config = fc
      .record({
        tcn: fc.record({
          nb_filters: fc.integer({ min: 1, max: 64 }),
          kernel_size: fc.integer({ min: 1, max: 9 }),
          nb_stacks: fc.integer({ min: 1, max: 3 }),
          dilations: fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 6 }),
          padding: fc.constantFrom('causal', 'same'),
          use_skip_connections: fc.boolean(),
          dropout_rate: fc.double({ min: 0, max: 0.99, noNaN: true }),
          return_sequences: fc.boolean(),
          activation: fc.constantFrom(...ACTIVATIONS),
          kernel_initializer: fc.constantFrom(...KERNEL_INITIALIZERS),
          norm: fc.constantFrom('none', 'use_batch_norm', 'use_layer_norm', 'use_weight_norm'),
          go_backwards: fc.boolean(),
        }),
        task: fc.record({
          name: fc.constantFrom(...TASK_NAMES),
          seq_len: fc.integer({ min: 21, max: 4096 }),
          lag: fc.integer({ min: 1, max: 20 }),
          input_dim: fc.integer({ min: 1, max: 64 }),
          noise: fc.double({ min: 0, max: 10, noNaN: true }),
        }),
        train: fc.record({
          optimizer: fc.constantFrom(...OPTIMIZERS),
          learning_rate: fc.double({ min: 1e-6, max: 10, noNaN: true }),
          momentum: fc.double({ min: 0, max: 0.999, noNaN: true }),
          clipnorm: fc.double({ min: 0, max: 100, noNaN: true }),
          batch_size: fc.integer({ min: 1, max: 512 }),
          seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          data_seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
          backend: fc.constantFrom(...BACKENDS),
          model: fc.constantFrom(...NETWORK_KINDS),
        }),
        data: fc.oneof(
          fc.constantFrom(...SERIES_PRESETS).map((p) => ({
            source: p.id,
            file: '',
            columns: [...p.numberColumns],
            target: p.numberColumns[p.numberColumns.length - 1],
          })),
          // A user's file: names with commas, percent signs, & and = must survive the link.
          fc.record({
            source: fc.constant('file'),
            file: fc.string({ maxLength: 30 }),
            columns: fc.uniqueArray(name, { minLength: 1, maxLength: 5 }),
            target: name,
          }),
        ),
        horizon: fc.integer({ min: 1, max: 1000 }),
        missing: fc.constantFrom(...MISSING_POLICIES),
      })
      .map(({ tcn: { norm, ...tcn }, task, train, data, horizon, missing }) => {
        const raw = {
          tcn: {
            ...DEFAULT_CONFIG.tcn,
            ...tcn,
            use_batch_norm: false,
            use_layer_norm: false,
            use_weight_norm: false,
            ...(norm === 'none' ? {} : { [norm]: true }),
          },
          task: { ...task },
          train: { ...train },
          // Only a series' links carry its settings: the other tasks keep the defaults.
          data: task.name === 'series' ? { ...data, horizon, missing } : { ...DEFAULT_CONFIG.data },
        };
        raw.tcn.return_sequences = task.name !== 'adding';
        return checkSettings(raw).config;
      })
      .filter((c): c is PlaygroundConfig => c !== null);
    fc.assert(
      fc.property(config, (c) => {
        const { config: back, notices } = parseFragment(`#${encodeFragment(c)}`);
        expect(notices).toEqual([]);
        expect(back).toEqual(c);
        expect(parseConfigJson(JSON.parse(JSON.stringify(c))).config).toEqual(c);
      }),
      { numRuns: 1000 },
    );
  });
});
