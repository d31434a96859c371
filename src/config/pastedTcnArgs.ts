// The arguments of a pasted TCN, by keras-tcn name: which become settings, which Keras takes
// but change nothing here, which keras-tcn does not have. Used by ./pastedTcn for a TCN(...)
// call and for a config dict alike.
import { KERNEL_INITIALIZERS, type TcnKey } from '../engine/config';
import { t } from '../i18n/core';
import type { PastedTcn, PastedTcnResult } from './pastedTcn';
import { didYouMean, type Notice } from './playgroundConfig';
import { MAX_DEPTH, PyExpr, why } from './pythonLiteral';

/** Notices listed one by one; more are counted in one last notice. */
const MAX_NOTICES = 50;

/** TCN.__init__'s arguments in keras-tcn 3.5.7's order (../shared/reference/keras-tcn/tcn/tcn.py). */
export const TCN_POSITIONAL_ARGS = [
  'nb_filters',
  'kernel_size',
  'nb_stacks',
  'dilations',
  'padding',
  'use_skip_connections',
  'dropout_rate',
  'return_sequences',
  'activation',
  'kernel_initializer',
  'use_batch_norm',
  'use_layer_norm',
  'go_backwards',
  'return_state',
] as const;

/** Arguments that become settings: keras-tcn's, and use_weight_norm (older keras-tcn, and ours). */
export const TCN_SETTINGS: ReadonlySet<string> = new Set<string>([
  ...TCN_POSITIONAL_ARGS.filter((a) => a !== 'return_state'),
  'use_weight_norm',
]);

/**
 * Keras Layer arguments: Keras takes them, they change nothing the playground builds (each has
 * its sentence, messages.paste.layerArg.<name>, saying why).
 */
export const LAYER_ARGS: ReadonlySet<string> = new Set([
  'name',
  'trainable',
  'dtype',
  'autocast',
  'activity_regularizer',
  'weights',
  'dynamic',
  'batch_size',
]);

/** Keras bookkeeping in a config dict (get_config, to_json): ignored without a notice. */
const SILENT_IN_CONFIG = new Set(['name', 'trainable', 'dtype']);
export const SHAPE_ARGS = ['input_shape', 'batch_input_shape', 'batch_shape', 'input_dim'];
export const KNOWN_ARGS = [
  ...TCN_POSITIONAL_ARGS,
  'use_weight_norm',
  ...SHAPE_ARGS,
  ...LAYER_ARGS.keys(),
];
export const WRAPPERS = new Set(['Bidirectional', 'TimeDistributed']);

/** What to paste, the close of every message that could read nothing. */
export const howTo = () => t('messages.paste.howTo', { toJson: 'model.to_json()' });

/** Short Python-like text of a value, for messages. */
export function display(value: unknown, depth = 0): string {
  let text: string;
  if (value instanceof PyExpr) text = value.text;
  else if (typeof value === 'string') text = `'${value}'`;
  else if (value === null) text = 'None';
  else if (typeof value === 'boolean') text = value ? 'True' : 'False';
  else if (Array.isArray(value))
    text =
      depth > 3
        ? '[…]'
        : `[${value
            .slice(0, 20)
            .map((v) => display(v, depth + 1))
            .join(', ')}]`;
  else if (typeof value === 'object') text = '{…}';
  else text = String(value);
  return clip(text);
}

/** Text cut to 60 characters, for messages. */
export const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The first part of a value that is not a literal. */
export function firstExpr(value: unknown, depth = 0): PyExpr | null {
  if (value instanceof PyExpr) return value;
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_DEPTH) return new PyExpr('…', why('nested'));
  for (const v of Object.values(value)) {
    const e = firstExpr(v, depth + 1);
    if (e) return e;
  }
  return null;
}

export const isDict = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof PyExpr);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Why a value that is not a literal is not used, and what is kept instead: the current value, or
 * the current seq_len and input_dim (`shape`).
 */
export function notLiteral(expr: PyExpr, kept: 'value' | 'shape' = 'value'): string {
  // The same read wrote `why`, in this language.
  const plain = expr.why === why('notLiteral');
  const curly = /[‘’“”]/.test(expr.text);
  const variant = `${plain ? 'plain' : 'described'}${curly ? 'Curly' : ''}`;
  return t(`messages.paste.notLiteral.${kept}.${variant}`, {
    value: display(expr),
    why: expr.why,
  });
}

/** Where an input shape the TCN itself lacks was found: an Input(...) call, a model's InputLayer. */
export type ShapeSource = { call: string; line: number } | { inputLayer: string | null };

/** Collects settings and notices from arguments by name, from a call or a config dict. */
export class ArgReader {
  readonly tcn: Partial<Record<TcnKey, unknown>> = {};
  readonly task: { seq_len?: number; input_dim?: number } = {};
  readonly notices: Notice[] = [];
  /** The arguments give an input shape (even an unusable one): nothing is inferred then. */
  shapeGiven = false;

  constructor(private readonly fromConfig: boolean) {}

  /** Notices past MAX_NOTICES, counted but not listed. */
  private unlisted = 0;

  /**
   * Adds a notice; returns it (so that its reason can be completed later) unless it is unlisted.
   * Its key and reason are written only when it is listed: a paste can hold a hundred thousand
   * arguments, and a translated sentence costs far more than a count.
   */
  notice(
    key: string | (() => string),
    action: Notice['action'],
    reason: () => string,
  ): Notice | null {
    if (this.notices.length >= MAX_NOTICES) {
      this.unlisted++;
      return null;
    }
    const notice = { key: typeof key === 'string' ? key : key(), action, reason: reason() };
    this.notices.push(notice);
    return notice;
  }

  arg(key: string, value: unknown) {
    if (TCN_SETTINGS.has(key)) this.setting(key as TcnKey, value);
    else if (key === 'return_state') {
      const expr = firstExpr(value);
      if (expr) this.notice(key, 'ignored', () => notLiteral(expr));
      else if (value !== false && value !== null)
        this.notice(key, 'ignored', () => t('messages.paste.returnState'));
    } else if (SHAPE_ARGS.includes(key) && (key !== 'batch_shape' || this.fromConfig)) {
      this.shapeGiven = true;
      const expr = firstExpr(value);
      if (expr) this.notice(key, 'ignored', () => notLiteral(expr, 'shape'));
      else if (key === 'input_dim') this.dim(key, value);
      else this.shape(key, value, key === 'input_shape' ? 2 : 3, null);
    } else if (LAYER_ARGS.has(key)) {
      const harmless =
        (key === 'trainable' && value === true) ||
        (key === 'dtype' && (value === 'float32' || value === null)) ||
        value === null;
      if (!harmless && !(this.fromConfig && SILENT_IN_CONFIG.has(key)))
        this.notice(key, 'ignored', () => t(`messages.paste.layerArg.${key}`, { setting: key }));
    } else {
      // Short names only: the guess compares every pair of letters.
      const guess = key.length <= 40 ? didYouMean(key, KNOWN_ARGS) : null;
      // Keras refuses an unknown argument of a call; a config dict is only read.
      const variant = `${this.fromConfig ? 'config' : 'call'}${guess ? 'Guess' : ''}`;
      this.notice(clip(key), 'ignored', () =>
        t(`messages.paste.unknownArg.${variant}`, { name: clip(key), guess }),
      );
    }
  }

  private setting(key: TcnKey, value: unknown) {
    if (key === 'kernel_initializer') {
      const named =
        value instanceof PyExpr && value.callee
          ? { name: value.callee.split('.').pop() ?? '', text: value.text }
          : isDict(value) && typeof value.class_name === 'string'
            ? { name: value.class_name, text: `${value.class_name}(…)` }
            : null;
      // A class (HeNormal(seed=1)) or one of the playground's names (initializers.he_normal()).
      if (
        named &&
        (/^[A-Z]/.test(named.name) || KERNEL_INITIALIZERS.some((k) => k === named.name))
      ) {
        const read = snake(named.name);
        this.tcn[key] = read;
        this.notice(key, 'adjusted', () =>
          t('messages.paste.initializerRead', { text: display(named.text), name: read }),
        );
        return;
      }
    }
    const expr = firstExpr(value);
    if (expr) this.notice(key, 'ignored', () => notLiteral(expr));
    else if (
      isDict(value) ||
      (Array.isArray(value) &&
        value.some((v) => typeof v === 'object' && v !== null && !Array.isArray(v)))
    )
      this.notice(key, 'ignored', () => t('messages.paste.dictValue', { setting: key }));
    else this.tcn[key] = Array.isArray(value) ? structuredClone(value) : value;
  }

  private dim(key: string, value: unknown) {
    if (isCount(value)) this.task.input_dim = value;
    else
      this.notice(key, 'ignored', () =>
        t('messages.paste.dimInvalid', { setting: key, value: display(value) }),
      );
  }

  /**
   * A (steps, channels) or (batch, steps, channels) shape; `from` says where it came from when
   * not from the TCN's own arguments.
   */
  shape(key: string, value: unknown, rank: 2 | 3, from: ShapeSource | null): boolean {
    const steps = Array.isArray(value) ? value[rank - 2] : undefined;
    const channels = Array.isArray(value) ? value[rank - 1] : undefined;
    if (
      !Array.isArray(value) ||
      value.length !== rank ||
      !isCount(channels) ||
      !(steps === null || isCount(steps))
    ) {
      if (!from)
        this.notice(key, 'ignored', () =>
          t(`messages.paste.shapeInvalid.rank${rank}`, { setting: key, value: display(value) }),
        );
      return false;
    }
    this.task.input_dim = channels;
    if (steps !== null) this.task.seq_len = steps;
    if (from) {
      const source = 'call' in from ? 'call' : from.inputLayer === null ? 'layer' : 'namedLayer';
      this.notice(key, 'adjusted', () =>
        t(`messages.paste.shapeFrom.${source}${steps === null ? 'AnyLength' : ''}`, {
          steps,
          channels,
          ...('call' in from ? from : { name: from.inputLayer }),
        }),
      );
    } else if (steps === null) this.notice(key, 'ignored', () => t('messages.paste.anyLength'));
    return true;
  }

  /** What was read. */
  result() {
    const notices = [...this.notices];
    if (this.unlisted)
      notices.push({
        key: '…',
        action: 'ignored',
        reason: t('messages.paste.moreNotices', { more: this.unlisted }),
      });
    return { tcn: this.tcn, task: this.task, notices };
  }
}

export const fail = (message: string): PastedTcnResult => ({ ok: false, message });

/** What `reader` read, as the result of a paste read as `form`. */
export const done = (reader: ArgReader, form: PastedTcn['form']): PastedTcnResult => {
  const { tcn, task, notices } = reader.result();
  return { ok: true, result: { form, settings: { tcn, task }, notices } };
};
