import { describe, expect, it } from 'vitest';
import { main } from './main';
import type { StepLine } from './train';

const SEED =
  '#task=lag&input_dim=4&nb_filters=2&kernel_size=91&dilations=1&seq_len=128&lag=4&batch_size=4';
const SMALL =
  '#task=lag&input_dim=2&nb_filters=2&kernel_size=3&dilations=1,2&seq_len=16&lag=2&batch_size=4';
// Plain SGD at learning rate 10 on a linear network: the gradients overflow at step 2.
const DIVERGING =
  '#task=lag&seq_len=16&lag=2&optimizer=sgd&learning_rate=10&clipnorm=0&momentum=0.99&batch_size=4&nb_filters=8&dilations=1,2,4&activation=linear';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err: err.join('\n') };
}

const SEED_VARIABLES = [
  'tcn/residual_block_0/conv1D_0/kernel',
  'tcn/residual_block_0/conv1D_0/bias',
  'tcn/residual_block_0/conv1D_1/kernel',
  'tcn/residual_block_0/conv1D_1/bias',
  'tcn/residual_block_0/matching_conv1D/kernel',
  'tcn/residual_block_0/matching_conv1D/bias',
  'dense/kernel',
  'dense/bias',
];
const MATCHING = SEED_VARIABLES.slice(4, 6);

describe('train', () => {
  it('--json prints one JSON object per step, with a null gradient norm for matching_conv1D in the seed case', async () => {
    const { code, out, err } = await run('train', '--json', '--steps', '3', '--config', SEED);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    const lines = out.map((l) => JSON.parse(l) as StepLine);
    lines.forEach((line, i) => {
      expect(line.step).toBe(i + 1);
      expect(Number.isFinite(line.loss)).toBe(true);
      expect(Number.isFinite(line.metric)).toBe(true);
      expect(line.steps_per_second).toBeGreaterThan(0);
      for (const field of ['grad_norms', 'grad_status', 'weight_norms', 'update_ratios'] as const)
        expect(Object.keys(line[field]), field).toEqual(SEED_VARIABLES);
      for (const name of SEED_VARIABLES) {
        const missing = MATCHING.includes(name);
        expect(line.grad_status[name], name).toBe(missing ? 'missing' : 'ok');
        if (missing) {
          expect(line.grad_norms[name], name).toBeNull();
          expect(line.update_ratios[name], name).toBeNull();
        } else {
          expect(line.grad_norms[name], name).toBeGreaterThan(0);
        }
        expect(line.weight_norms[name], name).toBeGreaterThanOrEqual(0);
      }
    });
    // The held-out batch is scored at step 1 and every 20 steps; the sample only on request.
    // The effective field is null when no input moves the output yet (two ReLU filters, step 1).
    expect(lines[0].held_out).toEqual({
      loss: expect.any(Number),
      metric: expect.any(Number),
      effective_field: lines[0].held_out?.effective_field === null ? null : expect.any(Object),
    });
    expect(lines[1].held_out).toBeUndefined();
  });

  it('--samples adds the held-out sequence; --eval-every sets how often it is scored', async () => {
    const { code, out } = await run(
      'train',
      '--json',
      '--samples',
      '--eval-every',
      '2',
      '--steps',
      '2',
      '--config',
      SMALL,
    );
    expect(code).toBe(0);
    const lines = out.map((l) => JSON.parse(l) as StepLine);
    expect(lines.map((l) => l.held_out !== undefined)).toEqual([true, true]);
    const sample = lines[1].held_out?.sample;
    expect(sample?.input).toHaveLength(16);
    expect(sample?.input[0]).toHaveLength(2);
    expect(sample?.prediction).toHaveLength(16);
  });

  it('prints progress and a summary against the task baseline without --json', async () => {
    const { code, out, err } = await run('train', '--steps', '10', '--config', SMALL);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out[0]).toMatch(/^Training lag \(Lag\) on wasm: 10 steps, batch 4, adam/);
    const progress = out.filter((l) => /^step +\d+\/10 /.test(l));
    expect(progress).toHaveLength(10);
    expect(progress[9]).toMatch(
      /loss \S+ MSE \S+ {2}held-out loss \S+ MSE \S+ {2}[\d.]+ steps\/s$/,
    );
    expect(out).toContain('Task baseline (always answering 0): loss 1.0000, MSE 1.0000.');
    expect(out.some((l) => l.startsWith('Held-out: loss '))).toBe(true);
  });

  it('warns about variables that get no gradient', async () => {
    const { code, out, err } = await run('train', '--steps', '1', '--config', SEED);
    expect(code).toBe(0);
    expect(err).toContain(`warning: 2 variable(s) got no gradient: ${MATCHING.join(', ')}`);
    expect(out.at(-1)).toBe(
      `Never got a gradient: ${MATCHING.join(', ')} (run inspect for the reason and the fixes).`,
    );
  });

  it('stops with the message and exits 1 when training becomes non-finite', async () => {
    const { code, out, err } = await run('train', '--json', '--steps', '20', '--config', DIVERGING);
    expect(code).toBe(1);
    expect(out.length).toBeLessThan(20);
    out.forEach((l) => JSON.parse(l));
    expect(err).toMatch(/^error: Step \d+: the (gradient of \S+|loss) is not finite/);
    expect(err).toContain('Training stopped; the weights are those after step');
  });

  it('prints every configuration problem and exits 1', async () => {
    const { code, out, err } = await run(
      'train',
      '--config',
      '#task=adding&nb_filters=2,4&dilations=1,2',
    );
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toContain('error: this configuration cannot be trained (2 problem(s)):');
    expect(err).toContain('  nb_filters: skip connections add the outputs of all residual blocks');
    expect(err).toContain('  return_sequences: the adding task has one answer per sequence');
  });

  it('stops between steps when aborted, with the summary, and exits 130', async () => {
    const controller = new AbortController();
    const out: string[] = [];
    const code = await main(
      ['train', '--steps', '20', '--config', SMALL],
      {
        out: (l) => {
          out.push(l);
          if (l.startsWith('step ')) controller.abort();
        },
        err: () => {},
      },
      controller.signal,
    );
    expect(code).toBe(130);
    expect(out.some((l) => /^Stopped: 2 step\(s\)/.test(l))).toBe(true);
  });
});

describe('train --model', () => {
  it('trains an LSTM matched to the TCN on the same task, with the same JSON lines', async () => {
    const { code, out, err } = await run(
      'train',
      '--model',
      'lstm',
      '--json',
      '--steps',
      '2',
      '--config',
      '#task=lag&seq_len=16&lag=2&nb_filters=12&kernel_size=2&dilations=1,2,4&batch_size=4',
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    const line = JSON.parse(out[1]) as StepLine;
    expect(Object.keys(line.grad_norms)).toEqual([
      'lstm/lstm_cell/kernel',
      'lstm/lstm_cell/recurrent_kernel',
      'lstm/lstm_cell/bias',
      'dense/kernel',
      'dense/bias',
    ]);
    expect(Object.values(line.grad_status).every((s) => s === 'ok')).toBe(true);
  });

  it('names the matched units in its summary and refuses an unknown model', async () => {
    const text = await run('train', '--model', 'gru', '--steps', '1', '--config', SMALL);
    expect(text.code).toBe(0);
    expect(text.out[1]).toMatch(/^Model: GRU, \d+ units: [\d,]+ parameters against the TCN's/);
    const bad = await run('train', '--model', 'transformer', '--config', SMALL);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--model must be tcn, lstm, gru or rnn; got "transformer"/);
  });
});
