// Classroom mode: the guided lessons and the panels a teacher can hide. Each lesson is a URL
// fragment (read with parseFragment, so the page loads it exactly as it loads a link); its
// sentences for the student live in the language files under `lessons.<id>`. Lesson ids appear
// in links (`&lesson=<id>`): keep them.
import { i18n, t } from '../i18n/core';

/** What a lesson's question hides until the class has answered it. */
type Concealed = 'receptive-field' | 'gradients' | 'loss';

/** A lesson as written below: everything but its texts. */
interface LessonSetup {
  /** In links: lowercase letters, digits and dashes; also the lesson's key in the language files. */
  id: string;
  /** The configuration the lesson starts from, in the share-link form (without the #). */
  fragment: string;
  /** The lesson asks the student to train: the panel shows play/pause and the loss. */
  train?: boolean;
  /** The picture the lesson talks about, shown beside it (the network picture is always shown). */
  picture?: 'lattice' | 'advisor';
  /** The lesson asks a question first (`lessons.<id>.question`); what the page hides till then. */
  conceals?: Concealed;
}

/**
 * A lesson with its texts, read from the language files on every access, so that they follow a
 * change of language.
 */
export interface Lesson extends Omit<LessonSetup, 'conceals'> {
  readonly title: string;
  /** What to look at. */
  readonly look: string;
  /** What to try, step by step. */
  readonly tryThis: string[];
  /** Why it happens (optional). */
  readonly why?: string;
  /**
   * A question the class answers before the page reveals it. Until then the page hides what
   * would give the answer away (`conceals`: the receptive-field figures, the gradient colours
   * and the dead-variable callout, or the loss chart).
   */
  readonly predict?: { question: string; answer: string; conceals: Concealed };
}

function lesson({ conceals, ...setup }: LessonSetup): Lesson {
  const key = `lessons.${setup.id}`;
  return {
    ...setup,
    get title() {
      return t(`${key}.title`);
    },
    get look() {
      return t(`${key}.look`);
    },
    get tryThis() {
      return i18n.t(`${key}.tryThis`, { returnObjects: true }) as string[];
    },
    get why() {
      return i18n.exists(`${key}.why`) ? t(`${key}.why`) : undefined;
    },
    get predict() {
      return conceals && { question: t(`${key}.question`), answer: t(`${key}.answer`), conceals };
    },
  };
}

/** keras-tcn's "Gradients do not exist" report (the same as the store's SEED_CASE_FRAGMENT). */
const SEED_CASE =
  'task=lag&seq_len=128&lag=4&input_dim=4&nb_filters=2&kernel_size=91&nb_stacks=1&dilations=1&padding=causal&use_skip_connections=true&dropout_rate=0&return_sequences=true&activation=relu';

const LAG_48 =
  'task=lag&seq_len=96&lag=48&input_dim=1&nb_filters=16&kernel_size=2&nb_stacks=1&padding=causal&use_skip_connections=true&return_sequences=true&learning_rate=0.005&batch_size=16&seed=1&data_seed=1';

export const LESSONS: readonly Lesson[] = (
  [
    {
      id: 'dilated-causal',
      picture: 'lattice',
      fragment:
        'task=lag&seq_len=24&lag=4&nb_filters=4&kernel_size=2&nb_stacks=1&dilations=4&padding=causal&use_skip_connections=false&return_sequences=true',
    },
    {
      id: 'receptive-field',
      fragment:
        'task=lag&seq_len=96&lag=8&nb_filters=8&kernel_size=2&nb_stacks=1&dilations=1,2,4&padding=causal&use_skip_connections=true&return_sequences=true',
      picture: 'lattice',
      conceals: 'receptive-field',
    },
    {
      id: 'lag-too-short',
      fragment: `${LAG_48}&dilations=1,2,4,8`,
      train: true,
      conceals: 'loss',
    },
    {
      id: 'lag-long-enough',
      fragment: `${LAG_48}&dilations=1,2,4,8,16,32`,
      train: true,
    },
    {
      id: 'missing-gradient',
      fragment: SEED_CASE,
      conceals: 'gradients',
      train: true,
    },
    {
      id: 'fix-two-blocks',
      fragment: SEED_CASE.replace('dilations=1&', 'dilations=1,2&'),
      train: true,
    },
    {
      id: 'fix-no-skip',
      fragment: SEED_CASE.replace('use_skip_connections=true', 'use_skip_connections=false'),
      train: true,
    },
    {
      id: 'fix-stacks',
      fragment: SEED_CASE.replace('nb_stacks=1', 'nb_stacks=2'),
      train: true,
    },
    {
      id: 'fix-filters',
      fragment: SEED_CASE.replace('nb_filters=2', 'nb_filters=4'),
      train: true,
    },
    {
      id: 'effective-field',
      picture: 'lattice',
      train: true,
      fragment:
        'task=lag&seq_len=96&lag=8&nb_filters=16&kernel_size=3&nb_stacks=1&dilations=1,2,4,8,16&padding=causal&use_skip_connections=true&return_sequences=true&learning_rate=0.005',
      conceals: 'receptive-field',
    },
    {
      id: 'perturbation-proof',
      picture: 'lattice',
      fragment:
        'task=lag&seq_len=48&lag=4&nb_filters=8&kernel_size=2&nb_stacks=1&dilations=1,2,4&padding=causal&use_skip_connections=true&return_sequences=true',
      conceals: 'receptive-field',
    },
    {
      id: 'choose-dilations',
      picture: 'advisor',
      train: true,
      fragment: `${LAG_48}&dilations=1,2,4,8`,
      conceals: 'loss',
    },
  ] satisfies LessonSetup[]
).map(lesson);

export function lessonById(id: string | undefined): Lesson | undefined {
  return id === undefined ? undefined : LESSONS.find((l) => l.id === id);
}

/** The panels a classroom link can hide (`&hide=variables,charts`), in page order. */
export const HIDEABLE_PANELS: readonly { id: string; readonly label: string }[] = [
  'settings',
  'summary',
  'variables',
  'receptive-field',
  'charts',
  'gradients',
  'export',
].map((id) => ({
  id,
  get label() {
    return t(`classroom.panels.${id}`);
  },
}));
