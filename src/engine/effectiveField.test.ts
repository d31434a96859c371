import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import { alignedInputStep, effectiveSpans } from './effectiveField';
import { buildTcn, type TcnModel } from './model';
import { influence, receptiveField } from './receptiveField';

const configOf = (raw: Partial<TcnConfig>): TcnConfig => {
  const { config, problems } = parseTcnConfig(raw);
  if (!config) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
};

const spansOf = (values: number[], anchor: number, fractions?: number[]) =>
  effectiveSpans(values, anchor, fractions)?.map(({ fraction, from, to, width }) => ({
    fraction,
    from,
    to,
    width,
  }));

describe('effectiveSpans', () => {
  it('ends a causal span at the output step: the smallest w with Σ[t−w+1, t] ≥ f·total', () => {
    // Total 25: 50% needs 12.5 (4+4+6 = 14 in three steps; 8 in two is short), 90% needs 22.5
    // (six steps hold 24, five hold 22), 99% needs 24.75 (all seven).
    expect(spansOf([0, 1, 2, 4, 4, 6, 4, 4], 7)).toEqual([
      { fraction: 0.5, from: 5, to: 7, width: 3 },
      { fraction: 0.9, from: 2, to: 7, width: 6 },
      { fraction: 0.99, from: 1, to: 7, width: 7 },
    ]);
  });

  it('takes the narrowest window containing the anchor when the mass lies on both sides', () => {
    // Total 25 around step 4. 50%: [4, 5] holds 13. 90%: no window of five steps reaches 22.5
    // ([2, 6] and [3, 7] hold 22); of the six-step windows [2, 7] holds 24 and [3, 8] 23, so the
    // heavier wins. 99%: [2, 8], all of it.
    expect(spansOf([0, 0, 2, 2, 7, 6, 5, 2, 1, 0], 4)).toEqual([
      { fraction: 0.5, from: 4, to: 5, width: 2 },
      { fraction: 0.9, from: 2, to: 7, width: 6 },
      { fraction: 0.99, from: 2, to: 8, width: 7 },
    ]);
  });

  it('finds the narrowest window where growing towards the larger neighbour would not', () => {
    // Growing from step 2 takes the 1s on the right first (the left neighbour is 0) and needs all
    // five steps for 90% of 13; [0, 3] holds 12 ≥ 11.7 in four.
    expect(spansOf([10, 0, 1, 1, 1], 2, [0.9])).toEqual([
      { fraction: 0.9, from: 0, to: 3, width: 4 },
    ]);
  });

  it('breaks ties between equally heavy windows by centring them on the anchor', () => {
    // 60% of 4 = 2.4: every three-step window containing step 2 holds 3.
    expect(spansOf([1, 1, 1, 1, 0], 2, [0.6])).toEqual([
      { fraction: 0.6, from: 1, to: 3, width: 3 },
    ]);
  });

  it('reports the share each span holds, and null when no gradient reached the input', () => {
    const spans = effectiveSpans([0, 1, 2, 4, 4, 6, 4, 4], 7)!;
    expect(spans.map((s) => s.share)).toEqual([14 / 25, 24 / 25, 1]);
    expect(effectiveSpans([0, 0, 0], 1)).toBeNull();
  });

  it('refuses negative values, bad fractions and an anchor outside the sequence', () => {
    expect(() => effectiveSpans([1, -1], 0)).toThrow(RangeError);
    expect(() => effectiveSpans([1, NaN], 0)).toThrow(RangeError);
    expect(() => effectiveSpans([1, 1], 0, [0])).toThrow(RangeError);
    expect(() => effectiveSpans([1, 1], 0, [1.5])).toThrow(RangeError);
    expect(() => effectiveSpans([1, 1], 2)).toThrow(RangeError);
  });

  it('anchors at the kept step without return_sequences and mirrors it with go_backwards', () => {
    const base = { padding: 'causal', return_sequences: true, go_backwards: false } as const;
    expect(alignedInputStep(base, 10, 4)).toBe(4);
    expect(alignedInputStep({ ...base, go_backwards: true }, 10, 4)).toBe(5);
    expect(alignedInputStep({ ...base, return_sequences: false }, 10, 4)).toBe(9);
    expect(
      alignedInputStep({ padding: 'same', return_sequences: false, go_backwards: false }, 10, 0),
    ).toBe(5);
    expect(
      alignedInputStep({ padding: 'causal', return_sequences: false, go_backwards: true }, 10, 0),
    ).toBe(0);
  });
});

// ---- The linear network with all-ones kernels, where |∂y_t/∂x_s| counts paths. ----

/**
 * The same network in plain JS, on impulses: every kernel is all ones and every bias 0, so every
 * channel of a layer carries the same signal u, and a layer is (u, channels). A convolution sums
 * its taps (x[t − left + j·d], zero outside the sequence; left = (k−1)·d for causal, ⌊(k−1)·d/2⌋
 * for same, as TF pads) over all input channels; a 1×1 matching convolution sums the channels.
 */
function pathCounts(config: TcnConfig, seqLen: number, outputStep: number): number[] {
  const k = config.kernel_size;
  const filters = config.nb_filters as number;
  const conv = (u: number[], channels: number, d: number) => {
    const left = config.padding === 'causal' ? (k - 1) * d : Math.floor(((k - 1) * d) / 2);
    return u.map((_, t) => {
      let sum = 0;
      for (let j = 0; j < k; j++) {
        const s = t - left + j * d;
        if (s >= 0 && s < seqLen) sum += u[s];
      }
      return sum * channels;
    });
  };
  const add = (a: number[], b: number[]) => a.map((v, i) => v + b[i]);
  const counts: number[] = [];
  for (let s = 0; s < seqLen; s++) {
    // The impulse on every input channel: the response is the sum of ∂y/∂x over channels.
    const position = config.go_backwards ? seqLen - 1 - s : s;
    let x: number[] = Array.from({ length: seqLen }, (_, i) => (i === position ? 1 : 0));
    let channels = config.input_dim;
    let skips = new Array<number>(seqLen).fill(0);
    for (let stack = 0; stack < config.nb_stacks; stack++) {
      for (const d of config.dilations) {
        const path = conv(conv(x, channels, d), filters, d);
        const shortcut = channels === filters ? x : x.map((v) => v * channels);
        skips = add(skips, path);
        x = add(shortcut, path);
        channels = filters;
      }
    }
    const out = config.use_skip_connections ? skips : x;
    const t = config.return_sequences
      ? outputStep
      : config.padding === 'causal'
        ? seqLen - 1
        : Math.floor(seqLen / 2);
    // The output summed over its channels, as inputSensitivity picks it.
    counts.push(out[t] * filters);
  }
  return counts;
}

function allOnes(model: TcnModel) {
  model.setWeights(
    model.specs.map((spec) => ({
      name: spec.name,
      shape: spec.shape,
      data: new Array<number>(spec.size).fill(spec.role === 'kernel' ? 1 : 0),
    })),
  );
}

/** Σ over channels of |∂y_t/∂x_s|, as the trainer's inputSensitivity measures it. */
function measuredSensitivity(model: TcnModel, seqLen: number, outputStep: number): number[] {
  return tf.tidy(() => {
    const x = tf.randomNormal([1, seqLen, model.config.input_dim], 0, 1, 'float32', 3);
    const grad = tf.grad((input: tf.Tensor) => {
      const { output } = model.apply(input as tf.Tensor3D, { training: false });
      const picked = model.config.return_sequences
        ? tf.slice(output, [0, outputStep, 0], [1, 1, -1])
        : output;
      return tf.sum(picked);
    })(x);
    return Array.from(tf.sum(tf.abs(grad), [0, 2]).dataSync());
  });
}

const linear = (raw: Partial<TcnConfig>) =>
  configOf({
    nb_filters: 1,
    input_dim: 1,
    activation: 'linear',
    return_sequences: true,
    use_skip_connections: false,
    ...raw,
  });

describe.each(['cpu', 'wasm'])('the effective field of a measured gradient on %s', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  it.each([
    {
      name: 'causal, kernel 2, dilations [1, 2], no skip',
      config: linear({ kernel_size: 2, dilations: [1, 2], padding: 'causal' }),
      seqLen: 8,
      t: 7,
      // (2 + 2L + L²)(2 + 2L² + L⁴) in the lag L: block 0 is 1 + (1 + L)², block 1 is
      // 1 + (1 + L²)²; the coefficient of L^lag is the count at s = t − lag.
      counts: [0, 1, 2, 4, 4, 6, 4, 4],
      spans: [
        { fraction: 0.5, from: 5, to: 7, width: 3 },
        { fraction: 0.9, from: 2, to: 7, width: 6 },
        { fraction: 0.99, from: 1, to: 7, width: 7 },
      ],
    },
    {
      name: 'causal, kernel 2, dilations [1, 2], skip connections',
      config: linear({ kernel_size: 2, dilations: [1, 2], use_skip_connections: true }),
      seqLen: 8,
      t: 7,
      // (1 + L)² + (1 + L²)²·(2 + 2L + L²): lags 0…6 hold 3, 4, 6, 4, 4, 2, 1 (24 in all).
      // 50% = 12: [5, 7] holds 13. 90% = 21.6: [3, 7] holds 21, [2, 7] 23. 99% = 23.76: all.
      counts: [0, 1, 2, 4, 4, 6, 4, 3],
      spans: [
        { fraction: 0.5, from: 5, to: 7, width: 3 },
        { fraction: 0.9, from: 2, to: 7, width: 6 },
        { fraction: 0.99, from: 1, to: 7, width: 7 },
      ],
    },
    {
      name: 'same, kernel 2, dilations [1, 2], no skip',
      config: linear({ kernel_size: 2, dilations: [1, 2], padding: 'same' }),
      seqLen: 10,
      t: 4,
      // 'same' pads ⌊d/2⌋ before: dilation 1 reads t, t+1 and dilation 2 reads t−1, t+1.
      // (2 + 2L + L²)(L⁻² + 3 + L²) in the offset L: offsets −2…4 hold 2, 2, 7, 6, 5, 2, 1.
      counts: [0, 0, 2, 2, 7, 6, 5, 2, 1, 0],
      spans: [
        { fraction: 0.5, from: 4, to: 5, width: 2 },
        { fraction: 0.9, from: 2, to: 7, width: 6 },
        { fraction: 0.99, from: 2, to: 8, width: 7 },
      ],
    },
  ])(
    '$name: the gradient is the path count, and its spans are',
    ({ config, seqLen, t, counts, spans }) => {
      expect(pathCounts(config, seqLen, t)).toEqual(counts);
      const model = buildTcn(config, 0);
      allOnes(model);
      const measured = measuredSensitivity(model, seqLen, t);
      expect(measured).toEqual(counts);
      expect(spansOf(measured, t)).toEqual(spans);
      model.dispose();
    },
  );

  it.each([
    { padding: 'causal', go_backwards: true, return_sequences: true, nb_stacks: 2 },
    { padding: 'same', go_backwards: true, return_sequences: true, nb_stacks: 1 },
    { padding: 'causal', go_backwards: false, return_sequences: false, nb_stacks: 2 },
    { padding: 'same', go_backwards: true, return_sequences: false, nb_stacks: 2 },
  ] as const)('counts paths exactly with 2 filters, a matching conv and skips (%o)', (shape) => {
    // One input channel into 2 filters: block 0 has a matching conv, the others identities.
    const config = linear({
      kernel_size: 3,
      dilations: [1, 3],
      nb_filters: 2,
      use_skip_connections: true,
      ...shape,
    });
    const seqLen = 20;
    const outputStep = 9;
    const model = buildTcn(config, 0);
    allOnes(model);
    const measured = measuredSensitivity(model, seqLen, outputStep);
    const counts = pathCounts(config, seqLen, outputStep);
    expect(measured).toEqual(counts);
    // The mass lies exactly on the influence set, and the spans of the measured gradient are
    // the spans of the counts.
    const steps = influence(config, seqLen, outputStep).inputSteps;
    measured.forEach((v, s) => expect(v > 0).toBe(steps.includes(s)));
    const anchor = alignedInputStep(config, seqLen, outputStep);
    expect(effectiveSpans(measured, anchor)).toEqual(effectiveSpans(counts, anchor));
    model.dispose();
  });

  it('keeps the spans of a random relu network inside its influence set and field', () => {
    const config = configOf({
      nb_filters: 8,
      kernel_size: 3,
      dilations: [1, 2, 4],
      input_dim: 2,
      return_sequences: true,
    });
    const seqLen = 48;
    const t = 40;
    const model = buildTcn(config, 11);
    const measured = measuredSensitivity(model, seqLen, t);
    const steps = new Set(influence(config, seqLen, t).inputSteps);
    measured.forEach((v, s) => {
      if (!steps.has(s)) expect(v).toBe(0);
    });
    const spans = effectiveSpans(measured, t)!;
    for (const span of spans) {
      expect(span.to).toBe(t);
      expect(span.width).toBeLessThanOrEqual(receptiveField(config));
      expect(steps.has(span.from)).toBe(true);
    }
    // Wider for a larger share.
    expect(spans[0].width).toBeLessThanOrEqual(spans[1].width);
    expect(spans[1].width).toBeLessThanOrEqual(spans[2].width);
    model.dispose();
  });
});
