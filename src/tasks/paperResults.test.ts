import { describe, expect, it } from 'vitest';
import { PAPER_RUNS, formatLoss, pageT, paperNote, paperSteps, paperTargets } from './paperResults';

describe('paperResults', () => {
  it('gives the adding problem the paper’s T=600 numbers, whatever T this page trains', () => {
    for (const seq_len of [50, 200, 600]) {
      const lines = paperTargets({ name: 'adding', seq_len });
      expect(lines.map((l) => [l.model, l.T, l.y])).toEqual([
        ['TCN', 600, 5.8e-5],
        ['LSTM', 600, 0.164],
      ]);
    }
  });

  it('draws copy memory’s T=1000 losses at the same share of this page’s baseline', () => {
    // The memoryless cross-entropy is 10·ln 8 / (T + 20): at T=500 (seq_len 520) it is 1020/520
    // times the paper's at T=1000, and so is each line.
    const lines = paperTargets({ name: 'copy_memory', seq_len: 520 });
    expect(lines.map((l) => [l.model, l.T, l.loss])).toEqual([
      ['TCN', 1000, 3.5e-5],
      ['LSTM', 1000, 0.0204],
    ]);
    expect(lines[0].y).toBeCloseTo((3.5e-5 * 1020) / 520, 12);
    expect(lines[1].y).toBeCloseTo((0.0204 * 1020) / 520, 12);
    // The paper's LSTM learned nothing: its loss is the memoryless baseline at T=1000.
    expect(lines[1].shareOfBaseline).toBeCloseTo(1, 2);
    expect(lines[1].y).toBeCloseTo((10 * Math.log(8)) / 520, 4);
  });

  it('applies to those two tasks only', () => {
    for (const name of ['lag', 'sine', 'series', 'anything'])
      expect(paperTargets({ name, seq_len: 600 })).toEqual([]);
    expect(paperNote({ name: 'lag', seq_len: 96 })).toBeNull();
  });

  it('labels each line with the model, the paper’s T and its share of the baseline', () => {
    // Adding's baseline is 1/6 at any T: 5.8e-5 is 0.035 % of it, 0.164 is 98 %.
    expect(paperTargets({ name: 'adding', seq_len: 200 }).map((l) => l.label)).toEqual([
      'paper TCN (T=600): 0.035 % of the baseline',
      'paper LSTM (T=600): 98 % of the baseline',
    ]);
    expect(paperTargets({ name: 'copy_memory', seq_len: 520 }).map((l) => l.label)).toEqual([
      'paper TCN (T=1000): 0.17 % of the baseline',
      'paper LSTM (T=1000): 100 % of the baseline',
    ]);
    expect(formatLoss(0.16400000001)).toBe('0.164');
  });

  it('counts the reference scripts’ steps: sequences / batch (rounded up) × epochs', () => {
    const steps = Object.fromEntries(PAPER_RUNS.map((r) => [r.task, paperSteps(r)]));
    expect(steps).toEqual({ adding: 1563 * 10, copy_memory: 313 * 50 });
  });

  it('reads this page’s T as the paper does: copy memory’s blank is seq_len − 20', () => {
    expect(pageT({ name: 'adding', seq_len: 200 })).toBe(200);
    expect(pageT({ name: 'copy_memory', seq_len: 520 })).toBe(500);
    expect(pageT({ name: 'lag', seq_len: 96 })).toBeNull();
  });

  it('notes the paper’s T, its run length and this page’s T', () => {
    const adding = paperNote({ name: 'adding', seq_len: 200 })!;
    expect(adding).toContain('T=600');
    expect(adding).toContain('10 epochs of 50,000 sequences in batches of 32');
    expect(adding).toContain('15,630 steps');
    expect(adding).toContain('mean squared error');
    expect(adding).toContain('This page trains T=200, a shorter and easier task');
    const copy = paperNote({ name: 'copy_memory', seq_len: 520 })!;
    expect(copy).toContain('T=1000');
    expect(copy).toContain('50 epochs of 10,000 sequences');
    expect(copy).toContain('15,650 steps');
    expect(copy).toContain('cross-entropy');
    expect(copy).toContain('This page trains T=500');
    expect(paperNote({ name: 'adding', seq_len: 600 })).toContain('the same T');
    expect(paperNote({ name: 'copy_memory', seq_len: 1100 })).toContain('longer task');
  });
});

describe('how long the paper’s run takes here', () => {
  it('turns the page’s speed into the time the paper’s steps would take', () => {
    const steps = paperSteps(PAPER_RUNS.find((r) => r.task === 'adding')!);
    const note = paperNote(
      { name: 'adding', seq_len: 200 },
      { stepsPerSecond: steps / 600, backend: 'wasm' },
    )!;
    expect(note).toContain('on wasm, as many steps take about 10 min here.');
    const slow = paperNote(
      { name: 'adding', seq_len: 200 },
      { stepsPerSecond: steps / 7200, backend: 'cpu' },
    )!;
    expect(slow).toContain('about 2.0 h here.');
    expect(
      paperNote({ name: 'adding', seq_len: 200 }, { stepsPerSecond: 0, backend: 'cpu' }),
    ).not.toContain('here.');
  });
});
