// Recurrent baselines (LSTM, GRU, SimpleRNN, each followed by Dense) with Keras 3's semantics,
// names and default initialisers, to compare with the TCN on the same task and parameter budget.
import * as tf from '@tensorflow/tfjs';
import { initialKernel } from './layers';
import { matMul2d } from './matMul';
import { variableSeed, type NamedVariable } from './model';

export type RecurrentKind = 'lstm' | 'gru' | 'rnn';

/** Gate blocks per cell: LSTM i,f,c,o; GRU z,r,h; SimpleRNN one. */
const GATES: Record<RecurrentKind, number> = { lstm: 4, gru: 3, rnn: 1 };
/** Keras's layer and cell names, the first two parts of every variable path. */
const LAYER_NAME: Record<RecurrentKind, string> = { lstm: 'lstm', gru: 'gru', rnn: 'simple_rnn' };

/** Keras's "Total params" of recurrent layer + Dense(outputDim). */
export function recurrentParamCount(
  kind: RecurrentKind,
  inputDim: number,
  units: number,
  outputDim: number,
): number {
  const gates = GATES[kind];
  // GRU with reset_after=True (Keras 3's default) has separate input and recurrent biases.
  const biases = kind === 'gru' ? 2 : 1;
  const cell = gates * (units * (inputDim + units) + biases * units);
  return cell + units * outputDim + outputDim;
}

export interface UnitsMatch {
  units: number;
  params: number;
  /** |params − target| ≤ 10 % of target. */
  withinTenPercent: boolean;
}

/** The units whose total parameter count is closest to `targetParams` (ties to the smaller). */
export function matchUnits(
  kind: RecurrentKind,
  inputDim: number,
  outputDim: number,
  targetParams: number,
): UnitsMatch {
  const count = (u: number) => recurrentParamCount(kind, inputDim, u, outputDim);
  // The count grows with the units: the closest is where it first reaches the target, or the
  // one before.
  let units = 1;
  while (count(units) < targetParams) units++;
  if (units > 1 && targetParams - count(units - 1) <= count(units) - targetParams) units--;
  const params = count(units);
  return { units, params, withinTenPercent: Math.abs(params - targetParams) <= 0.1 * targetParams };
}

export interface RecurrentOptions {
  kind: RecurrentKind;
  inputDim: number;
  units: number;
  outputDim: number;
  returnSequences: boolean;
  seed: number;
}

export interface RecurrentSpec {
  name: string;
  shape: number[];
}

export interface RecurrentModel {
  readonly options: RecurrentOptions;
  readonly specs: RecurrentSpec[];
  /** Keras's order and names: cell kernel, recurrent_kernel, bias, then dense kernel, bias. */
  readonly variables: NamedVariable[];
  /** All of them (a recurrent model has no non-trainable weights); what an optimizer sees. */
  readonly trainable: NamedVariable[];
  /** [batch, time, outputDim] with returnSequences, else [batch, outputDim]. */
  apply(x: tf.Tensor3D): tf.Tensor;
  /** Loads weights by Keras name; throws naming the first missing, extra or misshaped weight. */
  setWeights(weights: { name: string; shape: number[]; data: ArrayLike<number> }[]): void;
  dispose(): void;
}

/** The variables Keras creates for Sequential([Input, LSTM|GRU|SimpleRNN, Dense]). */
export function describeRecurrentVariables(o: RecurrentOptions): RecurrentSpec[] {
  const width = GATES[o.kind] * o.units;
  const cell = `${LAYER_NAME[o.kind]}/${LAYER_NAME[o.kind]}_cell`;
  return [
    { name: `${cell}/kernel`, shape: [o.inputDim, width] },
    { name: `${cell}/recurrent_kernel`, shape: [o.units, width] },
    { name: `${cell}/bias`, shape: o.kind === 'gru' ? [2, width] : [width] },
    { name: 'dense/kernel', shape: [o.units, o.outputDim] },
    { name: 'dense/bias', shape: [o.outputDim] },
  ];
}

/**
 * Builds the model with fresh weights drawn from `seed`, each variable from its own stream (as
 * the TCN's), with Keras's defaults: glorot_uniform kernels, orthogonal recurrent kernels, zero
 * biases but for the LSTM's forget gate (unit_forget_bias=True).
 */
export function createRecurrentModel(options: RecurrentOptions): RecurrentModel {
  const specs = describeRecurrentVariables(options);
  const variables: NamedVariable[] = specs.map((spec) => ({
    name: spec.name,
    variable: tf.tidy(() =>
      tf.variable(initialValue(spec, options, variableSeed(options.seed, spec.name))),
    ),
  }));
  const [kernel, recurrent, bias, denseKernel, denseBias] = variables.map((v) => v.variable);
  const cell = { kernel, recurrent, bias } as CellWeights;

  function apply(x: tf.Tensor3D): tf.Tensor {
    return tf.tidy(() => {
      const [batch, steps] = x.shape;
      const states = runCell(options.kind, cell, x, options.units, options.returnSequences);
      const dense = (h: tf.Tensor2D) => tf.add(matMul2d(h, denseKernel as tf.Tensor2D), denseBias);
      if (!options.returnSequences) return dense(states[states.length - 1]);
      // One Dense matMul for all steps: [batch, time, units] → [batch·time, units].
      const all = tf.reshape(tf.stack(states, 1), [batch * steps, options.units]) as tf.Tensor2D;
      return tf.reshape(dense(all), [batch, steps, options.outputDim]);
    });
  }

  function setWeights(weights: { name: string; shape: number[]; data: ArrayLike<number> }[]) {
    const given = new Map(weights.map((w) => [w.name, w]));
    for (const spec of specs) {
      const w = given.get(spec.name);
      if (!w) throw new Error(`weight ${spec.name} is missing`);
      const size = spec.shape.reduce((a, b) => a * b, 1);
      if (w.shape.join(',') !== spec.shape.join(',') || w.data.length !== size) {
        throw new Error(
          `weight ${spec.name} has shape [${w.shape}], the model expects [${spec.shape}]`,
        );
      }
    }
    const extra = weights.find((w) => !specs.some((s) => s.name === w.name));
    if (extra) throw new Error(`weight ${extra.name} does not belong to this model`);
    specs.forEach((spec, i) => {
      const w = given.get(spec.name)!;
      tf.tidy(() => variables[i].variable.assign(tf.tensor(Float32Array.from(w.data), spec.shape)));
    });
  }

  return {
    options,
    specs,
    variables,
    trainable: variables,
    apply,
    setWeights,
    dispose: () => variables.forEach((v) => v.variable.dispose()),
  };
}

interface CellWeights {
  kernel: tf.Tensor2D;
  recurrent: tf.Tensor2D;
  /** [gates·units], or [2, 3·units] for the GRU (input bias, recurrent bias). */
  bias: tf.Tensor;
}

/**
 * The hidden state after every step (or only the last when `allSteps` is false), from zero
 * initial states as Keras starts. The loop is unrolled into tf ops, one small graph per step, so
 * that tf.grads differentiates it like any other expression: tfjs has no differentiable while
 * loop, and the sequences here are at most a few hundred steps. The input projection of all
 * steps is one matMul; only the recurrent matMul and the gates run per step.
 */
function runCell(
  kind: RecurrentKind,
  w: CellWeights,
  x: tf.Tensor3D,
  units: number,
  allSteps: boolean,
): tf.Tensor2D[] {
  const [batch, steps, inputDim] = x.shape;
  const width = w.kernel.shape[1];
  // GRU (reset_after) adds the recurrent bias inside the reset gate's product, so it stays apart.
  const [inputBias, recurrentBias] =
    kind === 'gru' ? tf.unstack(w.bias) : [w.bias, null as tf.Tensor | null];
  const projected = tf.add(
    matMul2d(tf.reshape(x, [batch * steps, inputDim]) as tf.Tensor2D, w.kernel),
    inputBias,
  );
  const inputs = tf.unstack(tf.reshape(projected, [batch, steps, width]), 1) as tf.Tensor2D[];
  let h = tf.zeros([batch, units]) as tf.Tensor2D;
  let c = h;
  const out: tf.Tensor2D[] = [];
  for (const xt of inputs) {
    const inner = matMul2d(h, w.recurrent);
    if (kind === 'lstm') {
      const [i, f, g, o] = tf.split(tf.add(xt, inner), 4, 1);
      c = tf.add(tf.mul(tf.sigmoid(f), c), tf.mul(tf.sigmoid(i), tf.tanh(g)));
      h = tf.mul(tf.sigmoid(o), tf.tanh(c));
    } else if (kind === 'gru') {
      const [xz, xr, xh] = tf.split(xt, 3, 1);
      const [hz, hr, hh] = tf.split(tf.add(inner, recurrentBias!), 3, 1);
      const z = tf.sigmoid(tf.add(xz, hz));
      const r = tf.sigmoid(tf.add(xr, hr));
      const candidate = tf.tanh(tf.add(xh, tf.mul(r, hh)));
      // h = z·h + (1 − z)·candidate, written with one product less.
      h = tf.add(candidate, tf.mul(z, tf.sub(h, candidate)));
    } else {
      h = tf.tanh(tf.add(xt, inner));
    }
    if (allSteps) out.push(h);
  }
  return allSteps ? out : [h];
}

function initialValue(spec: RecurrentSpec, options: RecurrentOptions, seed: number): tf.Tensor {
  const role = spec.name.slice(spec.name.lastIndexOf('/') + 1);
  const [rows, cols] = spec.shape;
  if (role === 'kernel') {
    // A [1, rows, cols] conv kernel has Keras's dense fans (rows in, cols out).
    return tf.reshape(initialKernel([1, rows, cols], 'glorot_uniform', seed), spec.shape);
  }
  if (role === 'recurrent_kernel') return orthogonal(rows, cols, seed);
  if (options.kind === 'lstm' && spec.name.endsWith('_cell/bias')) {
    const u = options.units;
    return tf.concat([tf.zeros([u]), tf.ones([u]), tf.zeros([2 * u])]);
  }
  return tf.zeros(spec.shape);
}

/**
 * keras.initializers.Orthogonal (gain 1): QR of a normal [max, min] matrix, columns signed by
 * R's diagonal so the distribution is uniform, transposed when wider than tall. tfjs-layers'
 * own uses Gram–Schmidt and warns above 2,000 values, which an LSTM of 23 units passes.
 */
function orthogonal(rows: number, cols: number, seed: number): tf.Tensor2D {
  const [tall, narrow] = [Math.max(rows, cols), Math.min(rows, cols)];
  const [q, r] = tf.linalg.qr(tf.randomNormal([tall, narrow], 0, 1, 'float32', seed));
  const signs = tf.sign(tf.sum(tf.mul(r, tf.eye(narrow)), 0));
  const signed = tf.mul(q, signs) as tf.Tensor2D;
  return rows < cols ? tf.transpose(signed) : signed;
}
