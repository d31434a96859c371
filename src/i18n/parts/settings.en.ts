// English texts of the "settings" keys (merged into locales/en.ts).
export default {
  moreSettings: 'More settings',
  /** A setting's name (code) and a problem or notice about it. */
  namedMessage: '<code>{{name}}</code>: {{message}}',
  field: {
    minusOne: '{{name}} minus 1',
    plusOne: '{{name}} plus 1',
    /** Before a TCN argument's problem: what keras-tcn itself does with the value. */
    problemKind: {
      kerasRejects: 'keras-tcn refuses this:',
      kerasCrashes: 'keras-tcn crashes on this:',
      kerasAccepts: 'keras-tcn accepts this silently:',
      tabLimit: 'too big for this page:',
    },
  },
  problems: {
    count_one: '{{count}} problem stops training:',
    count_other: '{{count}} problems stop training:',
  },
  quick: {
    title: 'Shape of the network',
    networkLabel: 'network',
  },
  tcn: {
    title: 'More TCN arguments',
    note: 'keras-tcn’s <code>TCN(...)</code> arguments, by their keras-tcn names. Every change updates the model at once.',
    inputDimHelp:
      'Channels of the input sequence: not a TCN argument but the input’s shape, set by the task below.',
    groups: {
      shape: 'Shape of the network',
      block: 'Inside each residual block',
    },
    help: {
      nb_filters:
        'Filters of every convolution: one number, or a comma-separated list with one per dilation.',
      kernel_size: 'How many time steps each convolution reads.',
      dilations:
        'Comma-separated gaps between the steps a convolution reads; one residual block each.',
      nb_stacks: 'How many times the whole list of dilations is repeated.',
      padding:
        'causal: an output sees only the past; same: a window centred on it (past and future).',
      use_skip_connections:
        'Output the sum of every block’s conv path instead of the last block’s residual output.',
      return_sequences:
        'Output every time step; off keeps one step (the last for causal, the middle for same).',
      go_backwards: 'Read the input sequence in reverse time order.',
      activation: 'The nonlinearity applied after each convolution.',
      kernel_initializer: 'How convolution kernels are drawn at random before training.',
      dropout_rate: 'Fraction of channels dropped while training: from 0 up to, not including, 1.',
      use_batch_norm:
        'Batch normalization after each convolution (adds γ, β and moving statistics).',
      use_layer_norm:
        'Layer normalization over the channels after each convolution (adds γ and β).',
      use_weight_norm:
        'Weight normalization of each kernel (adds g); this page’s, keras-tcn dropped it.',
    },
  },
  task: {
    title: 'Task details',
    /** The task list's words for each task= value. */
    names: {
      adding: 'adding',
      copy_memory: 'copy_memory',
      lag: 'lag',
      sine: 'sine',
      series: 'series',
    },
    help: {
      task: 'The sequence problem the TCN (plus a Dense layer) is trained on: a synthetic task, or a real series (shipped, or your own file).',
      seq_len: 'Time steps in every sequence (2 to {{max}}).',
      lag: 'How many steps back the target looks: learnable only when the receptive field is longer.',
      input_dim: 'Input channels of each step; this is the TCN’s input_dim (1 to {{max}}).',
      noise: 'Standard deviation of the noise added (lag: to the target; sine: to the signal).',
    },
    noiseUnit: '0 = none',
    /** Why a task's input_dim is not a choice. */
    fixedChannels: {
      adding:
        'The adding problem always has 2 channels: the random numbers and the two markers. The TCN’s input_dim is 2.',
      copy_memory:
        'copy_memory feeds each step one-hot over 10 classes (blank, symbols 1–8, delimiter): always 10 channels. The TCN’s input_dim is 10.',
      series: 'A series has one channel per input column: the TCN’s input_dim is their number.',
    },
    info: {
      missing: 'What this task asks is shown once its settings above are valid.',
      label: 'what the task asks',
      title: '{{title}}.',
      input: 'input',
      channels_one: '({{count}} channel)',
      channels_other: '({{count}} channels)',
      output: 'output',
      perStep: '(an answer at every step)',
      perSequence: '(one answer per sequence)',
      loss: 'loss',
      mse: 'mean squared error',
      crossEntropy: 'cross-entropy',
      metric: 'metric',
      higherIsBetter: '{{metric}} (higher is better)',
      lowerIsBetter: '{{metric}} (lower is better)',
      baseline: 'trivial baseline',
      baselineScore:
        'loss {{loss}}, {{metric}} {{value}} by {{how}}: a network must beat this to have learned anything.',
    },
  },
  train: {
    title: 'Training',
    groups: {
      optimizer: 'Optimizer',
      seeds: 'Seeds',
      backend: 'Where it runs',
    },
    help: {
      optimizer:
        'How each gradient becomes a weight update (adam and rmsprop adapt the step per weight).',
      learning_rate: 'Size of each update: above 0, at most {{max}}.',
      momentum:
        'sgd only: how much of the previous update is kept (0 is plain gradient descent; below 1).',
      clipnorm:
        'Each variable’s gradient is scaled down to at most this norm, as Keras’s clipnorm.',
      batch_size: 'Sequences per training step (1 to {{max}}).',
      seed: 'Seeds the initial weights (and dropout): the same seed gives the same start.',
      data_seed: 'Seeds the training data, separately from the weights.',
      backend: 'Where TensorFlow.js computes. auto takes WebGPU on a real GPU, else wasm.',
      model:
        'What is trained: the TCN, or a recurrent baseline with units chosen so that its parameter count matches the TCN’s (within 10 %).',
    },
    clipnormUnit: '0 = off',
    backendAuto: 'auto (the fastest that works here)',
    /** The network list: the TCN, or a recurrent network with as many parameters. */
    networks: {
      tcn: 'TCN',
      lstm: 'LSTM (matched)',
      gru: 'GRU (matched)',
      rnn: 'SimpleRNN (matched)',
    },
  },
  paste: {
    title: 'Paste your TCN',
    label:
      'Your <code>TCN(...)</code> call, a model’s <code>to_json()</code>, or a layer’s <code>get_config()</code>. It is read, never run.',
    use: 'Use it',
    /** What the pasted text was read as ({{form}} below). */
    forms: {
      python: 'a Python TCN(...) call',
      kerasJson: 'a Keras model’s JSON',
      configDict: 'a TCN layer’s get_config()',
    },
    readAll: 'Read as {{form}}: the settings below now match it, every argument understood.',
    readWithNotices: 'Read as {{form}}: the settings below now match it. Not used as written:',
  },
  series: {
    label: 'series',
    sourceHelp:
      'A real series shipped with the page, or your own CSV/TSV file. Your file is read in this browser and never sent anywhere.',
    ownFile: 'Your own file…',
    presetNote: '{{note}} Data: <a>{{source}}</a>.',
    open: 'Open a CSV or TSV file',
    fileHelp:
      'A header row, then one row per time step; numbers with a dot or a comma; a date column labels the axis. At most {{megabytes}} MB and {{rows, number}} rows. It stays in this browser.',
    paste: '…or paste it',
    pasteLabel: 'CSV or TSV text',
    usePasted: 'Use the pasted text',
    reading: 'Reading the series…',
    /** Why the file could not be used, by its name when known. */
    failed: {
      namedMissing:
        '<strong>{{name}} has missing values</strong> — nothing is changed until you choose:',
      namedUnusable: '<strong>{{name}} cannot be used</strong> — nothing was changed:',
      fileMissing:
        '<strong>The file has missing values</strong> — nothing is changed until you choose:',
      fileUnusable: '<strong>The file cannot be used</strong> — nothing was changed:',
    },
    /** Where in the file a problem is, before the problem; lineName starts a message that says it. */
    where: {
      lineName: 'line {{line}}',
      lineColumn: 'line {{line}}, column {{column}}: ',
      line: 'line {{line}}: ',
      column: 'column {{column}}: ',
    },
    dropMissing: 'Drop rows with missing values',
    carryMissing: 'Carry the previous value forward',
    /** The table read: rows, the split, and the date column and missing values when there are. */
    summary: {
      plain:
        '<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out).',
      dates:
        "<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out), dates from column '{{column}}'.",
      plainDropped_one:
        '<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out); {{count}} row with missing values dropped.',
      plainDropped_other:
        '<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out); {{count}} rows with missing values dropped.',
      datesDropped_one:
        "<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out), dates from column '{{column}}'; {{count}} row with missing values dropped.",
      datesDropped_other:
        "<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out), dates from column '{{column}}'; {{count}} rows with missing values dropped.",
      plainCarried_one:
        '<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out); {{count}} missing value carried forward.',
      plainCarried_other:
        '<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out); {{count}} missing values carried forward.',
      datesCarried_one:
        "<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out), dates from column '{{column}}'; {{count}} missing value carried forward.",
      datesCarried_other:
        "<strong>{{name}}</strong>: {{rows, number}} rows ({{train, number}} to train on, the last {{heldOut, number}} held out), dates from column '{{column}}'; {{count}} missing values carried forward.",
    },
    inputColumns: 'Input columns (one channel each)',
    targetHelp: 'The column forecast at every step.',
    horizonUnit: 'rows ahead',
    horizonHelp: 'Each step predicts the target this many rows later (1 to {{max}}).',
    windowUnit: 'rows',
    windowHelp: 'The window: rows in each training sequence (the TCN’s time steps).',
    windowLabel: 'window (seq_len)',
  },
  /** The series part of the store (src/ui/store/series.ts): problems and read failures. */
  seriesStore: {
    presetReading: '{{title}} is being read.',
    linkFile:
      'this link was made with the file {{file}} (columns {{columns}}; target {{target}}), which stays on its owner’s computer: a link cannot carry it. Open it, or a file with the same columns, to train; every other setting is kept.',
    linkFileUnnamed:
      'this link was made with the file (unnamed) (columns {{columns}}; target {{target}}), which stays on its owner’s computer: a link cannot carry it. Open it, or a file with the same columns, to train; every other setting is kept.',
    fileTooBig: '{{megabytes}} MB is over the limit of {{limit}} MB.',
    unreadable: 'The file could not be read: {{error}}',
    noShipped: 'Shipped series cannot be loaded here.',
  },
  /** The shipped series (src/data/seriesPresets.ts), by id. */
  seriesPresets: {
    seattle_hourly: {
      title: 'Seattle hourly temperatures',
      source:
        'NOAA NCDC 1981–2010 Climate Normals (U.S. Government work), via vega-datasets ({{license}})',
      note: 'Six hours ahead on a daily cycle: repeating the last value misses the cycle, a receptive field of a day sees it.',
    },
    co2: {
      title: 'CO₂ at Mauna Loa (monthly)',
      source: 'Scripps CO2 Program ({{dataLicense}}), via vega-datasets ({{license}})',
      note: 'A yearly cycle on a rising trend: the held-out years lie above every training value, and a network that never saw such levels struggles to beat persistence.',
    },
    seattle: {
      title: 'Seattle daily weather',
      source:
        'NOAA National Climatic Data Center (U.S. Government work), via vega-datasets ({{license}})',
      note: 'Tomorrow’s high from the last weeks of weather: day-to-day weather is noisy, and persistence is hard to beat on 1,100 training days.',
    },
  },
};
