// The task the TCN learns (with what it asks, its loss and the score of a trivial answer) and the
// training settings: optimizer, learning rate, clipping, batch, seeds and backend. Every problem
// is shown under the control whose key it names; nothing is clamped.
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  BACKENDS,
  OPTIMIZERS,
  TASK_LIMITS,
  TRAIN_LIMITS,
  type RawSettings,
  type SettingProblem,
} from '../../../config/playgroundConfig';
import { TASK_NAMES, taskInfo, type TaskName, type TaskParams } from '../../../tasks/tasks';
import { NETWORK_KINDS } from '../../../trainer/networkKinds';
import { usePlayground } from '../../store';
import { Field } from './ConfigEditor';
import { focusSetting } from './focusSetting';
import { TCN_CONTROL_KEYS, type FieldSpec } from './fieldSpecs';

type TaskKey = keyof RawSettings['task'];
type TrainKey = keyof RawSettings['train'];

/** Tasks whose input channels are fixed: the key of the text that says why. */
const FIXED_CHANNELS: Partial<Record<TaskName, string>> = {
  adding: 'settings.task.fixedChannels.adding',
  copy_memory: 'settings.task.fixedChannels.copy_memory',
  series: 'settings.task.fixedChannels.series',
};

export const TASK_FIELDS: Record<TaskKey, FieldSpec> = {
  name: {
    key: 'task',
    kind: 'select',
    options: TASK_NAMES,
    // The link keeps the task's name; the list says it in words.
    optionLabel: (o, t) => t(`settings.task.names.${o}`),
    help: 'settings.task.help.task',
  },
  seq_len: {
    key: 'seq_len',
    kind: 'number',
    help: 'settings.task.help.seq_len',
    helpValues: { max: TASK_LIMITS.maxSeqLen },
  },
  lag: {
    key: 'lag',
    kind: 'number',
    help: 'settings.task.help.lag',
  },
  input_dim: {
    key: 'input_dim',
    kind: 'number',
    help: 'settings.task.help.input_dim',
    helpValues: { max: TASK_LIMITS.maxTaskInputDim },
  },
  noise: {
    key: 'noise',
    kind: 'number',
    unit: 'settings.task.noiseUnit',
    help: 'settings.task.help.noise',
  },
};

export const TRAIN_FIELDS: Record<TrainKey, FieldSpec> = {
  optimizer: {
    key: 'optimizer',
    kind: 'select',
    options: OPTIMIZERS,
    help: 'settings.train.help.optimizer',
  },
  learning_rate: {
    key: 'learning_rate',
    kind: 'number',
    help: 'settings.train.help.learning_rate',
    helpValues: { max: TRAIN_LIMITS.maxLearningRate },
  },
  momentum: {
    key: 'momentum',
    kind: 'number',
    help: 'settings.train.help.momentum',
  },
  clipnorm: {
    key: 'clipnorm',
    kind: 'number',
    unit: 'settings.train.clipnormUnit',
    help: 'settings.train.help.clipnorm',
  },
  batch_size: {
    key: 'batch_size',
    kind: 'number',
    help: 'settings.train.help.batch_size',
    helpValues: { max: TRAIN_LIMITS.maxBatchSize },
  },
  seed: {
    key: 'seed',
    kind: 'number',
    help: 'settings.train.help.seed',
  },
  data_seed: {
    key: 'data_seed',
    kind: 'number',
    help: 'settings.train.help.data_seed',
  },
  backend: {
    key: 'backend',
    kind: 'select',
    options: BACKENDS,
    optionLabel: (o, t) => (o === 'auto' ? t('settings.train.backendAuto') : o),
    help: 'settings.train.help.backend',
  },
  model: {
    key: 'model',
    kind: 'select',
    options: NETWORK_KINDS,
    optionLabel: (o, t) => t(`settings.train.networks.${o}`),
    help: 'settings.train.help.model',
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
  const { t } = useTranslation();
  const info = useMemo(() => (task ? taskInfo(task) : null), [task]);
  if (!task || !info) {
    return <p className="task-info task-info-missing">{t('settings.task.info.missing')}</p>;
  }
  const metric = info.metric.name;
  return (
    <div className="task-info" aria-label={t('settings.task.info.label')}>
      <p className="task-description">
        <strong>{t('settings.task.info.title', { title: info.title })}</strong> {info.description}
      </p>
      <dl>
        <dt>{t('settings.task.info.input')}</dt>
        <dd>
          <code translate="no">
            [batch, {task.seq_len}, {info.inputDim}]
          </code>{' '}
          {t('settings.task.info.channels', { count: info.inputDim })}
        </dd>
        <dt>{t('settings.task.info.output')}</dt>
        <dd>
          <code>{info.outputShape}</code>{' '}
          {t(info.perStep ? 'settings.task.info.perStep' : 'settings.task.info.perSequence')}
        </dd>
        <dt>{t('settings.task.info.loss')}</dt>
        <dd>
          {t(info.loss === 'mse' ? 'settings.task.info.mse' : 'settings.task.info.crossEntropy')}
        </dd>
        <dt>{t('settings.task.info.metric')}</dt>
        <dd>
          {t(
            info.metric.higherIsBetter
              ? 'settings.task.info.higherIsBetter'
              : 'settings.task.info.lowerIsBetter',
            { metric },
          )}
        </dd>
        <dt>{t('settings.task.info.baseline')}</dt>
        <dd>
          {t('settings.task.info.baselineScore', {
            loss: fmt(info.baseline.loss),
            metric,
            value: fmt(info.baseline.metric),
            how: info.baseline.description,
          })}
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
  const { t } = useTranslation();
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
      <h2 id="task-title">{t('settings.task.title')}</h2>
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
  const { t } = useTranslation();
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
      <h2 id="train-title">{t('settings.train.title')}</h2>
      <fieldset>
        <legend>{t('settings.train.groups.optimizer')}</legend>
        {field('optimizer')}
        {field('learning_rate')}
        {showMomentum && field('momentum')}
        {field('clipnorm')}
        {field('batch_size')}
      </fieldset>
      <fieldset>
        <legend>{t('settings.train.groups.seeds')}</legend>
        {field('seed')}
        {field('data_seed')}
      </fieldset>
      <fieldset>
        <legend>{t('settings.train.groups.backend')}</legend>
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
  const { t } = useTranslation();
  const all = usePlayground((s) => s.problems);
  const reading = usePlayground((s) => s.series.status === 'reading');
  // A series being read is not a problem to fix: the series panel says it is being read.
  const problems = reading ? all.filter((p) => p.key !== 'data') : all;
  if (problems.length === 0) return null;
  const keys = [...new Set(problems.map((p) => p.key))];
  const known = new Set([...TCN_CONTROL_KEYS, ...TASK_TRAIN_KEYS, ...SERIES_KEYS]);
  const unplaced = problems.filter((p) => !known.has(p.key));
  return (
    <div className="problem-summary" role="status">
      <p>
        <strong>{t('settings.problems.count', { count: problems.length })}</strong>{' '}
        {keys.map((key) => (
          <button
            key={key}
            type="button"
            className="link-button"
            onClick={() => focusSetting(key)}
            disabled={!known.has(key)}
            translate="no"
          >
            {key}
          </button>
        ))}
      </p>
      {unplaced.length > 0 && (
        <ul className="field-problems">
          {unplaced.map((p, i) => (
            <li key={i}>
              <Trans
                i18nKey="settings.namedMessage"
                values={{ name: p.key, message: p.message }}
                components={{ code: <code /> }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
