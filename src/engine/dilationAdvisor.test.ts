import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseTcnConfig, type TcnConfig } from './config';
import {
  adviseDilations,
  coverageWarning,
  describeDilations,
  powerDilations,
  type AdviceOptions,
} from './dilationAdvisor';
import { buildTcn } from './model';
import { influence, receptiveField } from './receptiveField';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SMALL: AdviceOptions = { kernelSizes: [2, 3, 4], bases: [2, 3], maxLevels: 6, maxStacks: 2 };

/**
 * The parameters of a TCN without norms, counted by hand: per block a kernel k·in·F and a
 * bias F for each of its two convolutions (the second reads F channels), and a 1×1 matching
 * convolution in·F + F where the block's input channels differ from F.
 */
function handCount(k: number, blocks: number, filters: number, inputDim: number): number {
  let total = 0;
  let inCh = inputDim;
  for (let b = 0; b < blocks; b++) {
    total += k * inCh * filters + filters + k * filters * filters + filters;
    if (inCh !== filters) total += inCh * filters + filters;
    inCh = filters;
  }
  return total;
}

/** Every configuration of the small space, with its field (1 + 2(k−1)·stacks·Σd) and count. */
function bruteForce(filters: number, inputDim: number) {
  const all: { k: number; dilations: number[]; stacks: number; field: number; params: number }[] =
    [];
  for (const k of [2, 3, 4]) {
    for (const b of [2, 3]) {
      for (let levels = 1; levels <= 6; levels++) {
        const dilations = Array.from({ length: levels }, (_, i) => b ** i);
        const sum = dilations.reduce((a, c) => a + c, 0);
        for (const stacks of [1, 2]) {
          all.push({
            k,
            dilations,
            stacks,
            field: 1 + 2 * (k - 1) * stacks * sum,
            params: handCount(k, levels * stacks, filters, inputDim),
          });
        }
      }
    }
  }
  return all;
}

describe('adviseDilations', () => {
  it.each([1, 7, 20, 48, 100, 250, 729])(
    'covers %i steps, and nothing in a brute-forced space covers it with fewer parameters',
    (cover) => {
      for (const [filters, inputDim] of [
        [16, 1],
        [8, 8],
        [32, 3],
      ]) {
        const suggestions = adviseDilations(
          { cover, nbFilters: filters, inputDim },
          { ...SMALL, limit: 1000 },
        );
        const covering = bruteForce(filters, inputDim).filter((c) => c.field >= cover);
        expect(suggestions.length).toBe(
          // The space's duplicates: none in bases 2 and 3 but the single [1], counted twice.
          covering.length - covering.filter((c) => c.dilations.length === 1).length / 2,
        );
        for (const s of suggestions) expect(s.receptiveField).toBeGreaterThanOrEqual(cover);
        const cheapest = Math.min(...covering.map((c) => c.params));
        expect(suggestions[0].parameters).toBe(cheapest);
        // Among the cheapest, the smallest field comes first.
        const smallest = Math.min(
          ...covering.filter((c) => c.params === cheapest).map((c) => c.field),
        );
        expect(suggestions[0].receptiveField).toBe(smallest);
        // Sorted: parameters, then field.
        for (let i = 1; i < suggestions.length; i++) {
          const [a, b] = [suggestions[i - 1], suggestions[i]];
          expect(
            a.parameters < b.parameters ||
              (a.parameters === b.parameters && a.receptiveField <= b.receptiveField),
          ).toBe(true);
        }
      }
    },
  );

  it('gives the cheapest cover of 48 steps with 16 filters on one input channel', () => {
    // With 16 filters on 1 input channel, block 0 costs 272k + 64 (its two convolutions and the
    // matching conv) and every later block 512k + 32. The candidates that reach 48:
    //   k 2, 1, 3, 9, 27 (field 81): 608 + 3·1056 = 3776
    //   k 3, 1, 3, 9 (field 53): 880 + 2·1568 = 4016
    //   k 2, 1…16 (field 63): 608 + 4·1056 = 4832
    //   k 4, 1, 3, 9 (field 79): 1152 + 2·2080 = 5312
    // while k 2 with 1, 3, 9 (27), k 3 with 1, 2, 4 (29) and k 4 with 1, 2, 4 (43) fall short.
    expect([handCount(2, 4, 16, 1), handCount(3, 3, 16, 1)]).toEqual([3776, 4016]);
    const [best, second] = adviseDilations({ cover: 48, nbFilters: 16, inputDim: 1 }, SMALL);
    expect(best).toEqual({
      change: { kernel_size: 2, dilations: [1, 3, 9, 27], nb_stacks: 1 },
      parameters: 3776,
      receptiveField: 81,
      wasted: 0,
      dilationsText: 'powers of 3: 1…27',
    });
    expect(second).toMatchObject({
      change: { kernel_size: 3, dilations: [1, 3, 9], nb_stacks: 1 },
      parameters: 4016,
      receptiveField: 53,
    });
  });

  it("gives a network whose field, influence span and parameters are the suggestion's", () => {
    const target = { cover: 40, nbFilters: 4, inputDim: 2, useSkipConnections: false };
    const suggestions = adviseDilations(target, { limit: 8 });
    expect(suggestions).toHaveLength(8);
    for (const s of suggestions) {
      const { config } = parseTcnConfig({
        nb_filters: 4,
        input_dim: 2,
        use_skip_connections: false,
        return_sequences: true,
        ...s.change,
      });
      expect(config).not.toBeNull();
      const c = config as TcnConfig;
      expect(receptiveField(c)).toBe(s.receptiveField);
      // The field, seen from the last step of a long enough sequence, spans exactly that many steps.
      const seqLen = s.receptiveField + 5;
      const steps = influence(c, seqLen, seqLen - 1).inputSteps;
      expect(steps[steps.length - 1] - steps[0] + 1).toBe(s.receptiveField);
      const model = buildTcn(c, 0);
      expect(model.variables.reduce((sum, v) => sum + v.variable.size, 0)).toBe(s.parameters);
      model.dispose();
    }
  });

  it('counts the parameters norms add, and offers only what the page can build', () => {
    const plain = adviseDilations({ cover: 30, nbFilters: 8, inputDim: 1 })[0];
    const batch = adviseDilations({ cover: 30, nbFilters: 8, inputDim: 1, useBatchNorm: true })[0];
    // Batch norm adds γ, β and the two moving statistics per convolution: 4·8 each, 2 per block.
    expect(batch.change).toEqual(plain.change);
    const blocks = plain.change.dilations.length * plain.change.nb_stacks;
    expect(batch.parameters - plain.parameters).toBe(blocks * 2 * 4 * 8);
    // Too many filters for a tab: nothing to suggest.
    expect(adviseDilations({ cover: 30, nbFilters: 100_000, inputDim: 1 })).toEqual([]);
    // Beyond the space (kernel 8, 4^11 would exceed the tab's largest dilation, 4096).
    for (const s of adviseDilations(
      { cover: 100_000, nbFilters: 2, inputDim: 1 },
      { limit: 100 },
    )) {
      expect(Math.max(...s.change.dilations)).toBeLessThanOrEqual(4096);
    }
    expect(adviseDilations({ cover: 10_000_000, nbFilters: 2, inputDim: 1 })).toEqual([]);
  });

  it('measures the field wasted beyond the sequence', () => {
    const short = adviseDilations({ cover: 20, seqLen: 10, nbFilters: 4, inputDim: 1 });
    for (const s of short) expect(s.wasted).toBe(s.receptiveField - 20);
    const long = adviseDilations({ cover: 20, seqLen: 25, nbFilters: 4, inputDim: 1 });
    for (const s of long) expect(s.wasted).toBe(Math.max(0, s.receptiveField - 25));
    const free = adviseDilations({ cover: 20, nbFilters: 4, inputDim: 1 });
    for (const s of free) expect(s.wasted).toBe(0);
  });

  it('returns at most limit suggestions, five by default', () => {
    expect(adviseDilations({ cover: 64, nbFilters: 8, inputDim: 1 })).toHaveLength(5);
    expect(adviseDilations({ cover: 64, nbFilters: 8, inputDim: 1 }, { limit: 2 })).toHaveLength(2);
  });
});

describe('describeDilations', () => {
  it('names powers of a base, short lists in full', () => {
    expect(describeDilations(powerDilations(2, 6))).toBe('powers of 2: 1…32');
    expect(describeDilations(powerDilations(3, 3))).toBe('powers of 3: 1, 3, 9');
    expect(describeDilations(powerDilations(4, 2))).toBe('powers of 4: 1, 4');
    expect(describeDilations([1])).toBe('1 only');
    expect(describeDilations([1, 5, 7])).toBe('1, 5, 7');
  });
});

describe('coverageWarning', () => {
  it('warns when the field is shorter than the need', () => {
    // Kernel 2, dilations 1…8: 1 + 2·1·15 = 31.
    const config = { kernel_size: 2, dilations: [1, 2, 4, 8], nb_stacks: 1 };
    expect(coverageWarning(config, 48, 100)).toBe(
      'The receptive field (31) is shorter than the 48 steps the task needs.',
    );
    expect(coverageWarning(config, 31, 100)).toBeNull();
  });

  it('warns when the field is more than twice the sequence', () => {
    // Kernel 3, dilations 1…32: 1 + 2·2·63 = 253.
    const config = { kernel_size: 3, dilations: powerDilations(2, 6), nb_stacks: 1 };
    expect(coverageWarning(config, 10, 100)).toBe(
      'The receptive field (253) is far longer than the sequence (100 steps): most of it sees padding.',
    );
    expect(coverageWarning(config, 10, 127)).toBeNull();
    expect(coverageWarning(config, 10, 126)).not.toBeNull();
  });
});
