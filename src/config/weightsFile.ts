// The weights file of a run: every variable of the model by its keras-tcn name, with the
// configuration and the step; the page's "Download weights" writes it, "Load weights" reads it
// back, and the keras-tcn export (./kerasScript) writes the same file with the held-out check
// the Python script verifies. Plain TypeScript: no React, no TensorFlow.js.
import { t } from '../i18n/core';
import { SECTION_NAMES, parseConfigJson } from './configJson';
import type { Notice, PlaygroundConfig } from './schema';

export const WEIGHTS_FORMAT = 'tcn-playground-weights';
/** The largest configuration file the page reads. */
export const MAX_CONFIG_BYTES = 1_000_000;
/** The largest weights file the page reads. */
export const MAX_WEIGHTS_BYTES = 50_000_000;

/** One variable (or optimizer slot): its name, shape and row-major values. */
export interface NamedValues {
  name: string;
  shape: number[];
  data: number[];
}

/**
 * What, beside the weights, an uninterrupted run would go on with: restored together, the steps
 * after it are the very steps the run would have taken (same batches, same optimizer update).
 */
export interface RunState {
  /** The optimizer's slots as tfjs's getWeights() lists them (iterations, then e.g. moments). */
  optimizer: NamedValues[];
  /** The training data generator's position. */
  data: number;
}

export interface WeightSnapshot {
  step: number;
  weights: NamedValues[];
  /** Only in `snapshot(true)`: the run's state, so that a restore continues it exactly. */
  run?: RunState;
}

/**
 * The first held-out sequences and what the trained model makes of them, for another framework
 * to check itself against: the model's own output in inference mode (the Dense head's values;
 * logits for copy_memory), the targets, and the loss.
 */
export interface ExportCheck {
  /** [b, T, C], row-major. */
  x: number[];
  xShape: [number, number, number];
  /** The model's output, row-major: [b, T, outputDim] per step, [b, outputDim] per sequence. */
  output: number[];
  outputShape: number[];
  /** Targets: values ([b, T, outputDim] or [b, outputDim]), or class indices ([b, T]). */
  y: number[];
  yShape: number[];
  /** [b, T]: each target step's weight in the loss (lag: 0 for the first lag steps; a series: 0 past its end). */
  lossMask: number[];
  /** The playground's loss on these sequences, in inference mode. */
  loss: number;
  /** A series: how its columns were standardised (with the training part's statistics). */
  scaling?: {
    inputs: { name: string; mean: number; std: number }[];
    target: { name: string; mean: number; std: number };
  };
}

/** The downloaded weights file; the keras-tcn export adds the held-out `check`. */
export interface WeightsFile {
  format: typeof WEIGHTS_FORMAT;
  version: 1;
  config: PlaygroundConfig;
  step: number;
  weights: NamedValues[];
  check?: ExportCheck;
}

export function weightsFile(
  config: PlaygroundConfig,
  snapshot: WeightSnapshot,
  check?: ExportCheck,
): WeightsFile {
  return {
    format: WEIGHTS_FORMAT,
    version: 1,
    config,
    step: snapshot.step,
    weights: snapshot.weights,
    ...(check ? { check } : {}),
  };
}

/** A value from a file, quoted and cut short for a message. */
function quote(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const shapeText = (shape: readonly unknown[]) => `[${shape.map((d) => String(d)).join(', ')}]`;

/**
 * Reads an uploaded configuration. Not a configuration at all (not JSON, not an object, a
 * weights file, no configuration key): a message and nothing else. Otherwise the configuration,
 * with every key parseConfigJson ignored, rejected or adjusted.
 */
export function readConfigFile(
  text: string,
): { ok: true; config: PlaygroundConfig; notices: Notice[] } | { ok: false; message: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: t('messages.file.configNotJson', { error: (error as Error).message }),
    };
  }
  if (!isObject(doc)) {
    return {
      ok: false,
      message: Array.isArray(doc)
        ? t('messages.file.configIsArray', SECTION_NAMES)
        : t('messages.file.configIsValue', { ...SECTION_NAMES, value: quote(doc) }),
    };
  }
  if (doc.format === WEIGHTS_FORMAT) {
    return { ok: false, message: t('messages.file.configIsWeights') };
  }
  if (!['v', 'tcn', 'task', 'train'].some((key) => key in doc)) {
    const keys = Object.keys(doc);
    return {
      ok: false,
      message: keys.length
        ? t('messages.file.configNoSectionsKeys', {
            ...SECTION_NAMES,
            keys: quote(keys.slice(0, 6)),
          })
        : t('messages.file.configNoSections', SECTION_NAMES),
    };
  }
  const { config, notices } = parseConfigJson(doc);
  return { ok: true, config, notices };
}

/**
 * Checks a weights file (parsed JSON) against the weights of the model on the page
 * (`reference`: the snapshot a download would give, trainable and non-trainable variables
 * alike). Returns the first problem, or the snapshot to load in the model's order.
 */
export function checkWeightsFile(
  doc: unknown,
  reference: WeightSnapshot,
): { ok: true; snapshot: WeightSnapshot; config: unknown } | { ok: false; message: string } {
  const bad = (message: string) => ({ ok: false as const, message });
  if (!isObject(doc)) return bad(t('messages.file.weightsNotObject'));
  if (doc.format !== WEIGHTS_FORMAT) {
    if ('tcn' in doc || 'task' in doc) return bad(t('messages.file.weightsIsConfig'));
    return bad(
      doc.format === undefined
        ? t('messages.file.weightsNoFormat', { expected: WEIGHTS_FORMAT })
        : t('messages.file.weightsOtherFormat', {
            format: quote(doc.format),
            expected: WEIGHTS_FORMAT,
          }),
    );
  }
  if (doc.version !== 1)
    return bad(t('messages.file.weightsVersion', { version: quote(doc.version) }));
  const step = doc.step;
  if (typeof step !== 'number' || !Number.isSafeInteger(step) || step < 0)
    return bad(t('messages.file.weightsStep', { field: 'step', value: quote(step) }));
  if (!Array.isArray(doc.weights)) return bad(t('messages.file.weightsNoList'));

  const expected = new Map(reference.weights.map((w) => [w.name, w]));
  const found = new Map<string, NamedValues>();
  for (const [index, entry] of (doc.weights as unknown[]).entries()) {
    if (!isObject(entry) || typeof entry.name !== 'string')
      return bad(t('messages.file.weightNoName', { number: index + 1 }));
    const name = entry.name;
    const want = expected.get(name);
    if (!want) {
      const first = reference.weights[0]?.name;
      const values = { name: quote(name), total: reference.weights.length, first };
      return bad(
        first === undefined
          ? t('messages.file.weightUnknownNoVariables', values)
          : t('messages.file.weightUnknown', values),
      );
    }
    if (found.has(name)) return bad(t('messages.file.weightTwice', { name }));
    const { shape, data } = entry;
    if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d)))
      return bad(t('messages.file.weightNoShape', { name, shape: quote(shape) }));
    if (shapeText(shape) !== shapeText(want.shape)) {
      return bad(
        t('messages.file.weightShape', {
          name,
          given: shapeText(shape),
          expected: shapeText(want.shape),
        }),
      );
    }
    if (!Array.isArray(data)) return bad(t('messages.file.weightNoData', { name }));
    const size = want.shape.reduce((a, b) => a * b, 1);
    if (data.length !== size) {
      return bad(
        t('messages.file.weightSize', {
          name,
          given: data.length,
          shape: shapeText(want.shape),
          size,
        }),
      );
    }
    const wrong = data.findIndex((x) => typeof x !== 'number' || !Number.isFinite(x));
    if (wrong >= 0)
      return bad(
        t('messages.file.weightNotFinite', { name, index: wrong, value: quote(data[wrong]) }),
      );
    found.set(name, { name, shape: want.shape.slice(), data: data as number[] });
  }
  const missing = reference.weights.find((w) => !found.has(w.name));
  if (missing) return bad(t('messages.file.weightMissing', { name: missing.name }));
  return {
    ok: true,
    snapshot: { step, weights: reference.weights.map((w) => found.get(w.name)!) },
    config: doc.config,
  };
}
