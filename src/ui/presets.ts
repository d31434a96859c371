// Ready-made configurations: the keras-tcn report this page was built around, one preset per fix
// of it, a few lessons, and the synthetic tasks of Bai, Kolter & Koltun (2018) with their
// settings (src/tasks/paperResults.ts holds the numbers the paper reports for them). Each is a
// share-link fragment, read with parseFragment (keys left out take the playground's defaults).
import { t } from '../i18n/core';
import { SEED_CASE_FRAGMENT } from './store';

export interface Preset {
  id: string;
  /** In the current language. */
  readonly name: string;
  /** One line in the current language: what to look at. */
  readonly description: string;
  /** A URL fragment without the leading #. */
  fragment: string;
  group: 'seed case' | 'lessons' | 'paper';
}

/**
 * The paper's TCN settings for the adding problem (kernel 6, 7 levels of 27 filters, no dropout,
 * Adam, batch 32), at T=200; the learning rate and clipping are the defaults of locuslab/TCN's
 * TCN/adding_problem/add_test.py: --lr 4e-3, --clip -1 (no clipping).
 */
const PAPER_ADDING =
  'v=1&task=adding&seq_len=200&nb_filters=27&kernel_size=6&nb_stacks=1&dilations=1,2,4,8,16,32,64&dropout_rate=0&return_sequences=false&optimizer=adam&learning_rate=0.004&clipnorm=0&batch_size=32';

/**
 * The paper's TCN settings for copy memory (kernel 6, 9 levels of 10 filters, dropout 0.05), at
 * T=500 (seq_len = T + 20); RMSprop at 5e-4, clipping at 1 and batch 32 are also the defaults of
 * locuslab/TCN's TCN/copy_memory/copymem_test.py.
 */
const PAPER_COPY =
  'v=1&task=copy_memory&seq_len=520&nb_filters=10&kernel_size=6&nb_stacks=1&dilations=1,2,4,8,16,32,64,128,256&dropout_rate=0.05&return_sequences=true&optimizer=rmsprop&learning_rate=0.0005&clipnorm=1&batch_size=32';

/** The seed case with some settings changed. */
function seedCaseWith(changes: Record<string, string>): string {
  const params = new URLSearchParams(SEED_CASE_FRAGMENT);
  for (const [key, value] of Object.entries(changes)) params.set(key, value);
  return params.toString().replace(/%2C/g, ',');
}

/** Keras's warning, quoted in a description as Keras prints it, in every language. */
const KERAS_WARNING = 'Gradients do not exist for variables';

/** A preset whose texts are app.examples.presets.<text>, read in the language of the moment. */
function preset(text: string, fields: Omit<Preset, 'name' | 'description'>): Preset {
  const key = `app.examples.presets.${text}`;
  return {
    ...fields,
    get name() {
      return t(`${key}.name`);
    },
    get description() {
      return t(`${key}.description`, { warning: KERAS_WARNING });
    },
  };
}

export const PRESETS: readonly Preset[] = [
  preset('seedCase', {
    id: 'seed-case',
    fragment: SEED_CASE_FRAGMENT,
    group: 'seed case',
  }),
  preset('fixDilations', {
    id: 'fix-dilations',
    fragment: seedCaseWith({ dilations: '1,2' }),
    group: 'seed case',
  }),
  preset('fixSkipOff', {
    id: 'fix-skip-off',
    fragment: seedCaseWith({ use_skip_connections: 'false' }),
    group: 'seed case',
  }),
  preset('fixStacks', {
    id: 'fix-stacks',
    fragment: seedCaseWith({ nb_stacks: '2' }),
    group: 'seed case',
  }),
  preset('fixFilters', {
    id: 'fix-filters',
    fragment: seedCaseWith({ nb_filters: '4' }),
    group: 'seed case',
  }),
  preset('lagFails', {
    id: 'lag-fails',
    fragment:
      'v=1&task=lag&seq_len=96&lag=48&input_dim=1&nb_filters=16&kernel_size=2&nb_stacks=1&dilations=1,2,4,8&return_sequences=true',
    group: 'lessons',
  }),
  preset('lagSucceeds', {
    id: 'lag-succeeds',
    fragment:
      'v=1&task=lag&seq_len=96&lag=48&input_dim=1&nb_filters=16&kernel_size=2&nb_stacks=1&dilations=1,2,4,8,16,32&return_sequences=true',
    group: 'lessons',
  }),
  preset('adding', {
    id: 'adding',
    fragment:
      'v=1&task=adding&seq_len=50&nb_filters=16&kernel_size=3&nb_stacks=1&dilations=1,2,4,8&return_sequences=false&batch_size=32&learning_rate=0.01',
    group: 'lessons',
  }),
  preset('paperAdding', {
    id: 'paper-adding',
    fragment: PAPER_ADDING,
    group: 'paper',
  }),
  preset('paperAddingLstm', {
    id: 'paper-adding-lstm',
    fragment: `${PAPER_ADDING}&model=lstm`,
    group: 'paper',
  }),
  preset('paperCopy', {
    id: 'paper-copy',
    fragment: PAPER_COPY,
    group: 'paper',
  }),
  preset('paperCopyLstm', {
    id: 'paper-copy-lstm',
    fragment: `${PAPER_COPY}&model=lstm`,
    group: 'paper',
  }),
];
