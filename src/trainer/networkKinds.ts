// The networks a trainer can train, in a module of its own so that the CLI can check its
// --model flag without loading TensorFlow.js.
import { t } from '../i18n/core';

export const NETWORK_KINDS = ['tcn', 'lstm', 'gru', 'rnn'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** How the page names each network, read in the current language. */
export const NETWORK_LABELS: Readonly<Record<NetworkKind, string>> = {
  tcn: 'TCN',
  get lstm() {
    return t('runtime.network.label.lstm');
  },
  get gru() {
    return t('runtime.network.label.gru');
  },
  get rnn() {
    return t('runtime.network.label.rnn');
  },
};
