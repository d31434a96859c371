// Ready-made configurations: the keras-tcn report this page was built around, one preset per fix
// of it, and a few lessons. Each is a share-link fragment, read with parseFragment (keys left
// out take the playground's defaults).
import { SEED_CASE_FRAGMENT } from './store';

export interface Preset {
  id: string;
  name: string;
  /** One line: what to look at. */
  description: string;
  /** A URL fragment without the leading #. */
  fragment: string;
  group: 'seed case' | 'lessons';
}

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
];
