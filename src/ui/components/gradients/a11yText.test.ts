// The words the page gives screen readers and captions: chart summaries, the gradients' live
// region, the heatmap's readout.
import { describe, expect, it } from 'vitest';
import { chartSummary, trendOf } from '../charts/ChartParts';
import { describeNorm } from './GradientHeatmap';
import { announce } from './GradientPanel';

const stepLabel = (s: number) => `step ${s}`;

describe('chart summaries', () => {
  it('tells the trend of the latest values', () => {
    expect(trendOf([1, 0.9, 0.8, 0.7, 0.6, 0.5])).toBe('falling');
    expect(trendOf([0.5, 0.6, 0.7, 0.8])).toBe('rising');
    expect(trendOf([1, 1.01, 0.99, 1, 1.01, 1])).toBe('level');
    expect(trendOf([1, 2])).toBeNull();
  });

  it('gives latest, best and trend per series', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    const text = chartSummary(
      'Loss',
      xs,
      [
        { name: 'training batch', values: [0.5, 0.3, 0.028, 0.1, 0.05, 0.031] },
        { name: 'held-out batch', values: [undefined, undefined, undefined, undefined, 0.04] },
      ],
      'lower',
      stepLabel,
    );
    expect(text).toBe(
      'Loss: training batch latest 0.0310 (step 6), best 0.0280 at step 3, falling; ' +
        'held-out batch latest 0.0400 (step 5), too few points for a trend.',
    );
  });

  it('names no series when there is one, and the highest when higher is better', () => {
    const text = chartSummary(
      'Accuracy',
      [1, 2, 3],
      [{ name: 'a', values: [0.2, 0.9, 0.5] }],
      'higher',
      stepLabel,
    );
    expect(text).toBe(
      'Accuracy: latest 0.500 (step 3), best 0.900 at step 2, too few points for a trend.',
    );
    expect(chartSummary('Loss', [], [{ name: 'a', values: [] }], 'lower', stepLabel)).toBe(
      'Loss: no values yet.',
    );
  });
});

describe('the gradients live region', () => {
  const missing = [
    'tcn/residual_block_0/matching_conv1D/kernel',
    'tcn/residual_block_0/matching_conv1D/bias',
  ];

  it('does not change from step to step while training runs', () => {
    expect(announce(8, 5, true, missing, [])).toBe(announce(8, 6, true, missing, []));
    expect(announce(8, 5, true, missing, [])).toBe(
      '2 of 8 variables get no gradient: residual_block_0/matching_conv1D/kernel, residual_block_0/matching_conv1D/bias.',
    );
  });

  it('changes with the missing set and on a pause', () => {
    expect(announce(8, 6, true, [], [])).toBe('Every variable gets a gradient.');
    expect(announce(8, 6, false, [], [])).toBe(
      'Training paused at step 6. Every variable gets a gradient.',
    );
    expect(announce(8, null, false, [], [])).toBe('');
  });
});

describe('the heatmap readout', () => {
  it('gives log10 of the norm, or why there is none', () => {
    expect(describeNorm(0.005)).toBe('log10 ‖g‖ = −2.3 (‖g‖ = 0.00500)');
    expect(describeNorm(null)).toBe('no gradient');
    expect(describeNorm(Number.NaN)).toBe('not finite (NaN/∞)');
    expect(describeNorm(0)).toBe('‖g‖ exactly 0');
  });
});
