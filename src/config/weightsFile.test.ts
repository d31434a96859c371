import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './playgroundConfig';
import {
  WEIGHTS_FORMAT,
  checkWeightsFile,
  readConfigFile,
  weightsFile,
  type WeightSnapshot,
} from './weightsFile';

const reference: WeightSnapshot = {
  step: 0,
  weights: [
    { name: 'tcn/residual_block_0/conv1D_0/kernel', shape: [2, 1, 2], data: [1, 2, 3, 4] },
    { name: 'dense/bias', shape: [1], data: [0] },
  ],
};
const saved = weightsFile(DEFAULT_CONFIG, {
  step: 12,
  weights: [
    { name: 'dense/bias', shape: [1], data: [0.5] },
    { name: 'tcn/residual_block_0/conv1D_0/kernel', shape: [2, 1, 2], data: [4, 3, 2, 1] },
  ],
});

describe('the weights file', () => {
  it('loads a saved file in the model’s order, whatever the file’s order', () => {
    expect(saved.format).toBe(WEIGHTS_FORMAT);
    expect(saved).not.toHaveProperty('check');
    const checked = checkWeightsFile(JSON.parse(JSON.stringify(saved)), reference);
    expect(checked).toEqual({
      ok: true,
      snapshot: {
        step: 12,
        weights: [
          { name: 'tcn/residual_block_0/conv1D_0/kernel', shape: [2, 1, 2], data: [4, 3, 2, 1] },
          { name: 'dense/bias', shape: [1], data: [0.5] },
        ],
      },
      config: DEFAULT_CONFIG,
    });
  });

  it('refuses, naming the first problem', () => {
    const refuse = (doc: unknown) => {
      const checked = checkWeightsFile(doc, reference);
      return checked.ok ? 'accepted' : checked.message;
    };
    expect(refuse([1])).toContain('is a JSON object');
    expect(refuse(DEFAULT_CONFIG)).toContain('it is a configuration');
    expect(refuse({ ...saved, version: 2 })).toContain('version 1, not 2');
    expect(refuse({ ...saved, step: -1 })).toContain('step must be a whole number');
    const [bias, kernel] = saved.weights;
    expect(refuse({ ...saved, weights: [bias, { ...kernel, shape: [2, 2, 1] }] })).toBe(
      'tcn/residual_block_0/conv1D_0/kernel has shape [2, 2, 1] in the file, but [2, 1, 2] in this model.',
    );
    expect(refuse({ ...saved, weights: [bias, { ...kernel, data: [1, 2, 3] }] })).toContain(
      'holds 3 numbers',
    );
    expect(refuse({ ...saved, weights: [bias, { ...kernel, data: [1, 2, 'x', 4] }] })).toContain(
      'conv1D_0/kernel[2] is "x", not a finite number',
    );
    expect(refuse({ ...saved, weights: [bias] })).toContain('no weights for tcn/');
    expect(refuse({ ...saved, weights: [bias, bias] })).toContain('appears twice');
    expect(refuse({ ...saved, weights: [{ ...bias, name: 'lstm/kernel' }] })).toContain(
      'is not a variable of this model',
    );
  });

  it('a configuration file: read with its notices; a weights file or garbage is refused', () => {
    const read = readConfigFile(JSON.stringify({ v: 1, tcn: { kernel_size: 5, nb_filter: 3 } }));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.config.tcn.kernel_size).toBe(5);
      expect(read.notices.map((n) => n.key)).toEqual(['tcn.nb_filter']);
    }
    const refused = (text: string) => {
      const r = readConfigFile(text);
      return r.ok ? 'accepted' : r.message;
    };
    expect(refused(JSON.stringify(saved))).toContain('it is a weights file');
    expect(refused('not { json')).toContain('it is not valid JSON');
    expect(refused('[1]')).toContain('this file holds an array');
    expect(refused('{"a": 1}')).toContain('this object has none of them (its keys: ["a"])');
  });
});
