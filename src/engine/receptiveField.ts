// How far back (causal) or around (same) a TCN output can see: keras-tcn's formula, a
// per-layer breakdown, and the exact input steps that can influence a given output step.
import { blockDilations, type Padding, type TcnConfig } from './config';

/** Zeros added before and after the sequence: all on the left for causal, split floor/ceil for same. */
export function convPadding(
  kernelSize: number,
  dilation: number,
  padding: Padding,
): [number, number] {
  const total = (kernelSize - 1) * dilation;
  const left = padding === 'causal' ? total : Math.floor(total / 2);
  return [left, total - left];
}

type Shape = Pick<
  TcnConfig,
  | 'kernel_size'
  | 'nb_stacks'
  | 'dilations'
  | 'padding'
  | 'use_skip_connections'
  | 'return_sequences'
  | 'go_backwards'
>;

/** keras-tcn's `receptive_field`: 1 + 2·(kernel_size−1)·nb_stacks·Σdilations. */
export function receptiveField(
  config: Pick<TcnConfig, 'kernel_size' | 'nb_stacks' | 'dilations'>,
): number {
  const sum = config.dilations.reduce((a, b) => a + b, 0);
  return 1 + 2 * (config.kernel_size - 1) * config.nb_stacks * sum;
}

export interface ReceptiveFieldLayer {
  block: number;
  conv: 0 | 1;
  dilation: number;
  /** Time steps this convolution adds to the span: (kernel_size − 1)·dilation. */
  adds: number;
  /** The receptive field of this layer's output. */
  cumulative: number;
}

/** One row per dilated convolution, two per residual block; the last cumulative is the total. */
export function receptiveFieldBreakdown(
  config: Pick<TcnConfig, 'kernel_size' | 'nb_stacks' | 'dilations'>,
): ReceptiveFieldLayer[] {
  const rows: ReceptiveFieldLayer[] = [];
  let cumulative = 1;
  blockDilations(config as TcnConfig).forEach((dilation, block) => {
    for (const conv of [0, 1] as const) {
      const adds = (config.kernel_size - 1) * dilation;
      cumulative += adds;
      rows.push({ block, conv, dilation, adds, cumulative });
    }
  });
  return rows;
}

/** The step that `return_sequences=false` keeps: the last for causal, steps//2 for same. */
export function keptOutputStep(config: Pick<TcnConfig, 'padding'>, seqLen: number): number {
  return config.padding === 'causal' ? seqLen - 1 : Math.floor(seqLen / 2);
}

export interface InfluenceLevel {
  /** 'input', or `residual_block_{b}/conv1D_{k}`. */
  name: string;
  /** For each time step (in the order the network processes them), whether it reaches the output. */
  steps: boolean[];
}

export interface Influence {
  outputStep: number;
  /** Input steps, in the caller's time order (go_backwards undone), that can change the output. */
  inputSteps: number[];
  /** Input, then two levels per residual block: the lattice the page draws. */
  levels: InfluenceLevel[];
}

/**
 * The exact set of nodes that reach one output step. It follows the graph keras-tcn builds:
 * each convolution reads kernel_size taps `dilation` apart, each block adds its input (identity
 * or 1×1) to its conv path, and with skip connections the output sums every block's conv path.
 * Dilations leave gaps, so the set is not always an interval.
 */
export function influence(config: Shape, seqLen: number, outputStep?: number): Influence {
  const t = config.return_sequences ? (outputStep ?? seqLen - 1) : keptOutputStep(config, seqLen);
  if (!Number.isInteger(t) || t < 0 || t >= seqLen) {
    throw new RangeError(`output step ${t} is outside 0…${seqLen - 1}`);
  }
  const k = config.kernel_size;
  const empty = () => new Array<boolean>(seqLen).fill(false);
  const only = (s: number) => {
    const a = empty();
    a[s] = true;
    return a;
  };
  const left = (d: number) => convPadding(k, d, config.padding)[0];
  // Steps of a convolution's input read by the needed steps of its output.
  const taps = (needed: boolean[], d: number) => {
    const out = empty();
    needed.forEach((on, s) => {
      if (!on) return;
      for (let j = 0; j < k; j++) {
        const src = s - left(d) + j * d;
        if (src >= 0 && src < seqLen) out[src] = true;
      }
    });
    return out;
  };
  const union = (a: boolean[], b: boolean[]) => a.map((v, i) => v || b[i]);

  const dilations = blockDilations(config as TcnConfig);
  const blockLevels: InfluenceLevel[][] = [];
  let outNeeded = config.use_skip_connections ? empty() : only(t);
  for (let b = dilations.length - 1; b >= 0; b--) {
    const convPath = config.use_skip_connections ? union(only(t), outNeeded) : outNeeded;
    const conv0 = taps(convPath, dilations[b]);
    blockLevels[b] = [
      { name: `residual_block_${b}/conv1D_0`, steps: conv0 },
      { name: `residual_block_${b}/conv1D_1`, steps: union(convPath, outNeeded) },
    ];
    outNeeded = union(taps(conv0, dilations[b]), outNeeded);
  }
  const inputSteps: number[] = [];
  outNeeded.forEach((on, s) => on && inputSteps.push(config.go_backwards ? seqLen - 1 - s : s));
  inputSteps.sort((a, b) => a - b);
  return {
    outputStep: t,
    inputSteps,
    levels: [{ name: 'input', steps: outNeeded }, ...blockLevels.flat()],
  };
}
