// The task the TCN learns (with what it asks, its loss and the score of a trivial answer) and the
// training settings: optimizer, learning rate, clipping, batch, seeds and backend. Every problem
// is shown under the control whose key it names; nothing is clamped.
import { useMemo } from 'react';
import {
  BACKENDS,
  OPTIMIZERS,
  TASK_LIMITS,
  TRAIN_LIMITS,
  type RawSettings,
  type SettingProblem,
} from '../../../config/playgroundConfig';
import { TASK_NAMES, taskInfo, type TaskName, type TaskParams } from '../../../tasks/tasks';
import { NETWORK_KINDS, NETWORK_LABELS, type NetworkKind } from '../../../trainer/networkKinds';
import { usePlayground } from '../../store';
import { Field, TCN_CONTROL_KEYS, type FieldSpec } from './ConfigEditor';

type TaskKey = keyof RawSettings['task'];
type TrainKey = keyof RawSettings['train'];

const FIXED_CHANNELS: Partial<Record<TaskName, string>> = {
  adding:
    'The adding problem always has 2 channels: the random numbers and the two markers. The TCN’s input_dim is 2.',
  copy_memory:
    'copy_memory feeds each step one-hot over 10 classes (blank, symbols 1–8, delimiter): always 10 channels. The TCN’s input_dim is 10.',
  series: 'A series has one channel per input column: the TCN’s input_dim is their number.',
};

export const TASK_FIELDS: Record<TaskKey, FieldSpec> = {
  name: {
    key: 'task',
    kind: 'select',
    options: TASK_NAMES,
    help: 'The sequence problem the TCN (plus a Dense layer) is trained on: a synthetic task, or a real series (shipped, or your own file).',
  },
  seq_len: {
    key: 'seq_len',
    kind: 'number',
    help: `Time steps in every sequence (2 to ${TASK_LIMITS.maxSeqLen}).`,
  },
  lag: {
    key: 'lag',
    kind: 'number',
    help: 'How many steps back the target looks: learnable only when the receptive field is longer.',
  },
  input_dim: {
    key: 'input_dim',
    kind: 'number',
    help: `Input channels of each step; this is the TCN’s input_dim (1 to ${TASK_LIMITS.maxTaskInputDim}).`,
  },
  noise: {
    key: 'noise',
    kind: 'number',
    unit: '0 = none',
    help: 'Standard deviation of the noise added (lag: to the target; sine: to the signal).',
  },
};

export const TRAIN_FIELDS: Record<TrainKey, FieldSpec> = {
  optimizer: {
    key: 'optimizer',
    kind: 'select',
    options: OPTIMIZERS,
    help: 'How each gradient becomes a weight update (adam and rmsprop adapt the step per weight).',
  },
  learning_rate: {
    key: 'learning_rate',
    kind: 'number',
    help: `Size of each update: above 0, at most ${TRAIN_LIMITS.maxLearningRate}.`,
  },
  momentum: {
    key: 'momentum',
    kind: 'number',
    help: 'sgd only: how much of the previous update is kept (0 is plain gradient descent; below 1).',
  },
  clipnorm: {
    key: 'clipnorm',
    kind: 'number',
    unit: '0 = off',
    help: 'Each variable’s gradient is scaled down to at most this norm, as Keras’s clipnorm.',
  },
  batch_size: {
    key: 'batch_size',
    kind: 'number',
    help: `Sequences per training step (1 to ${TRAIN_LIMITS.maxBatchSize}).`,
  },
  seed: {
    key: 'seed',
    kind: 'number',
    help: 'Seeds the initial weights (and dropout): the same seed gives the same start.',
  },
  data_seed: {
    key: 'data_seed',
    kind: 'number',
    help: 'Seeds the training data, separately from the weights.',
  },
  backend: {
    key: 'backend',
    kind: 'select',
    options: BACKENDS,
    optionLabel: (o) => (o === 'auto' ? 'auto (the fastest that works here)' : o),
    help: 'Where TensorFlow.js computes. auto takes WebGPU on a real GPU, else wasm.',
  },
  model: {
    key: 'model',
    kind: 'select',
    options: NETWORK_KINDS,
    optionLabel: (o) => NETWORK_LABELS[o as NetworkKind],
    help: 'What is trained: the TCN, or a recurrent baseline with units chosen so that its parameter count matches the TCN’s (within 10 %).',
  },
};

/** Flat keys of the task and training controls. */
const TASK_TRAIN_KEYS = [
  ...Object.values(TASK_FIELDS).map((f) => f.key),
  ...Object.values(TRAIN_FIELDS).map((f) => f.key),
];

/** The series panel's controls (SeriesPanel.tsx), shown while task=series. */
const SERIES_KEYS = ['data', 'columns', 'target', 'horizon'];

const TASK_PROBLEM_KEYS = ['task', 'seq_len', 'lag', 'input_dim', 'noise'];

const isTaskName = (v: unknown): v is TaskName => (TASK_NAMES as readonly unknown[]).includes(v);

/** The task settings as TaskParams when they are all valid, else null. */
function validTask(raw: RawSettings['task'], problems: SettingProblem[]): TaskParams | null {
  if (problems.some((p) => TASK_PROBLEM_KEYS.includes(p.key))) return null;
  const { name, seq_len, lag, input_dim, noise } = raw;
  if (!isTaskName(name)) return null;
  const task = { name, seq_len, lag, input_dim, noise } as TaskParams;
  if (![task.seq_len, task.lag, task.input_dim, task.noise].every(Number.isFinite)) return null;
  // Combinations that are only checked once the TCN is valid too.
  if (name === 'lag' && task.lag >= task.seq_len) return null;
  if (name === 'copy_memory' && task.seq_len < 21) return null;
  return task;
}

const fmt = (x: number) =>
  Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(3).replace(/\.?0+$/, '') : x.toExponential(2);

function TaskInfoCard({ task }: { task: TaskParams | null }) {
  const info = useMemo(() => (task ? taskInfo(task) : null), [task]);
  if (!task || !info) {
    return (
      <p className="task-info task-info-missing">
        What this task asks is shown once its settings above are valid.
      </p>
    );
  }
  return (
    <div className="task-info" aria-label="what the task asks">
      <p className="task-description">
        <strong>{info.title}.</strong> {info.description}
      </p>
      <dl>
        <dt>input</dt>
        <dd>
          <code>
            [batch, {task.seq_len}, {info.inputDim}]
          </code>{' '}
          ({info.inputDim} channel{info.inputDim === 1 ? '' : 's'})
        </dd>
        <dt>output</dt>
        <dd>
          <code>{info.outputShape}</code>{' '}
          {info.perStep ? '(an answer at every step)' : '(one answer per sequence)'}
        </dd>
        <dt>loss</dt>
        <dd>{info.loss === 'mse' ? 'mean squared error' : 'cross-entropy'}</dd>
        <dt>metric</dt>
        <dd>
          {info.metric.name} ({info.metric.higherIsBetter ? 'higher' : 'lower'} is better)
        </dd>
        <dt>trivial baseline</dt>
        <dd>
          loss {fmt(info.baseline.loss)}, {info.metric.name} {fmt(info.baseline.metric)} by{' '}
          {info.baseline.description}: a network must beat this to have learned anything.
        </dd>
      </dl>
    </div>
  );
}

export function TaskEditor() {
  const rawTask = usePlayground((s) => s.raw.task);
  const seriesColumns = usePlayground((s) =>
    Array.isArray(s.raw.data.columns) ? s.raw.data.columns.length : 0,
  );
  const problems = usePlayground((s) => s.problems);
  const setTaskField = usePlayground((s) => s.setTaskField);
  const task = useMemo(() => validTask(rawTask, problems), [rawTask, problems]);
  const name = isTaskName(rawTask.name) ? rawTask.name : null;
  const of = (key: string) => problems.filter((p) => p.key === key);
  // A control the task does not use is still shown while its value blocks training.
  const shows = (key: TaskKey, usedBy: TaskName[]) =>
    (name !== null && usedBy.includes(name)) || of(TASK_FIELDS[key].key).length > 0;
  const field = (key: TaskKey) => (
    <Field
      spec={TASK_FIELDS[key]}
      value={rawTask[key]}
      problems={of(TASK_FIELDS[key].key)}
      onValue={(v) => setTaskField(key, v)}
    />
  );
  const fixedChannels = name ? FIXED_CHANNELS[name] : undefined;

  return (
    <section className="editor" aria-labelledby="task-title">
      <h2 id="task-title">Task details</h2>
      {/* A series' window is chosen beside its columns (SeriesPanel). */}
      {name !== 'series' && field('seq_len')}
      {shows('lag', ['lag']) && field('lag')}
      {fixedChannels && of('input_dim').length === 0 ? (
        <Field
          spec={{ key: 'input_dim', kind: 'fixed', help: fixedChannels }}
          value={name === 'adding' ? 2 : name === 'series' ? seriesColumns : 10}
          problems={[]}
          onValue={() => {}}
        />
      ) : (
        field('input_dim')
      )}
      {shows('noise', ['lag', 'sine']) && field('noise')}
      <TaskInfoCard task={task} />
    </section>
  );
}

export function TrainEditor() {
  const rawTrain = usePlayground((s) => s.raw.train);
  const problems = usePlayground((s) => s.problems);
  const setTrainField = usePlayground((s) => s.setTrainField);
  const of = (key: string) => problems.filter((p) => p.key === key);
  const field = (key: TrainKey) => (
    <Field
      spec={TRAIN_FIELDS[key]}
      value={rawTrain[key]}
      problems={of(TRAIN_FIELDS[key].key)}
      onValue={(v) => setTrainField(key, v)}
    />
  );
  const showMomentum = rawTrain.optimizer === 'sgd' || of('momentum').length > 0;
  return (
    <section className="editor" aria-labelledby="train-title">
      <h2 id="train-title">Training</h2>
      <fieldset>
        <legend>Optimizer</legend>
        {field('optimizer')}
        {field('learning_rate')}
        {showMomentum && field('momentum')}
        {field('clipnorm')}
        {field('batch_size')}
      </fieldset>
      <fieldset>
        <legend>Seeds</legend>
        {field('seed')}
        {field('data_seed')}
      </fieldset>
      <fieldset>
        <legend>Where it runs</legend>
        {field('backend')}
      </fieldset>
    </section>
  );
}

/**
 * Above the settings: how many problems stop training, each a button that moves to its
 * control; and any problem whose key has no control on the page.
 */
export function ProblemSummary() {
  const all = usePlayground((s) => s.problems);
  const reading = usePlayground((s) => s.series.status === 'reading');
  // A series being read is not a problem to fix: the series panel says it is being read.
  const problems = reading ? all.filter((p) => p.key !== 'data') : all;
  if (problems.length === 0) return null;
  const keys = [...new Set(problems.map((p) => p.key))];
  const known = new Set([...TCN_CONTROL_KEYS, ...TASK_TRAIN_KEYS, ...SERIES_KEYS]);
  const unplaced = problems.filter((p) => !known.has(p.key));
  const focus = (key: string) => {
    const control = document.getElementById(`field-${key}`);
    const folded = control?.closest('details');
    if (folded) folded.open = true;
    control?.scrollIntoView({ block: 'center' });
    control?.focus();
  };
  return (
    <div className="problem-summary" role="status">
      <p>
        <strong>
          {problems.length === 1
            ? '1 problem stops training:'
            : `${problems.length} problems stop training:`}
        </strong>{' '}
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className="link-button"
            onClick={() => focus(key)}
            disabled={!known.has(key)}
          >
            {key}
          </button>
        ))}
      </p>
      {unplaced.length > 0 && (
        <ul className="field-problems">
          {unplaced.map((p, i) => (
            <li key={i}>
              <code>{p.key}</code>: {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
