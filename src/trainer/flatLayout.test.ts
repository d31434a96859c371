import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { FlatLayout } from './flatLayout';

const SHAPES = [[3, 2, 4], [4], [1, 7, 4], [4], [4, 1], [1]];

/** Deterministic values, some large, so that a naive sum of squares would overflow float32. */
const valuesOf = (n: number, seed: number, big = 1) =>
  Float32Array.from({ length: n }, (_, i) => Math.sin(seed * 31 + i * 7.3) * big);

// The reference: each variable's norm in float64, written from the definition.
const norm64 = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));

describe.each([
  ['wasm', 8_000_000],
  ['wasm', 0],
  ['cpu', 8_000_000],
])('FlatLayout on %s (indicator up to %i entries)', (backend, maxEntries) => {
  beforeAll(async () => {
    expect(await tf.setBackend(backend)).toBe(true);
  });

  it('sums and norms per variable equal a float64 reference; NaN stays in its variable', () => {
    const layout = new FlatLayout(SHAPES, maxEntries);
    const parts = SHAPES.map((shape, i) =>
      valuesOf(
        shape.reduce((a, b) => a * b, 1),
        i,
        i === 2 ? 1e6 : 1,
      ),
    );
    parts[4][0] = Number.NaN;
    const tensors = parts.map((p, i) => tf.tensor(p, SHAPES[i]));
    const flat = layout.concat([...tensors.slice(0, 3), null, ...tensors.slice(4)]);
    const norms = layout.norms(flat).dataSync();
    parts.forEach((p, i) => {
      if (i === 3)
        expect(norms[i]).toBe(0); // null: zeros
      else if (i === 4) expect(Number.isNaN(norms[i])).toBe(true);
      else expect(Math.abs(norms[i] - norm64(p)) / norm64(p)).toBeLessThan(1e-6);
    });
    const sums = layout.sums(layout.concat(tensors.map((t) => tf.onesLike(t)))).dataSync();
    expect(Array.from(sums)).toEqual(layout.sizes);
    const spread = layout.spread(tf.tensor1d([1, 2, 3, 4, 5, 6])).dataSync();
    let at = 0;
    layout.sizes.forEach((size, i) => {
      expect(Array.from(spread.slice(at, at + size))).toEqual(Array(size).fill(i + 1));
      at += size;
    });
    tf.dispose([...tensors, flat]);
    layout.dispose();
  });

  it('a gradient too large to square in float32 still gets a finite, exact norm', () => {
    const layout = new FlatLayout([[8], [3]], maxEntries);
    const big = valuesOf(8, 3, 1e25);
    const flat = layout.concat([tf.tensor1d(big), tf.tensor1d([3e24, 4e24, 0])]);
    const norms = layout.norms(flat).dataSync();
    expect(Math.abs(norms[0] - norm64(big)) / norm64(big)).toBeLessThan(1e-6);
    expect(Math.abs(norms[1] - 5e24) / 5e24).toBeLessThan(1e-6);
    flat.dispose();
    layout.dispose();
  });

  it('assigns back only the variables it is told to', () => {
    const layout = new FlatLayout([[2], [3]], maxEntries);
    const vars = [tf.variable(tf.zeros([2])), tf.variable(tf.zeros([3]))];
    const flat = tf.tensor1d([1, 2, 3, 4, 5]);
    layout.assign(vars, flat, [false, true]);
    expect(Array.from(vars[0].dataSync())).toEqual([0, 0]);
    expect(Array.from(vars[1].dataSync())).toEqual([3, 4, 5]);
    tf.dispose([...vars, flat]);
    layout.dispose();
  });
});
