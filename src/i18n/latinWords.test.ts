import { describe, expect, it } from 'vitest';
import { untranslatedWords } from './latinWords';

describe('untranslatedWords', () => {
  it('finds English words left in a Chinese sentence', () => {
    expect(untranslatedWords('点击 Play 开始训练，then watch the loss。')).toEqual([
      'Play',
      'then',
      'watch',
      'the',
      'loss',
    ]);
  });

  it('lets keras-tcn names, identifiers, paths, formulas, units and the Keras warning pass', () => {
    const text =
      '设置 nb_filters=2、dilations=[1, 2]，matching_conv1D 的 kernel 与 bias；' +
      'tcn/residual_block_0/conv1D_0/kernel 的 ‖g‖ 为 0.094；每步 7.5 ms，共 12 MB；' +
      "Keras 打印 “Gradients do not exist for variables ['kernel', 'bias'] when minimizing the loss”；" +
      '后端 WebGPU 或 wasm，tf.memory() 报告张量数。';
    expect(untranslatedWords(text)).toEqual([]);
  });
});
