// The variables of a TCN as keras-tcn names them, derived from the configuration alone
// (no TensorFlow.js), so the page can list them before anything is built.
import { blockDilations, blockFilters, type TcnConfig } from './config';

export type LayerName = 'conv1D_0' | 'conv1D_1' | 'norm_0' | 'norm_1' | 'matching_conv1D';
export type VariableRole =
  'kernel' | 'bias' | 'g' | 'gamma' | 'beta' | 'moving_mean' | 'moving_variance';

export interface VariableSpec {
  /** keras-tcn's path, e.g. tcn/residual_block_0/matching_conv1D/kernel. */
  name: string;
  shape: number[];
  trainable: boolean;
  block: number;
  layer: LayerName;
  role: VariableRole;
  size: number;
}

export interface BlockSpec {
  index: number;
  name: string;
  dilation: number;
  inChannels: number;
  filters: number;
  /** A 1×1 convolution when the input channels differ from the filters, else the identity. */
  hasMatchingConv: boolean;
}

export function describeBlocks(config: TcnConfig): BlockSpec[] {
  const dilations = blockDilations(config);
  let inChannels = config.input_dim;
  return blockFilters(config).map((filters, index) => {
    const block: BlockSpec = {
      index,
      name: `tcn/residual_block_${index}`,
      dilation: dilations[index],
      inChannels,
      filters,
      hasMatchingConv: inChannels !== filters,
    };
    inChannels = filters;
    return block;
  });
}

/** Every variable in keras-tcn's order: conv1D_0, norm_0, conv1D_1, norm_1, matching_conv1D. */
export function describeTcnVariables(config: TcnConfig): VariableSpec[] {
  const out: VariableSpec[] = [];
  const add = (
    block: BlockSpec,
    layer: LayerName,
    role: VariableRole,
    shape: number[],
    trainable = true,
  ) =>
    out.push({
      name: `${block.name}/${layer}/${role}`,
      shape,
      trainable,
      block: block.index,
      layer,
      role,
      size: shape.reduce((a, b) => a * b, 1),
    });
  for (const block of describeBlocks(config)) {
    const f = block.filters;
    for (const k of [0, 1] as const) {
      const conv = `conv1D_${k}` as const;
      const convIn = k === 0 ? block.inChannels : f;
      add(block, conv, 'kernel', [config.kernel_size, convIn, f]);
      if (config.use_weight_norm) add(block, conv, 'g', [f]);
      add(block, conv, 'bias', [f]);
      const norm = `norm_${k}` as const;
      if (config.use_batch_norm || config.use_layer_norm) {
        add(block, norm, 'gamma', [f]);
        add(block, norm, 'beta', [f]);
      }
      if (config.use_batch_norm) {
        add(block, norm, 'moving_mean', [f], false);
        add(block, norm, 'moving_variance', [f], false);
      }
    }
    if (block.hasMatchingConv) {
      add(block, 'matching_conv1D', 'kernel', [1, block.inChannels, f]);
      add(block, 'matching_conv1D', 'bias', [f]);
    }
  }
  return out;
}

/** Keras's "Total params": trainable and non-trainable (batch norm's moving statistics). */
export function parameterCount(config: TcnConfig): number {
  return describeTcnVariables(config).reduce((sum, v) => sum + v.size, 0);
}
