// Ready-made configurations: the keras-tcn report this page was built around, one preset per fix
// of it, a few lessons, and the synthetic tasks of Bai, Kolter & Koltun (2018) with their
// settings (src/tasks/paperResults.ts holds the numbers the paper reports for them). Each is a
// share-link fragment, read with parseFragment (keys left out take the playground's defaults).
import { SEED_CASE_FRAGMENT } from './store';

export interface Preset {
  id: string;
  name: string;
  /** One line: what to look at. */
  description: string;
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

export const PRESETS: readonly Preset[] = [
  {
    id: 'seed-case',
    name: 'The seed case',
    description:
      'keras-tcn’s “Gradients do not exist for variables”: one block, skip connections, 4 input channels into 2 filters.',
    fragment: SEED_CASE_FRAGMENT,
    group: 'seed case',
  },
  {
    id: 'fix-dilations',
    name: 'Fix: dilations [1, 2]',
    description: 'A second residual block reads the first block’s residual output.',
    fragment: seedCaseWith({ dilations: '1,2' }),
    group: 'seed case',
  },
  {
    id: 'fix-skip-off',
    name: 'Fix: skip connections off',
    description: 'The output is the last residual output, which includes matching_conv1D.',
    fragment: seedCaseWith({ use_skip_connections: 'false' }),
    group: 'seed case',
  },
  {
    id: 'fix-stacks',
    name: 'Fix: nb_stacks 2',
    description: 'Repeating the dilations makes the first block’s residual output feed the next.',
    fragment: seedCaseWith({ nb_stacks: '2' }),
    group: 'seed case',
  },
  {
    id: 'fix-filters',
    name: 'Fix: nb_filters 4 = input_dim',
    description: 'With as many filters as input channels no matching_conv1D is built at all.',
    fragment: seedCaseWith({ nb_filters: '4' }),
    group: 'seed case',
  },
  {
    id: 'lag-fails',
    name: 'Lag fails',
    description:
      'Lag 48 with a receptive field of 31 (kernel 2, dilations 1, 2, 4, 8): it cannot see far enough.',
    fragment:
      'v=1&task=lag&seq_len=96&lag=48&input_dim=1&nb_filters=16&kernel_size=2&nb_stacks=1&dilations=1,2,4,8&return_sequences=true',
    group: 'lessons',
  },
  {
    id: 'lag-succeeds',
    name: 'Lag succeeds',
    description: 'The same lag 48 with dilations 1 to 32: a receptive field of 127 reaches it.',
    fragment:
      'v=1&task=lag&seq_len=96&lag=48&input_dim=1&nb_filters=16&kernel_size=2&nb_stacks=1&dilations=1,2,4,8,16,32&return_sequences=true',
    group: 'lessons',
  },
  {
    id: 'adding',
    name: 'Adding problem',
    description:
      'Sum the two marked numbers of 50: one answer per sequence, receptive field 61 covers it all.',
    fragment:
      'v=1&task=adding&seq_len=50&nb_filters=16&kernel_size=3&nb_stacks=1&dilations=1,2,4,8&return_sequences=false&batch_size=32&learning_rate=0.01',
    group: 'lessons',
  },
  {
    id: 'paper-adding',
    name: 'Paper: adding, TCN',
    description:
      'The paper’s TCN for the adding problem, at T=200 instead of 600 so that a browser trains it in minutes.',
    fragment: PAPER_ADDING,
    group: 'paper',
  },
  {
    id: 'paper-adding-lstm',
    name: 'Paper: adding, LSTM',
    description:
      'The same adding problem with an LSTM of about the TCN’s parameter count, the paper’s recurrent baseline.',
    fragment: `${PAPER_ADDING}&model=lstm`,
    group: 'paper',
  },
  {
    id: 'paper-copy',
    name: 'Paper: copy memory, TCN',
    description:
      'The paper’s TCN for copy memory, recalling 10 symbols after a blank of T=500 instead of 1000.',
    fragment: PAPER_COPY,
    group: 'paper',
  },
  {
    id: 'paper-copy-lstm',
    name: 'Paper: copy memory, LSTM',
    description:
      'The same copy memory task with an LSTM of about the TCN’s parameter count, the paper’s recurrent baseline.',
    fragment: `${PAPER_COPY}&model=lstm`,
    group: 'paper',
  },
];
