// English texts of the "runtime" keys (merged into locales/en.ts): what the training worker, its
// client, the backends, the trainer, the tasks and the file reader tell the user.
export default {
  /** Between the items of a list of reasons or places. */
  separator: '; ',
  client: {
    crash: {
      errorAt: '{{message}} at {{file}}:{{line}}',
      scriptFailed: 'its script failed to load or threw',
      unreadable: 'a message from it could not be read',
      stopped: 'it stopped running',
      silent: 'it gave no sign of life for {{seconds}} s',
      silentSteps: 'it gave no sign of life for {{seconds}} s; its steps took at most {{ms}} ms',
    },
    gaveUp: {
      fromStep:
        'The training worker crashed {{crashes}} times within a minute (last: {{reason}}), so training paused. The settings, the history and the weights of step {{step}} are kept: press play to try again in a new worker.',
      fromInitial:
        'The training worker crashed {{crashes}} times within a minute (last: {{reason}}), so training paused. The settings, the history and new initial weights are kept: press play to try again in a new worker.',
    },
    restarted: {
      fromStepWithState:
        "The training worker crashed ({{reason}}). A new worker continues from the weights of step {{step}} (with the optimizer's state and the data position).",
      fromStepWithStatePaused:
        "The training worker crashed ({{reason}}). A new worker continues from the weights of step {{step}} (with the optimizer's state and the data position), paused.",
      fromStep:
        'The training worker crashed ({{reason}}). A new worker continues from the weights of step {{step}}.',
      fromStepPaused:
        'The training worker crashed ({{reason}}). A new worker continues from the weights of step {{step}}, paused.',
      fromInitial:
        'The training worker crashed ({{reason}}). A new worker continues from new initial weights.',
      fromInitialPaused:
        'The training worker crashed ({{reason}}). A new worker continues from new initial weights, paused.',
    },
  },
  worker: {
    moved:
      "{{cause}}. Training moved to {{backend}} and continues from the weights of step {{step}} (with the optimizer's state and the data position), the last copy kept outside the {{failed}} backend.",
    movedRerun:
      "{{cause}}. Training moved to {{backend}} and continues from the weights of step {{step}} (with the optimizer's state and the data position), the last copy kept outside the {{failed}} backend. Steps {{from}}–{{to}} are run again, on the same batches.",
    backendFailedStep: 'the {{backend}} backend failed during step {{step}} ({{error}})',
    stepFailed:
      'Step {{step}} failed on {{backend}}: {{error}}. Training paused; the weights are those after step {{previous}}.',
    notAvailable: 'The {{requested}} backend is not available: {{reason}}.',
    weightsNotKept:
      'The weights could not be kept ({{error}}); training starts from new initial weights.',
    nothingBuilt: 'Nothing to train: the configuration did not build.',
    nothingToStart: 'Nothing to train: send a configuration that builds first.',
    nothingToReset: 'Nothing to reset: no configuration has been built.',
    noWeights: 'No weights: no configuration has been built.',
    nothingToExport: 'Nothing to export: no configuration has been built.',
    cannotLoad: 'Cannot load weights: no configuration has been built.',
    gpuLostReading: 'The GPU was lost while reading the weights.',
    unknownMessage: 'Unknown message {{type}}.',
    uncaught: 'Worker: {{error}}',
  },
  backends: {
    noWebgpu: 'this browser has no WebGPU (navigator.gpu is absent)',
    adapterRequestFailed: 'WebGPU adapter request failed ({{error}})',
    noAdapter: 'no WebGPU adapter (requestAdapter returned null)',
    softwareAdapter: 'WebGPU adapter is software ({{adapter}})',
    unknownVendor: 'unknown vendor',
    unknownArchitecture: 'unknown architecture',
    notRegistered: 'not registered',
    didNotStartBecause: 'it did not start ({{error}})',
    didNotStartWebgpu: 'it did not start (no WebGPU adapter or device)',
    didNotStartWebgl: 'it did not start (no WebGL context)',
    didNotStart: 'it did not start',
    computedWrong: 'it computed 1+3, 2+3 as {{first}}, {{second}}',
    threads: {
      notIsolated:
        'the page is not cross-origin isolated, so wasm cannot share memory between threads',
      noThreadedWasm: 'this browser cannot run threaded WebAssembly',
      oneAsked: 'one thread was asked for',
      cores_one: 'this device has {{count}} core',
      cores_other: 'this device has {{count}} cores',
    },
    failed: '{{backend}} failed: {{error}}',
    noneWorks: 'No TensorFlow.js backend works here: {{failures}}',
    asRequested: 'as requested',
    asRequestedAdapter: 'as requested ({{adapter}})',
    asRequestedSoftware:
      'as requested; the adapter ({{adapter}}) is software, expect it to be slower than wasm',
    webgpuLost: 'the WebGPU device was lost ({{reason}})',
    webgpuLostMessage: 'the WebGPU device was lost ({{reason}}: {{message}})',
    webglLost: 'the WebGL context was lost',
  },
  trial: {
    threads_one: '{{backend}} ×{{count}} thread',
    threads_other: '{{backend}} ×{{count}} threads',
    notMeasured: 'not measured',
    rate: '{{backend}} {{rate}} steps/s',
    skipped: 'skipped: {{why}}',
    skippedNoWebgl: 'skipped: no WebGL here',
    skippedSoftware: 'skipped: software renderer ({{renderer}})',
    didNotStart: 'did not start ({{error}})',
    failedStep: 'failed a step ({{error}})',
    fastest: 'fastest here by measurement: {{figures}}',
  },
  trainer: {
    gradientNotFinite:
      "Step {{step}}: the gradient of {{variable}} is not finite (NaN or infinity). Training paused; the weights are those after step {{previous}} and the optimizer's state starts afresh. Lower the learning rate or turn clipnorm on, then press play.",
    lossNotFinite:
      "Step {{step}}: the loss is not finite (NaN or infinity). Training paused; the weights are those after step {{previous}} and the optimizer's state starts afresh. Lower the learning rate, then press play.",
    seriesNeedsFile:
      'a series task trains on its file: open it (or choose a shipped series) first.',
    inputDimMismatch:
      "the data has {{columns}} input column(s) but the TCN's input_dim is {{inputDim}}.",
    weightMismatch: 'weight {{name}} is missing or misshaped',
  },
  network: {
    label: {
      lstm: 'LSTM (matched)',
      gru: 'GRU (matched)',
      rnn: 'SimpleRNN (matched)',
    },
    tcn: 'TCN: {{params, number}} parameters',
    matched:
      "{{kind}}, {{units}} units: {{params, number}} parameters against the TCN's {{tcnParams, number}} with its Dense head ({{off}} %)",
    closest:
      "{{kind}}, {{units}} units: {{params, number}} parameters against the TCN's {{tcnParams, number}} with its Dense head ({{off}} %, the closest it can get)",
  },
  tasks: {
    adding: {
      title: 'Adding problem',
      description:
        'Channel 0 holds random numbers in [0, 1); channel 1 marks two of them with a 1. The answer is the sum of the two marked numbers, given once at the end of the sequence.',
      baseline: 'always answering 1',
    },
    copyMemory: {
      title: 'Copy memory',
      description:
        'Ten symbols (1–8), then {{blank}} blank steps ending in a delimiter; in the last ten steps the network must repeat the ten symbols. It needs a receptive field of at least {{needed}} steps.',
      metric: 'recall accuracy',
      baseline: 'a memoryless guess: blank everywhere, a random symbol in the last ten steps',
    },
    lag: {
      title: 'Lag',
      description:
        'White noise on {{channels}} channel(s); the target at step t is channel 0 at step t − {{lag}}. Learnable only when the receptive field is longer than the lag.',
      baseline: 'always answering 0',
    },
    series: {
      title: 'Real series',
      description:
        'Every step of a {{seqLen}}-row window forecasts the target column some rows later; the last 20 % of rows are held out.',
      baseline: 'persistence: repeating the last known value (measured once the series is read)',
    },
    sine: {
      title: 'Sine forecasting',
      description:
        'A noisy mixture of sines on {{channels}} channel(s); at every step the network predicts the next value of every channel.',
      baseline: 'repeating the last value',
    },
    yourSeries: {
      title: 'Your series ({{name}})',
      description:
        '{{inputs}} input column(s) ({{columns}}); every step forecasts {{target}} {{horizon}} row(s) later. The last {{heldOut}} % of rows are held out.',
      metric: 'MSE of {{target}}',
      baseline: 'persistence: repeating the last known {{target}} (held-out MSE)',
    },
    /** Between the names of a series' input columns. */
    columnSeparator: ', ',
  },
  series: {
    tooShort:
      'The series is too short for the window and horizon: needs {{needs}} rows, has {{rows}}.',
    noColumn: "There is no column '{{name}}'.",
    datesAsInput: "Column '{{name}}' holds dates, so it cannot be an input.",
    datesAsTarget: "Column '{{name}}' holds dates, so it cannot be the target.",
    textAsInput: "Column '{{name}}' holds text, so it cannot be an input.",
    textAsTarget: "Column '{{name}}' holds text, so it cannot be the target.",
    noInput: 'Choose at least one input column.',
    inputTwice: 'An input column is chosen twice.',
    badHorizon: 'The horizon must be a whole number of rows, at least 1 (got {{value}}).',
    badWindow: 'The window must be a whole number of rows, at least 2 (got {{value}}).',
  },
  table: {
    tooLarge: 'The file is {{size}} MB; the limit is {{limit}} MB.',
    binary: 'This looks like a binary file, not CSV or TSV text.',
    tooFewRows_one:
      'The file has {{count}} data row; it needs a header row and at least 2 rows of data.',
    tooFewRows_other:
      'The file has {{count}} data rows; it needs a header row and at least 2 rows of data.',
    tooFewRowsAfterDropping_one:
      'The file has {{count}} data row after dropping; it needs a header row and at least 2 rows of data.',
    tooFewRowsAfterDropping_other:
      'The file has {{count}} data rows after dropping; it needs a header row and at least 2 rows of data.',
    quoteNotClosed: 'line {{line}}: a quoted field is never closed.',
    quoteMalformed: 'line {{line}}: a quote inside a field is malformed.',
    empty: 'The file is empty.',
    tooManyRows: 'The file has {{rows}} data rows; the limit is {{limit}}.',
    headerIsNumbers:
      'line {{line}}: the first row holds numbers, not column names; add a header row naming each column.',
    emptyHeaderField:
      'line {{line}}: field {{field}} of the header is empty; every column needs a name.',
    duplicateColumn: "line {{line}}: two columns are named '{{name}}'.",
    fieldCount_one: 'line {{line}} has {{count}} field, the header has {{header}}.',
    fieldCount_other: 'line {{line}} has {{count}} fields, the header has {{header}}.',
    notNumber: 'line {{line}}, column {{column}}: {{value}} is not a number.',
    firstMissing:
      'line {{line}}, column {{column}}: the first value is missing, so there is no earlier value to carry forward.',
    missingAt: 'line {{line}}, column {{column}}',
    missing_one:
      '{{count}} missing value ({{places}}). Drop the rows with missing values, or carry the previous value forward.',
    missing_other:
      '{{count}} missing values ({{places}}). Drop the rows with missing values, or carry the previous value forward.',
    missingMore_one:
      '{{count}} missing value ({{places}}, and {{more}} more). Drop the rows with missing values, or carry the previous value forward.',
    missingMore_other:
      '{{count}} missing values ({{places}}, and {{more}} more). Drop the rows with missing values, or carry the previous value forward.',
    moreProblems: '…and {{rest}} more problems.',
    unreadable: 'The file could not be read: {{error}}',
    readerStopped: 'The file reader stopped: {{error}}.',
    unknownError: 'unknown error',
  },
};
