import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeGradients, gradientReport, summarizeGradients } from './gradientReport';
import type { NamedVariable } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const named = (name: string, values: number[]): NamedVariable => ({
  name,
  variable: tf.variable(tf.tensor1d(values)),
});

describe('gradientReport', () => {
  it('lists every variable in order, marking the ones the loss does not use as missing', async () => {
    const a = named('a', [1, 2]);
    const unused = named('unused', [3]);
    const b = named('b', [4]);
    const report = await gradientReport([a, unused, b], () =>
      tf.add(tf.sum(tf.square(a.variable)), tf.sum(tf.mul(b.variable, 3))),
    );
    expect(report.entries.map((e) => [e.name, e.status])).toEqual([
      ['a', 'ok'],
      ['unused', 'missing'],
      ['b', 'ok'],
    ]);
    // d/da Σa² = 2a = [2, 4]; d/db 3b = 3.
    expect(report.entries[0].norm).toBeCloseTo(Math.hypot(2, 4), 5);
    expect(report.entries[1].norm).toBeNull();
    expect(report.entries[2].norm).toBeCloseTo(3, 5);
    expect(report.loss).toBeCloseTo(1 + 4 + 12, 5);
    expect(report.entries[0].shape).toEqual([2]);
  });

  it('marks every variable missing when none is connected to the loss', async () => {
    const a = named('a', [1]);
    const report = await gradientReport([a], () => tf.scalar(2));
    expect(report.entries[0].status).toBe('missing');
    expect(report.loss).toBe(2);
  });

  it('marks non-finite gradients', async () => {
    const a = named('a', [Number.NaN, 1]);
    const b = named('b', [1]);
    const report = await gradientReport([a, b], () =>
      tf.add(tf.sum(tf.square(a.variable)), tf.sum(b.variable)),
    );
    expect(report.entries.map((e) => e.status)).toEqual(['nonfinite', 'ok']);
    expect(report.entries[0].norm).toBeNull();
  });

  it('gives the norm of a large but finite gradient without overflowing', async () => {
    const a = named('a', [1e30, 1e30, 1e30, 1e30]);
    const report = await gradientReport([a], () => tf.sum(tf.mul(a.variable, a.variable)));
    // d/da Σa² = 2a; ‖2a‖ = 2·1e30·√4 = 4e30, while (2e30)² overflows float32.
    expect(report.entries[0].status).toBe('ok');
    expect(report.entries[0].norm! / 4e30).toBeCloseTo(1, 5);
  });

  it('reads the device once per report and frees every tensor it made', async () => {
    const a = named('a', [1, 2, 3]);
    const b = named('b', [4]);
    const before = tf.memory().numTensors;
    const gradients = computeGradients([a, b], () => tf.sum(tf.mul(a.variable, b.variable)));
    const dataCalls: string[] = [];
    const originalData = tf.Tensor.prototype.data;
    tf.Tensor.prototype.data = function (this: tf.Tensor) {
      dataCalls.push(this.shape.join('x'));
      return originalData.call(this) as never;
    } as typeof originalData;
    try {
      await summarizeGradients([a, b], gradients);
    } finally {
      tf.Tensor.prototype.data = originalData;
    }
    // One vector: the loss and one norm per gradient.
    expect(dataCalls).toEqual(['3']);
    gradients.loss.dispose();
    gradients.grads.forEach((g) => g?.dispose());
    expect(tf.memory().numTensors).toBe(before);
  });
});
