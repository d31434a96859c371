import { describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from '../../../engine/config';
import { describeTcnVariables } from '../../../engine/variables';
import { layoutNetwork } from './networkLayout';

function config(change: Partial<TcnConfig>): TcnConfig {
  const { config: parsed, problems } = parseTcnConfig({
    input_dim: 4,
    nb_filters: 2,
    kernel_size: 3,
    dilations: [1, 2, 4],
    ...change,
  });
  if (!parsed) throw new Error(problems.map((p) => p.message).join('; '));
  return parsed;
}

const HEAD = { kernel: [2, 1], bias: [1] };
const overlap = (a: { x: number; y: number; size: number }, b: typeof a) =>
  a.x < b.x + b.size && b.x < a.x + a.size && a.y < b.y + b.size && b.y < a.y + a.size;

describe('layoutNetwork', () => {
  const cases: [string, Partial<TcnConfig>][] = [
    ['one block (the keras-tcn gradient case)', { dilations: [1], kernel_size: 91 }],
    ['three blocks', {}],
    ['two stacks folded', { nb_stacks: 2 }],
    ['three stacks, weight norm', { nb_stacks: 3, use_weight_norm: true }],
    ['batch norm, no skip connections', { use_batch_norm: true, use_skip_connections: false }],
    ['eight dilations', { dilations: [1, 2, 4, 8, 16, 32, 64, 128] }],
  ];
  for (const [name, change] of cases) {
    for (const [width, font] of [
      [360, 13],
      [600, 13],
      [900, 16],
    ]) {
      it(`${name} at ${width} px: one mark per trainable variable plus the head, none overlapping`, () => {
        const tcn = config(change);
        const layout = layoutNetwork(tcn, HEAD, { width, font });
        const expected = [
          ...describeTcnVariables(tcn)
            .filter((v) => v.trainable)
            .map((v) => v.name),
          'dense/kernel',
          'dense/bias',
        ];
        expect(layout.marks.map((m) => m.name).sort()).toEqual(expected.sort());
        for (let i = 0; i < layout.marks.length; i++) {
          for (let j = i + 1; j < layout.marks.length; j++) {
            expect(overlap(layout.marks[i], layout.marks[j])).toBe(false);
          }
        }
        for (const m of layout.marks) {
          expect(m.x).toBeGreaterThanOrEqual(0);
          expect(m.x + m.size).toBeLessThanOrEqual(layout.width);
          expect(m.y + m.size).toBeLessThanOrEqual(layout.height);
        }
        expect(layout.width).toBeGreaterThanOrEqual(width);
      });
    }
  }

  it('draws the last residual output as discarded only when skip connections are on', () => {
    const kinds = (c: Partial<TcnConfig>) =>
      layoutNetwork(config(c), HEAD, { width: 600, font: 13 }).paths.map((p) => p.kind);
    expect(kinds({ use_skip_connections: true })).toContain('discarded');
    expect(kinds({ use_skip_connections: false })).not.toContain('discarded');
    expect(kinds({ use_skip_connections: false })).not.toContain('skip');
  });
});
