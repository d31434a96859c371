import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import { alignedInputStep } from './effectiveField';
import { buildTcn } from './model';
import { perturbationEffect, stepByStepEffect } from './perturbation';
import { influence, keptOutputStep } from './receptiveField';

const configOf = (raw: Partial<TcnConfig>): TcnConfig => {
  const { config, problems } = parseTcnConfig(raw);
  if (!config) throw new Error(problems.map((p) => p.message).join('; '));
  return config;
};

const SEQ_LEN = 32;
const OUTPUT_STEP = 20;

const sequence = (channels: number, seed: number, batch = 1) =>
  tf.randomNormal([batch, SEQ_LEN, channels], 0, 1, 'float32', seed) as tf.Tensor3D;

// Every combination of padding, nb_stacks, go_backwards and return_sequences. Kernel 2 with
// dilations [1, 4] leaves gaps in the influence set (lags 3 and 7 of one stack are unreachable),
// so "outside" includes steps between reachable ones, not only beyond the field.
const shapes: Partial<TcnConfig>[] = [];
for (const padding of ['causal', 'same'] as const) {
  for (const nb_stacks of [1, 2]) {
    for (const go_backwards of [false, true]) {
      for (const return_sequences of [true, false]) {
        shapes.push({ padding, nb_stacks, go_backwards, return_sequences });
      }
    }
  }
}
const label = (s: Partial<TcnConfig>) =>
  `${s.padding}, ${s.nb_stacks} stack(s), go_backwards ${s.go_backwards}, return_sequences ${s.return_sequences}`;

describe.each(['cpu', 'wasm'])('perturbation on %s', (backend) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  describe.each(shapes.map((s) => [label(s), s] as const))('%s', (_, shape) => {
    it('moves the output exactly nowhere outside the influence set (relu, he_normal)', async () => {
      const config = configOf({
        nb_filters: 6,
        kernel_size: 2,
        dilations: [1, 4],
        input_dim: 2,
        use_skip_connections: shape.nb_stacks === 1,
        ...shape,
      });
      const model = buildTcn(config, 5);
      const x = sequence(2, 9);
      const { inputSteps } = influence(config, SEQ_LEN, OUTPUT_STEP);
      const inside = new Set(inputSteps);
      const outside = [...Array(SEQ_LEN).keys()].filter((s) => !inside.has(s));
      expect(outside.length).toBeGreaterThan(0);

      const effect = await stepByStepEffect(model, x, OUTPUT_STEP);
      expect(effect).toHaveLength(SEQ_LEN);
      for (const s of outside) expect(effect[s]).toBe(0);

      // Inside, a relu can switch a path off for this input, so no single step other than the
      // aligned one is sure to move the output: it reaches the output through the most paths
      // (every block's centre tap, and the identity shortcuts), and with these seeds it does.
      // The linear test below shows every step inside moves it when nothing is switched off.
      const anchor = alignedInputStep(config, SEQ_LEN, OUTPUT_STEP);
      expect(inside.has(anchor)).toBe(true);
      expect(effect[anchor]).toBeGreaterThan(0);

      // All the outside steps at once, and the one-call helper agreeing with the batched one.
      const all = await perturbationEffect(model, x, OUTPUT_STEP, outside);
      expect(all.change).toBe(0);
      expect(all.channelChanges.every((d) => d === 0)).toBe(true);
      expect(all.outputStep).toBe(
        config.return_sequences ? OUTPUT_STEP : keptOutputStep(config, SEQ_LEN),
      );
      const one = await perturbationEffect(model, x, OUTPUT_STEP, [anchor]);
      expect(one.change).toBeCloseTo(effect[anchor], 4);
      x.dispose();
      model.dispose();
    });

    it('moves it at every step inside when no relu can switch a path off (linear)', async () => {
      const config = configOf({
        nb_filters: 4,
        kernel_size: 2,
        dilations: [1, 4],
        input_dim: 1,
        activation: 'linear',
        ...shape,
      });
      const model = buildTcn(config, 6);
      const x = sequence(1, 10);
      const inside = new Set(influence(config, SEQ_LEN, OUTPUT_STEP).inputSteps);
      const effect = await stepByStepEffect(model, x, OUTPUT_STEP, { maxBatch: 7 });
      effect.forEach((change, s) => {
        if (inside.has(s)) expect(change).toBeGreaterThan(0);
        else expect(change).toBe(0);
      });
      x.dispose();
      model.dispose();
    });
  });

  it('is exact with layer norm and with batch norm in inference mode', async () => {
    for (const norm of [{ use_layer_norm: true }, { use_batch_norm: true }]) {
      const config = configOf({
        nb_filters: 4,
        kernel_size: 3,
        dilations: [1, 2],
        return_sequences: true,
        ...norm,
      });
      const model = buildTcn(config, 2);
      const x = sequence(1, 4);
      const inside = new Set(influence(config, SEQ_LEN, OUTPUT_STEP).inputSteps);
      const effect = await stepByStepEffect(model, x, OUTPUT_STEP);
      effect.forEach((change, s) => {
        if (!inside.has(s)) expect(change).toBe(0);
      });
      expect(effect[OUTPUT_STEP]).toBeGreaterThan(0);
      x.dispose();
      model.dispose();
    }
  });

  it('is not exact with batch norm in training mode: the batch statistics mix everything', async () => {
    const config = configOf({
      nb_filters: 4,
      kernel_size: 2,
      dilations: [1, 2],
      return_sequences: true,
      use_batch_norm: true,
    });
    const model = buildTcn(config, 3);
    const x = sequence(1, 5);
    const mate = sequence(1, 6);
    const inside = new Set(influence(config, SEQ_LEN, OUTPUT_STEP).inputSteps);
    const outside = [...Array(SEQ_LEN).keys()].filter((s) => !inside.has(s));
    // A step far outside the field, with a second sequence in the batch: in inference mode
    // nothing moves, in training mode the output does.
    const far = [outside[0]];
    const inference = await perturbationEffect(model, x, OUTPUT_STEP, far, 1, { batchmates: mate });
    expect(inference.change).toBe(0);
    const training = await perturbationEffect(model, x, OUTPUT_STEP, far, 1, {
      training: true,
      batchmates: mate,
    });
    expect(training.change).toBeGreaterThan(1e-4);
    // The statistics run over time as well as the batch: one sequence alone mixes its own steps.
    const alone = await perturbationEffect(model, x, OUTPUT_STEP, far, 1, { training: true });
    expect(alone.change).toBeGreaterThan(1e-4);
    // And nudging only the other sequence moves this one's output.
    const row = (batch: tf.Tensor3D) =>
      tf.tidy(() => {
        const { output, movingStatistics } = model.apply(batch, { training: true });
        movingStatistics.forEach((m) => m.value.dispose());
        return Array.from(tf.slice(output, [0, OUTPUT_STEP, 0], [1, 1, -1]).dataSync());
      });
    const before = row(tf.concat([x, mate], 0) as tf.Tensor3D);
    const after = row(tf.concat([x, tf.add(mate, 1)], 0) as tf.Tensor3D);
    const moved = before.reduce((sum, v, i) => sum + Math.abs(after[i] - v), 0);
    expect(moved).toBeGreaterThan(1e-4);
    // The probe commits no moving statistics: inference still gives the same output.
    const again = await perturbationEffect(model, x, OUTPUT_STEP, far, 1, { batchmates: mate });
    expect(again.change).toBe(0);
    x.dispose();
    mate.dispose();
    model.dispose();
  });

  it('refuses a batch, the wrong channels and steps outside the sequence', async () => {
    const config = configOf({ nb_filters: 2, dilations: [1], return_sequences: true });
    const model = buildTcn(config, 0);
    const two = sequence(1, 1, 2);
    await expect(stepByStepEffect(model, two, 0)).rejects.toThrow(/one sequence/);
    const wide = sequence(3, 1);
    await expect(perturbationEffect(model, wide, 0, [0])).rejects.toThrow(/channels/);
    const x = sequence(1, 1);
    await expect(perturbationEffect(model, x, 0, [SEQ_LEN])).rejects.toThrow(RangeError);
    await expect(perturbationEffect(model, x, SEQ_LEN, [0])).rejects.toThrow(RangeError);
    [two, wide, x].forEach((t) => t.dispose());
    model.dispose();
  });
});
