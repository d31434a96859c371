// The TCN exactly as keras-tcn builds it, on TensorFlow.js variables named as keras-tcn names them.
import * as tf from '@tensorflow/tfjs';
import { type TcnConfig } from './config';
import { causalConv1d } from './causalConv1d';
import {
  activate,
  batchNorm,
  initialKernel,
  layerNorm,
  spatialDropout,
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

  function conv(block: BlockSpec, layer: string, x: tf.Tensor3D, dilation: number): tf.Tensor3D {
    const prefix = `${block.name}/${layer}`;
    let kernel = get(`${prefix}/kernel`) as tf.Tensor3D;
    if (config.use_weight_norm && layer !== 'matching_conv1D') {
      kernel = weightNormKernel(kernel, get(`${prefix}/g`) as tf.Tensor1D);
    }
    const padding = layer === 'matching_conv1D' ? 'same' : config.padding;
    return causalConv1d(x, kernel, dilation, padding, get(`${prefix}/bias`) as tf.Tensor1D);
  }

  function apply(input: tf.Tensor3D, options: ApplyOptions): TcnOutput {
    const movingStatistics: TcnOutput['movingStatistics'] = [];
    let x = config.go_backwards ? tf.reverse(input, 1) : input;
    const skips: tf.Tensor3D[] = [];
    let dropoutSeed = options.dropoutSeed ?? 0;
    for (const block of blocks) {
      let path = x;
      for (const k of [0, 1]) {
        path = conv(block, `conv1D_${k}`, path, block.dilation);
        const norm = `${block.name}/norm_${k}`;
        if (config.use_batch_norm) {
          const result = batchNorm(
            path,
            get(`${norm}/gamma`) as tf.Tensor1D,
            get(`${norm}/beta`) as tf.Tensor1D,
            get(`${norm}/moving_mean`) as tf.Tensor1D,
            get(`${norm}/moving_variance`) as tf.Tensor1D,
            options.training,
          );
          path = result.y;
          if (result.movingMean && result.movingVariance) {
            movingStatistics.push(
              { name: `${norm}/moving_mean`, value: result.movingMean },
              { name: `${norm}/moving_variance`, value: result.movingVariance },
            );
          }
        } else if (config.use_layer_norm) {
          path = layerNorm(
            path,
            get(`${norm}/gamma`) as tf.Tensor1D,
            get(`${norm}/beta`) as tf.Tensor1D,
          );
        }
        path = activate(path, config.activation) as tf.Tensor3D;
        if (options.training && config.dropout_rate > 0) {
          path = spatialDropout(path, config.dropout_rate, dropoutSeed++);
        }
      }
      // keras-tcn applies the activation once more to the conv path (its Act_Conv_Blocks layer).
      path = activate(path, config.activation) as tf.Tensor3D;
      const shortcut = block.hasMatchingConv ? conv(block, 'matching_conv1D', x, 1) : x;
      skips.push(path);
      x = activate(tf.add(shortcut, path), config.activation) as tf.Tensor3D;
    }
    // With skip connections the output is the sum of every block's conv path: the last block's
    // residual output x is computed and then discarded (the root of the missing-gradient defect).
    let output: tf.Tensor = config.use_skip_connections
      ? skips.length > 1
        ? tf.addN(skips)
        : skips[0]
      : x;
    if (!config.return_sequences) {
      const steps = output.shape[1]!;
      const keep = config.padding === 'causal' ? steps - 1 : Math.floor(steps / 2);
      output = tf.squeeze(tf.slice(output, [0, keep, 0], [-1, 1, -1]), [1]);
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
  model: TcnModel,
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
function variableSeed(seed: number, name: string): number {
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
