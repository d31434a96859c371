// Which kernel size, dilations and number of stacks give a receptive field that covers a needed
// span with the fewest parameters, and a warning when the current field is too short or far
// longer than the sequence.
import { t } from '../i18n/core';
import { KERAS_TCN_DEFAULTS, parseTcnConfig, type TcnConfig } from './config';
import { receptiveField } from './receptiveField';
import { parameterCount } from './variables';

export interface CoverageTarget {
  /** Steps the receptive field must reach: a suggestion has receptiveField ≥ cover. */
  cover: number;
  /** The sequence length; a field beyond it sees only padding (see `wasted`). */
  seqLen?: number;
  nbFilters: number;
  inputDim: number;
  /** The rest of the network, for the parameter count (skip connections add no parameters). */
  useSkipConnections?: boolean;
  useBatchNorm?: boolean;
  useLayerNorm?: boolean;
  useWeightNorm?: boolean;
}

export interface AdviceOptions {
  /** Default 2…8. */
  kernelSizes?: number[];
  /** Dilations are 1, b, b², …; default 2, 3, 4. */
  bases?: number[];
  /** Most dilations in the list (levels 1…maxLevels); default 12. */
  maxLevels?: number;
  /** nb_stacks 1…maxStacks; default 3. */
  maxStacks?: number;
  /** Most suggestions returned; default 5. */
  limit?: number;
}

export interface DilationSuggestion {
  change: Pick<TcnConfig, 'kernel_size' | 'dilations' | 'nb_stacks'>;
  /** parameterCount of the whole TCN with the change (Keras's "Total params" of the layer). */
  parameters: number;
  receptiveField: number;
  /**
   * Steps of the field beyond both the need and the sequence, which only ever see padding:
   * max(0, receptiveField − max(cover, seqLen)); 0 without seqLen.
   */
  wasted: number;
  /** E.g. "powers of 2: 1…32", "powers of 3: 1, 3, 9", "1 only". */
  dilationsText: string;
}

/** The dilations 1, b, …, b^(levels−1). */
export function powerDilations(base: number, levels: number): number[] {
  return Array.from({ length: levels }, (_, i) => base ** i);
}

export function describeDilations(dilations: number[]): string {
  if (dilations.length === 1 && dilations[0] === 1) return '1 only';
  const base = dilations[1];
  const powers = dilations.every((d, i) => d === base ** i);
  if (!powers) return dilations.join(', ');
  const last = dilations[dilations.length - 1];
  const list = dilations.length <= 3 ? dilations.join(', ') : `1…${last}`;
  return `powers of ${base}: ${list}`;
}

/**
 * Every configuration in the search space (kernel sizes × powers of each base with 1…maxLevels
 * levels × 1…maxStacks stacks) whose receptive field reaches `cover` and which this page can
 * build, fewest parameters first, ties broken by the smaller receptive field (then the smaller
 * kernel, fewer stacks, fewer levels). At most `limit` of them; none when nothing in the space
 * reaches the target.
 */
export function adviseDilations(
  target: CoverageTarget,
  options: AdviceOptions = {},
): DilationSuggestion[] {
  const { cover, seqLen } = target;
  if (!Number.isFinite(cover)) throw new RangeError(`cover must be a number; got ${cover}`);
  const kernelSizes = options.kernelSizes ?? [2, 3, 4, 5, 6, 7, 8];
  const bases = options.bases ?? [2, 3, 4];
  const maxLevels = options.maxLevels ?? 12;
  const maxStacks = options.maxStacks ?? 3;
  const limit = options.limit ?? 5;
  const base: Partial<TcnConfig> = {
    ...KERAS_TCN_DEFAULTS,
    nb_filters: target.nbFilters,
    input_dim: target.inputDim,
    use_skip_connections: target.useSkipConnections ?? KERAS_TCN_DEFAULTS.use_skip_connections,
    use_batch_norm: target.useBatchNorm ?? false,
    use_layer_norm: target.useLayerNorm ?? false,
    use_weight_norm: target.useWeightNorm ?? false,
  };
  const seen = new Set<string>();
  const found: DilationSuggestion[] = [];
  for (const kernel_size of kernelSizes) {
    for (const b of bases) {
      for (let levels = 1; levels <= maxLevels; levels++) {
        const dilations = powerDilations(b, levels);
        for (let nb_stacks = 1; nb_stacks <= maxStacks; nb_stacks++) {
          const change = { kernel_size, dilations, nb_stacks };
          const field = receptiveField(change);
          if (field < cover) continue;
          const key = `${kernel_size}|${dilations}|${nb_stacks}`;
          if (seen.has(key)) continue; // base 4 with one level is base 2's [1]
          seen.add(key);
          // Only what the page can build: parseTcnConfig applies keras-tcn's rules and the tab's limits.
          const { config } = parseTcnConfig({ ...base, ...change });
          if (!config) continue;
          found.push({
            change,
            parameters: parameterCount(config),
            receptiveField: field,
            wasted: seqLen === undefined ? 0 : Math.max(0, field - Math.max(cover, seqLen)),
            dilationsText: describeDilations(dilations),
          });
        }
      }
    }
  }
  found.sort(
    (a, b) =>
      a.parameters - b.parameters ||
      a.receptiveField - b.receptiveField ||
      a.change.kernel_size - b.change.kernel_size ||
      a.change.nb_stacks - b.change.nb_stacks ||
      a.change.dilations.length - b.change.dilations.length,
  );
  return found.slice(0, Math.max(0, limit));
}

/**
 * A sentence when the receptive field is shorter than the steps the task needs, or more than
 * twice the sequence (most of it then reads padding); null when it fits. In the current
 * language: the page calls it while rendering, the command line (always English) prints it.
 */
export function coverageWarning(
  config: Pick<TcnConfig, 'kernel_size' | 'nb_stacks' | 'dilations'>,
  need: number,
  seqLen: number,
): string | null {
  const field = receptiveField(config);
  if (field < need) return t('receptive.advisor.warning.tooShort', { field, need });
  if (field > 2 * seqLen) return t('receptive.advisor.warning.tooLong', { field, seqLen });
  return null;
}
