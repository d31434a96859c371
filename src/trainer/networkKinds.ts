// The networks a trainer can train, in a module of its own so that the CLI can check its
// --model flag without loading TensorFlow.js.
export const NETWORK_KINDS = ['tcn', 'lstm', 'gru', 'rnn'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** How the page names each network. */
export const NETWORK_LABELS: Record<NetworkKind, string> = {
  tcn: 'TCN',
  lstm: 'LSTM (matched)',
  gru: 'GRU (matched)',
  rnn: 'SimpleRNN (matched)',
};
