// What may stay in Latin letters in a translated screen: keras-tcn's and Keras's own names (what
// users see in their code and logs), product and format names, and units. Anything else in
// Latin letters on a Chinese screen is English left untranslated. Used by the catalogue test and
// by the browser suite that reads every screen state.

/** Whole words allowed as they are (compared case-sensitively). */
export const ALLOWED_LATIN = new Set([
  // keras-tcn, Keras and TensorFlow names
  'dilations',
  'padding',
  'activation',
  'TCN',
  'TCNs',
  'LSTM',
  'GRU',
  'SimpleRNN',
  'RNN',
  'Keras',
  'keras',
  'tcn',
  'keras-tcn',
  'TensorFlow',
  'TensorFlow.js',
  'tfjs',
  'tf',
  'Dense',
  'Conv1D',
  'Model',
  'Sequential',
  'Input',
  'kernel',
  'bias',
  'gamma',
  'beta',
  'relu',
  'tanh',
  'sigmoid',
  'linear',
  'gelu',
  'elu',
  'selu',
  'swish',
  'softmax',
  'causal',
  'same',
  'valid',
  'adam',
  'rmsprop',
  'sgd',
  'Adam',
  'RMSprop',
  'SGD',
  'True',
  'False',
  'None',
  'true',
  'false',
  'he_normal',
  'glorot_uniform',
  'fit',
  'compile',
  'clipnorm',
  'mse',
  'mae',

  // back ends, formats, tools
  'WebGPU',
  'WebGL',
  'wasm',
  'WebAssembly',
  'cpu',
  'webgpu',
  'webgl',
  'auto',
  'CPU',
  'GPU',
  'SIMD',
  'SwiftShader',
  'CSV',
  'TSV',
  'JSON',
  'Python',
  'pip',
  'iframe',
  'HTML',
  'URL',
  'PNG',
  'SVG',
  'MSE',
  'MAE',
  'RMSE',
  'ERF',
  'TensorFlow Playground',
  'Playground',
  'GitHub',
  'vega-datasets',
  'Vega',
  'NOAA',
  'Mauna',
  'Loa',
  'Seattle',
  'arXiv',
  'Bai',
  'Kolter',
  'Koltun',
  'Luo',
  'et',
  'al',
  'MIT',
  // units and symbols
  'Ctrl',
  // the browser's own error names, quoted in crash notices
  'Uncaught',
  'Error',
  'TypeError',
  'RangeError',
  'Home',
  'End',
  'log',
  'log10',
  'exp',
  'max',
  'min',
  'Shift',
  'Enter',
  'Esc',
  'y',
  'L',
  'ms',
  's',
  'B',
  'TB',
  'kB',
  'MB',
  'GB',
  'KiB',
  'MiB',
  'px',
  'Hz',
  'x',
  'e',
  't',
  'T',
  'k',
  'd',
  'n',
  'N',
  'h',
  'ppm',
  'C',
  'F',
  'K',
]);

/** "Gradients do not exist for variables ['kernel', 'bias'] when minimizing the loss…" */
export const KERAS_WARNING =
  /Gradients do not exist for variables( \[[^\]]*\])?( when minimizing the loss)?(\. If you're using `model\.compile\(\)`, did you forget to provide a `loss` argument\?)?/g;

/**
 * Latin words in `text` that are neither allowed names nor identifiers (a word with `_`, a digit
 * or an inner capital, like nb_filters, conv1D or matchingConv, is code).
 */
export function untranslatedWords(text: string): string[] {
  // Keras's own warning is quoted as Keras prints it; a variable's path (dense/kernel,
  // tcn/residual_block_0/…) is a name.
  const prose = text.replace(KERAS_WARNING, ' ').replace(/\S*\w\/\w\S*/g, ' ');
  const words = prose.match(/[A-Za-z][A-Za-z0-9_.\-']*[A-Za-z0-9_]|[A-Za-z]/g) ?? [];
  return words.filter((word) => {
    if (ALLOWED_LATIN.has(word)) return false;
    // A lone letter is a symbol of a formula (‖g‖, y_t, L layers), not a word.
    if (word.length === 1) return false;
    if (/[_0-9]/.test(word) || /[a-z][A-Z]/.test(word)) return false;
    // A dotted name is code (tf.memory, tf.keras.layers).
    if (/[a-z]\.[a-z]/i.test(word)) return false;
    // A hyphenated one whose parts are all allowed.
    const parts = word.split(/[.\-']/).filter(Boolean);
    if (parts.length > 1 && parts.every((p) => ALLOWED_LATIN.has(p) || /[_0-9]/.test(p)))
      return false;
    return true;
  });
}
