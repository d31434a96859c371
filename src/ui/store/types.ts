// The shapes of the page's state (see index.ts for the store that holds it).
import type {
  Notice,
  PlaygroundConfig,
  RawSettings,
  SettingProblem,
  ViewSettings,
} from '../../config/playgroundConfig';
import type { TcnConfig, TcnKey } from '../../engine/config';
import type { Reachability } from '../../engine/reachability';
import type { ReceptiveFieldLayer } from '../../engine/receptiveField';
import type { VariableSpec } from '../../engine/variables';
import type { TaskInfo } from '../../tasks/tasks';
import type {
  BackendStatus,
  ExportCheck,
  StepStats,
  VariableInfo,
  WeightSnapshot,
  WorkerMemory,
} from '../../worker/protocol';
import type { History } from './history';
import type { SeriesFile, SeriesView } from './series';

/** Everything the page shows about one buildable TCN. */
export interface ModelView {
  config: TcnConfig;
  variables: VariableSpec[];
  parameters: number;
  trainableParameters: number;
  receptiveField: number;
  breakdown: ReceptiveFieldLayer[];
  reachability: Reachability;
}

export interface PinnedRun {
  label: string;
  variables: string[];
  history: History;
  /** The network it trained (the TCN or a baseline), and its speed when pinned. */
  network: string | null;
  stepsPerSecond: number;
}

export interface TrainingView {
  backend: BackendStatus | null;
  variables: VariableInfo[];
  task: TaskInfo | null;
  /** What the worker trains: "TCN: 4,849 parameters" or the matched baseline. */
  network: string | null;
  running: boolean;
  step: number;
  stepsPerSecond: number;
  latest: StepStats | null;
  history: History;
  sample: NonNullable<StepStats['heldOut']>['sample'] | null;
  /** Why training stopped on its own, or why the worker failed. */
  pausedMessage: string | null;
  /** Backend fallbacks and the like, newest last. */
  notices: string[];
  /** Problems the worker reported when asked to build. */
  workerProblems: SettingProblem[];
  /** Measured |∂y_t/∂x_s| for one output step, from the worker. */
  sensitivity: { outputStep: number; step: number; values: number[] } | null;
  /** The proof by perturbation for one output step (null change: a recurrent baseline). */
  perturbation: { outputStep: number; step: number; change: number[] | null } | null;
  /** What TensorFlow.js holds in the worker after the latest step. */
  memory: WorkerMemory | null;
}

export interface PlaygroundState {
  raw: RawSettings;
  /** Every problem with the edited settings, each naming the control to change. */
  problems: SettingProblem[];
  /** The configuration, when it can train. */
  config: PlaygroundConfig | null;
  /** The model of the TCN; while it cannot be built, the last one that could. */
  model: ModelView;
  stale: boolean;
  engineError: string | null;
  /** What a link changed or ignored when it was opened (shown until dismissed). */
  urlNotices: Notice[];
  training: TrainingView;
  pinned: PinnedRun | null;
  /** task=series: the table read, or what is still missing. */
  series: SeriesView;
  /** Classroom mode, hidden panels and the open lesson; carried in the link. */
  view: ViewSettings;

  setTcnField: (key: TcnKey, value: unknown) => void;
  setTaskField: (key: keyof RawSettings['task'], value: unknown) => void;
  setTrainField: (key: keyof RawSettings['train'], value: unknown) => void;
  setDataField: (key: keyof RawSettings['data'], value: unknown) => void;
  applyFix: (change: Partial<TcnConfig>) => void;
  /** Replaces every setting (a link, a preset, an uploaded file). */
  /**
   * Replaces every setting (a link, a preset, an uploaded file). A link passes `raw`, the
   * settings as its form shows them (typed values it cannot use kept as written).
   */
  load: (
    config: PlaygroundConfig,
    notices?: Notice[],
    view?: ViewSettings,
    raw?: RawSettings,
  ) => void;
  setView: (view: ViewSettings) => void;
  /** The language changed: texts the store made (the settings' problems) are made again. */
  relocalize: () => void;
  /** Every setting at once, as the form would hold them (a pasted TCN laid over them). */
  replaceSettings: (raw: RawSettings) => void;
  /** Reads the user's file; the settings change only when it is accepted. */
  openSeriesFile: (file: SeriesFile) => void;
  /** Reads the last file again, dropping rows with missing values or carrying values forward. */
  retrySeriesMissing: (policy: 'drop' | 'carry') => void;
  /** A shipped series by id, or `file`: back to the user's file (or asks for one). */
  chooseSeriesSource: (source: string) => void;
  dismissUrlNotices: () => void;
  /** Hides the training notices (backend switches, worker restarts) shown so far. */
  dismissTrainingNotices: () => void;
  /** Shows a notice from outside the trainer (a new version of the app, offline use). */
  notify: (text: string) => void;
  play: () => void;
  pause: () => void;
  step: () => void;
  /** Back to step 0 with the same initial weights. */
  reset: () => void;
  /** A different seed: new initial weights. */
  newWeights: () => void;
  pin: () => void;
  unpin: () => void;
  requestSnapshot: () => Promise<WeightSnapshot>;
  /**
   * The weights and the held-out check of a keras-tcn export (see Trainer.exportCheck); rejects
   * when the worker reports an error first.
   */
  requestExport: () => Promise<{ snapshot: WeightSnapshot; check: ExportCheck }>;
  /** Asks the worker for |∂y_t/∂x_s| at output step t with the current weights. */
  measureSensitivity: (outputStep: number) => void;
  /** Asks the worker to nudge each input step alone and report the output's change at t. */
  perturb: (outputStep: number) => void;
  loadWeights: (snapshot: WeightSnapshot) => void;
}
