// The numbers Bai, Kolter & Koltun (2018), "An Empirical Evaluation of Generic Convolutional and
// Recurrent Networks for Sequence Modeling", report for the two synthetic tasks this page has,
// and how long their runs were, so that the loss chart can show them as target lines with an
// honest note: the paper trained a longer T for longer than this page does.
//
// The losses are the paper's Table 1 (mean test loss of the last epochs). The length of a run
// comes from the reference code, locuslab/TCN (verified against its scripts):
// - TCN/adding_problem/add_test.py: data_generator(50000, seq_len) for training, --epochs 10,
//   --batch_size 32; one batch per 32 sequences (the last one partial): 1,563 batches an epoch.
// - TCN/copy_memory/copymem_test.py: n_train = 10000, --epochs 50, --batch_size 32
//   (its --iters flag is parsed but unused): 313 batches an epoch.
// Those are the scripts' defaults; the paper does not list the epochs per task itself.
import { t } from '../i18n/core';

export type PaperTask = 'adding' | 'copy_memory';
export type PaperModel = 'TCN' | 'LSTM';

export interface PaperResult {
  task: PaperTask;
  model: PaperModel;
  /** The paper's T: the adding problem's sequence length, copy memory's blank length. */
  T: number;
  /** Mean test loss of the last epochs: MSE for adding, cross-entropy for copy memory. */
  loss: number;
}

export const PAPER_RESULTS: readonly PaperResult[] = [
  { task: 'adding', model: 'TCN', T: 600, loss: 5.8e-5 },
  { task: 'adding', model: 'LSTM', T: 600, loss: 0.164 },
  { task: 'copy_memory', model: 'TCN', T: 1000, loss: 3.5e-5 },
  { task: 'copy_memory', model: 'LSTM', T: 1000, loss: 0.0204 },
];

export interface PaperRun {
  task: PaperTask;
  /** Training sequences, generated once and reused every epoch. */
  sequences: number;
  epochs: number;
  batchSize: number;
  /** Where these come from (locuslab/TCN). */
  source: string;
}

export const PAPER_RUNS: readonly PaperRun[] = [
  {
    task: 'adding',
    sequences: 50_000,
    epochs: 10,
    batchSize: 32,
    source: 'locuslab/TCN TCN/adding_problem/add_test.py',
  },
  {
    task: 'copy_memory',
    sequences: 10_000,
    epochs: 50,
    batchSize: 32,
    source: 'locuslab/TCN TCN/copy_memory/copymem_test.py',
  },
];

/** Training steps of a run: whole batches plus a partial last one, every epoch. */
export function paperSteps(run: PaperRun): number {
  return Math.ceil(run.sequences / run.batchSize) * run.epochs;
}

/** This page's copy_memory seq_len holds ten symbols, the blank and ten recalled steps. */
const COPY_EXTRA = 20;

const isPaperTask = (name: string): name is PaperTask =>
  name === 'adding' || name === 'copy_memory';

/** The task's T in the paper's sense, for this page's seq_len. */
export function pageT(task: { name: string; seq_len: number }): number | null {
  if (task.name === 'adding') return task.seq_len;
  if (task.name === 'copy_memory') return task.seq_len - COPY_EXTRA;
  return null;
}

/** 5.8e-5, 0.164, 0.0204: short, as the paper prints them. */
export function formatLoss(v: number): string {
  return v < 1e-3 ? v.toExponential(1) : String(Number(v.toPrecision(3)));
}

export interface PaperTarget {
  model: PaperModel;
  T: number;
  /** The paper's loss as a share of its task's memoryless baseline, times this page's baseline. */
  y: number;
  /** The paper's own loss. */
  loss: number;
  /** The paper's loss as a share of the memoryless baseline at its T. */
  shareOfBaseline: number;
  /** "paper TCN (T=600): 0.035 % of the baseline" */
  label: string;
}

/**
 * The memoryless baseline of a task at the paper's T: adding's answer-1 MSE is 1/6 at any T;
 * copy memory's cross-entropy of a blank/random guess is 10·ln 8 over T + 20 steps, so it
 * shrinks as T grows (the paper's LSTM at T=1000, 0.0204, is exactly it).
 */
export function memorylessLoss(task: PaperTask, T: number): number {
  return task === 'adding' ? 1 / 6 : (10 * Math.log(8)) / (T + COPY_EXTRA);
}

/**
 * The paper's losses for the task, TCN and LSTM, as lines to draw on this page's chart; [] for
 * the other tasks. A loss at the paper's T is not comparable with one at this page's T (copy
 * memory's shrinks as T grows), so each line is drawn at the same share of this page's
 * baseline as the paper's loss was of its own.
 */
export function paperTargets(task: { name: string; seq_len: number }): PaperTarget[] {
  if (!isPaperTask(task.name)) return [];
  const T = pageT(task)!;
  const here = memorylessLoss(task.name, T);
  return PAPER_RESULTS.filter((r) => r.task === task.name).map((r) => {
    const share = r.loss / memorylessLoss(r.task, r.T);
    return {
      model: r.model,
      T: r.T,
      y: share * here,
      loss: r.loss,
      shareOfBaseline: share,
      label: t('charts.paper.label', { model: r.model, T: r.T, share: formatShare(share) }),
    };
  });
}

/** 0.035 %, 98 %, 100 %. */
function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent >= 10 ? Math.round(percent) : Number(percent.toPrecision(2))} %`;
}

/**
 * What the target lines are and why this page need not reach them: the paper's T, the length of
 * its runs, and this page's T. null for the tasks the paper's numbers do not apply to.
 */
export function paperNote(
  task: { name: string; seq_len: number },
  /** This page's speed now, when it is training: how long the paper's run would take here. */
  speed?: { stepsPerSecond: number; backend: string },
): string | null {
  if (!isPaperTask(task.name)) return null;
  const result = PAPER_RESULTS.find((r) => r.task === task.name)!;
  const run = PAPER_RUNS.find((r) => r.task === task.name)!;
  const T = pageT(task)!;
  const losses = PAPER_RESULTS.filter((r) => r.task === task.name).map((r) =>
    t('charts.paper.modelLoss', { model: r.model, loss: formatLoss(r.loss) }),
  );
  const runs = t(`charts.paper.runs.${task.name}`, {
    T: result.T,
    losses: losses.reduce((first, second) => t('charts.list', { first, second })),
    epochs: run.epochs,
    sequences: run.sequences,
    batchSize: run.batchSize,
    steps: paperSteps(run),
  });
  const here =
    T === result.T
      ? t('charts.paper.sameT')
      : t(T < result.T ? 'charts.paper.shorterT' : 'charts.paper.longerT', { T });
  const note = t('charts.sentences', { first: runs, second: here });
  const time = speed ? timeHere(paperSteps(run), speed) : '';
  return time ? t('charts.sentences', { first: note, second: time }) : note;
}

/** "At 12.5 steps/s on wasm, as many steps take about 21 min here." */
function timeHere(
  steps: number,
  { stepsPerSecond, backend }: { stepsPerSecond: number; backend: string },
) {
  if (!(stepsPerSecond > 0)) return '';
  const minutes = steps / stepsPerSecond / 60;
  const speed = stepsPerSecond.toFixed(1);
  return minutes < 90
    ? t('charts.paper.timeMinutes', { speed, backend, minutes: Math.max(1, Math.round(minutes)) })
    : t('charts.paper.timeHours', { speed, backend, hours: (minutes / 60).toFixed(1) });
}
