// The TCN exactly as keras-tcn builds it, on TensorFlow.js variables named as keras-tcn names them.
import * as tf from '@tensorflow/tfjs';
import { type TcnConfig } from './config';
import { dilatedConv, type ConvActivation } from './causalConv1d';
import {
  activate,
  batchNorm,
  initialKernel,
  layerNorm,
  reluOfSum,
  spatialDropout,
  sumOf,
  weightNormKernel,
} from './layers';
import {
  describeBlocks,
  describeTcnVariables,
  type BlockSpec,
  type VariableSpec,
} from './variables';

export interface NamedVariable {
  name: string;
  variable: tf.Variable;
}

export interface ApplyOptions {
  /** Training mode: dropout on, batch norm on batch statistics. */
  training: boolean;
  /** Seeds this call's dropout masks; vary it per step. */
  dropoutSeed?: number;
}

export interface TcnOutput {
  /** [batch, steps, filters] with return_sequences, else [batch, filters]. */
  output: tf.Tensor;
  /** Batch norm's new moving statistics (training mode only); `commitMovingStatistics` assigns them. */
  movingStatistics: { name: string; value: tf.Tensor }[];
}

export interface TcnModel {
  readonly config: TcnConfig;
  readonly blocks: BlockSpec[];
  readonly specs: VariableSpec[];
  /** Every variable, keras-tcn's order and names. */
  readonly variables: NamedVariable[];
  /** The trainable ones, in the same order: what a gradient report and an optimizer see. */
  readonly trainable: NamedVariable[];
  apply(x: tf.Tensor3D, options: ApplyOptions): TcnOutput;
  /** Loads weights by keras-tcn name; throws naming the first missing, extra or misshaped weight. */
  setWeights(weights: { name: string; shape: number[]; data: ArrayLike<number> }[]): void;
  dispose(): void;
}

/**
 * Builds the TCN with fresh weights drawn from `seed` (the same seed gives the same weights on
 * every backend). Variables carry no tfjs name: two models (say, a pinned run and the current
 * one) can live side by side without clashing in tfjs's registry.
 */
export function buildTcn(config: TcnConfig, seed: number): TcnModel {
  const specs = describeTcnVariables(config);
  const blocks = describeBlocks(config);
  const variables: NamedVariable[] = specs.map((spec) => ({
    name: spec.name,
    variable: tf.tidy(() =>
      tf.variable(initialValue(spec, config, variableSeed(seed, spec.name)), spec.trainable),
    ),
  }));
  const byName = new Map(variables.map((v) => [v.name, v.variable]));
  // Weight norm starts with g = ‖v‖, so the first effective kernel is the drawn one.
  if (config.use_weight_norm) {
    for (const spec of specs.filter((s) => s.role === 'g')) {
      const v = byName.get(spec.name.replace(/\/g$/, '/kernel'))!;
      tf.tidy(() =>
        byName.get(spec.name)!.assign(tf.reshape(tf.norm(v, 'euclidean', [0, 1]), spec.shape)),
      );
    }
  }
  const get = (name: string) => {
    const v = byName.get(name);
    if (!v) throw new Error(`internal: no variable ${name}`);
    return v;
  };

  // Sequences travel between layers as [batch, 1, steps, channels], the layout the
  // convolutions read, so that no layer reshapes in and out (each reshape is a kernel, and
  // its gradient another).
  function conv(
    block: BlockSpec,
    layer: string,
    x: tf.Tensor4D,
    dilation: number,
    activation: ConvActivation = 'linear',
  ): tf.Tensor4D {
    const prefix = `${block.name}/${layer}`;
    let kernel = get(`${prefix}/kernel`) as tf.Tensor3D;
    if (config.use_weight_norm && layer !== 'matching_conv1D') {
      kernel = weightNormKernel(kernel, get(`${prefix}/g`) as tf.Tensor1D);
    }
    const padding = layer === 'matching_conv1D' ? 'same' : config.padding;
    const bias = get(`${prefix}/bias`) as tf.Tensor1D;
    return dilatedConv(x, kernel, dilation, padding, bias, activation);
  }

  function norm(
    name: string,
    x: tf.Tensor4D,
    training: boolean,
    movingStatistics: TcnOutput['movingStatistics'],
  ): tf.Tensor4D {
    const param = (p: string) => get(`${name}/${p}`) as tf.Tensor1D;
    if (config.use_layer_norm) return layerNorm(x, param('gamma'), param('beta'));
    if (!config.use_batch_norm) return x;
    const result = batchNorm(
      x,
      param('gamma'),
      param('beta'),
      param('moving_mean'),
      param('moving_variance'),
      training,
    );
    if (result.movingMean && result.movingVariance) {
      movingStatistics.push(
        { name: `${name}/moving_mean`, value: result.movingMean },
        { name: `${name}/moving_variance`, value: result.movingVariance },
      );
    }
    return result.y;
  }

  function apply(input: tf.Tensor3D, options: ApplyOptions): TcnOutput {
    const movingStatistics: TcnOutput['movingStatistics'] = [];
    const [batch, steps, inChannels] = input.shape;
    const ordered = config.go_backwards ? tf.reverse(input, 1) : input;
    let x = tf.reshape(ordered, [batch, 1, steps, inChannels]) as tf.Tensor4D;
    const skips: tf.Tensor4D[] = [];
    let dropoutSeed = options.dropoutSeed ?? 0;
    const normed = config.use_batch_norm || config.use_layer_norm;
    // Without a norm between them, the convolution's own kernel applies a relu (see
    // dilatedConv); other activations, and relu after a norm, run as separate ops.
    const relu = config.activation === 'relu';
    const fused = relu && !normed;
    for (const block of blocks) {
      let path = x;
      for (const k of [0, 1]) {
        path = conv(block, `conv1D_${k}`, path, block.dilation, fused ? 'relu' : 'linear');
        if (!fused) {
          path = norm(`${block.name}/norm_${k}`, path, options.training, movingStatistics);
          path = activate(path, config.activation) as tf.Tensor4D;
        }
        if (options.training && config.dropout_rate > 0) {
          path = spatialDropout(path, config.dropout_rate, dropoutSeed++);
        }
      }
      // keras-tcn applies the activation once more to the conv path (its Act_Conv_Blocks layer).
      // A relu of a relu output (dropout only scales it) changes neither its values nor its
      // gradient, so for relu it is left out.
      if (!relu) path = activate(path, config.activation) as tf.Tensor4D;
      const shortcut = block.hasMatchingConv ? conv(block, 'matching_conv1D', x, 1) : x;
      skips.push(path);
      x = (
        relu ? reluOfSum(shortcut, path) : activate(tf.add(shortcut, path), config.activation)
      ) as tf.Tensor4D;
    }
    // With skip connections the output is the sum of every block's conv path: the last block's
    // residual output x is computed and then discarded (the root of the missing-gradient defect).
    const sequences = config.use_skip_connections ? sumOf(skips) : x;
    const channels = sequences.shape[3];
    let output: tf.Tensor;
    if (config.return_sequences) {
      output = tf.reshape(sequences, [batch, steps, channels]);
    } else {
      const keep = config.padding === 'causal' ? steps - 1 : Math.floor(steps / 2);
      output = tf.reshape(tf.slice(sequences, [0, 0, keep, 0], [-1, 1, 1, -1]), [batch, channels]);
    }
    return { output, movingStatistics };
  }

  function setWeights(weights: { name: string; shape: number[]; data: ArrayLike<number> }[]) {
    const given = new Map(weights.map((w) => [w.name, w]));
    for (const spec of specs) {
      const w = given.get(spec.name);
      if (!w) throw new Error(`weight ${spec.name} is missing`);
      if (w.shape.join(',') !== spec.shape.join(',')) {
        throw new Error(
          `weight ${spec.name} has shape [${w.shape}], the model expects [${spec.shape}]`,
        );
      }
      if (w.data.length !== spec.size) {
        throw new Error(`weight ${spec.name} has ${w.data.length} values, expected ${spec.size}`);
      }
    }
    const extra = weights.find((w) => !byName.has(w.name));
    if (extra) throw new Error(`weight ${extra.name} does not belong to this model`);
    for (const spec of specs) {
      const w = given.get(spec.name)!;
      tf.tidy(() => get(spec.name).assign(tf.tensor(Float32Array.from(w.data), spec.shape)));
    }
  }

  return {
    config,
    blocks,
    specs,
    variables,
    trainable: variables.filter((_, i) => specs[i].trainable),
    apply,
    setWeights,
    dispose: () => variables.forEach((v) => v.variable.dispose()),
  };
}

/** Assigns batch norm's new moving statistics after a training step (as Keras does) and frees them. */
export function commitMovingStatistics(
  model: Pick<TcnModel, 'variables'>,
  stats: TcnOutput['movingStatistics'],
): void {
  for (const { name, value } of stats) {
    const v = model.variables.find((n) => n.name === name);
    if (!v) throw new Error(`internal: no variable ${name}`);
    v.variable.assign(value);
    value.dispose();
  }
}

/**
 * Each variable's random stream depends on the seed and its own name only, so a variable keeps
 * its initial value when an unrelated setting (a norm, another block) changes.
 */
export function variableSeed(seed: number, name: string): number {
  let hash = 2166136261;
  for (const ch of `${seed}:${name}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

function initialValue(spec: VariableSpec, config: TcnConfig, seed: number): tf.Tensor {
  switch (spec.role) {
    case 'kernel':
      return initialKernel(spec.shape as [number, number, number], config.kernel_initializer, seed);
    case 'gamma':
    case 'moving_variance':
    case 'g':
      return tf.ones(spec.shape);
    default:
      return tf.zeros(spec.shape);
  }
}
