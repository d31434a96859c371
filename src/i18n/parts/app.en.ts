// English texts of the "app" keys (merged into locales/en.ts): the page's frame (header, layout,
// error boundaries, notices of links and of the offline site) and the model's summary and table.
export default {
  stepCount_one: '{{count, number}} step',
  stepCount_other: '{{count, number}} steps',
  skipToResults: 'Skip to the results',
  close: 'Close',
  dismiss: 'Dismiss',
  /** The accessible names of the page's regions. */
  regions: {
    settings: 'settings',
    results: 'results',
    side: 'lesson, warnings and loss',
    embedPicture: 'the network',
    embedSide: 'loss and lesson',
  },
  details: {
    label: 'More about this network',
    gradients: 'Gradients',
    receptiveField: 'Receptive field',
    charts: 'Training charts',
    variables: 'Variables',
    export: 'Export and files',
  },
  /** What an error message calls the part of the page that failed ("while showing {{what}}"). */
  parts: {
    page: 'the page',
    playground: 'the playground',
    summary: 'the summary',
    gradients: 'the gradients',
    receptiveField: 'the receptive field',
    lattice: 'the receptive-field lattice',
    dilationAdvisor: 'the dilation advisor',
    charts: 'the charts',
    variables: 'the variables',
    trainingControls: 'the training controls',
    examples: 'the examples',
    messages: 'the messages',
    settings: 'the settings',
    networkPicture: 'the network picture',
    warning: 'the warning',
    lossChart: 'the loss chart',
    lesson: 'the lesson',
  },
  crash: {
    title: 'Something went wrong while showing {{what}}.',
    body: 'This is a bug in the playground, not in your configuration. The error was:',
    log: 'TCN Playground: {{what}} failed to render',
    tryAgain: 'Try again',
    resetPlayground: "Reset to the playground's defaults",
    backToDefaults: 'Back to the playground’s defaults',
  },
  firstVisit: {
    hint: '<strong>New here?</strong> Press <strong>▶ Play</strong> to train this network and watch the squares change colour with their gradients, or open <strong>Examples</strong> for the network Keras says has “no gradients”.',
    dismiss: 'Got it',
  },
  training: {
    label: 'training',
    play: 'Play',
    pause: 'Pause',
    step: 'Step',
    reset: 'Reset',
    newWeights: 'New weights',
    playTitle: 'Train until paused',
    pauseTitle: 'Stop after the current step; the weights are kept',
    stepTitle: 'Train exactly one step',
    resetTitle: 'Back to step 0 with the same initial weights',
    newWeightsTitle: 'Another seed (seed + 1): different initial weights, back to step 0',
    /** Before the step counter's number. */
    stepLabel: 'step',
    speed: '{{speed}} steps/s',
    paused: 'paused',
    notStarted: 'not started',
    blockedByError: 'Training is off: the playground failed on this configuration.',
    blockedBySettings_one: 'Training is off until the highlighted setting is fixed.',
    blockedBySettings_other: 'Training is off until the {{count}} highlighted settings are fixed.',
    stopped: 'Training stopped.',
    refused: 'The trainer cannot run this configuration:',
    noticesLabel: 'training notices',
  },
  backend: {
    runsOn: 'runs on',
    starting: 'starting…',
    picking: 'picking a backend',
    askedFor: 'asked for {{backend}}',
    /** The backend that runs is not the one the settings asked for. */
    fellBack: 'asked for {{backend}}: {{why}}',
    withAdapter: '{{reason}} (adapter: {{adapter}})',
    withThreads_one: '{{why}}; {{count}} thread',
    withThreads_other: '{{why}}; {{count}} threads',
    withThreadsWhy_one: '{{why}}; {{count}} thread ({{threadsWhy}})',
    withThreadsWhy_other: '{{why}}; {{count}} threads ({{threadsWhy}})',
    threads_one: '{{count}} thread',
    threads_other: '{{count}} threads',
    threadsWhy_one: '{{count}} thread: {{threadsWhy}}',
    threadsWhy_other: '{{count}} threads: {{threadsWhy}}',
    /** After "×4" for screen readers. */
    threadUnit_one: 'thread',
    threadUnit_other: 'threads',
  },
  memory: {
    title:
      'What TensorFlow.js holds in the training worker right after the latest step ({{call}}): live tensors and their size. Between steps the count should stay the same; one that keeps growing step after step would be a memory leak.',
    titleGpu:
      'What TensorFlow.js holds in the training worker right after the latest step ({{call}}): live tensors and their size. Between steps the count should stay the same; one that keeps growing step after step would be a memory leak. GPU: memory the backend has allocated on the device, including freed buffers it keeps for reuse; it grows in the first steps and should then level off.',
    tensors_one: '{{count}} tensor · {{bytes}}',
    tensors_other: '{{count}} tensors · {{bytes}}',
    gpu: 'GPU {{bytes}} allocated',
  },
  classroom: {
    label: 'Classroom',
    title: 'Larger type for a projector, and the guided lessons',
  },
  share: {
    copy: 'Copy link',
    copied: 'Link copied ✓',
    title: 'Copy a link to this exact state: every setting, seeds included',
    copiedStatus: 'Link copied to the clipboard.',
    manual: 'The clipboard is not available here: copy this link.',
  },
  embed: {
    button: 'Embed',
    title: 'An <iframe> of this exact state, for a slide or a course page',
    heading: 'Embed this playground',
    help: 'Paste this HTML into a slide or a course page: a 960×540 frame with this state, its network and its loss, and a link to the full playground.',
    copy: 'Copy',
    copied: 'Copied ✓',
    copyRefused: 'The browser did not allow copying: the code is selected, press {{shortcut}}.',
  },
  openFull: {
    label: 'Open full playground',
    newTab: '(opens in a new tab)',
    title: 'Open the whole playground in a new tab, in this state',
  },
  examples: {
    label: 'Examples',
    groups: {
      seedCase: 'The missing-gradient report and its fixes',
      lessons: 'Lessons',
      paper: 'The paper’s tasks (Bai, Kolter, Koltun 2018)',
    },
    /** One per preset of src/ui/presets.ts. */
    presets: {
      seedCase: {
        name: 'The seed case',
        description:
          'keras-tcn’s “{{warning}}”: one block, skip connections, 4 input channels into 2 filters.',
      },
      fixDilations: {
        name: 'Fix: dilations [1, 2]',
        description: 'A second residual block reads the first block’s residual output.',
      },
      fixSkipOff: {
        name: 'Fix: skip connections off',
        description: 'The output is the last residual output, which includes matching_conv1D.',
      },
      fixStacks: {
        name: 'Fix: nb_stacks 2',
        description:
          'Repeating the dilations makes the first block’s residual output feed the next.',
      },
      fixFilters: {
        name: 'Fix: nb_filters 4 = input_dim',
        description: 'With as many filters as input channels no matching_conv1D is built at all.',
      },
      lagFails: {
        name: 'Lag fails',
        description:
          'Lag 48 with a receptive field of 31 (kernel 2, dilations 1, 2, 4, 8): it cannot see far enough.',
      },
      lagSucceeds: {
        name: 'Lag succeeds',
        description: 'The same lag 48 with dilations 1 to 32: a receptive field of 127 reaches it.',
      },
      adding: {
        name: 'Adding problem',
        description:
          'Sum the two marked numbers of 50: one answer per sequence, receptive field 61 covers it all.',
      },
      paperAdding: {
        name: 'Paper: adding, TCN',
        description:
          'The paper’s TCN for the adding problem, at T=200 instead of 600 so that a browser trains it in minutes.',
      },
      paperAddingLstm: {
        name: 'Paper: adding, LSTM',
        description:
          'The same adding problem with an LSTM of about the TCN’s parameter count, the paper’s recurrent baseline.',
      },
      paperCopy: {
        name: 'Paper: copy memory, TCN',
        description:
          'The paper’s TCN for copy memory, recalling 10 symbols after a blank of T=500 instead of 1000.',
      },
      paperCopyLstm: {
        name: 'Paper: copy memory, LSTM',
        description:
          'The same copy memory task with an LSTM of about the TCN’s parameter count, the paper’s recurrent baseline.',
      },
    },
  },
  urlNotice: {
    title_one: 'This link was opened with one change',
    title_other: 'This link was opened with {{count}} changes',
    ignored: 'ignored:',
    rejected: 'not used:',
    adjusted: 'changed:',
  },
  /** The settings cannot build a network: why, and what the dimmed pictures show instead. */
  stale: {
    engineError:
      '<strong>The playground failed on this configuration (a bug, not your mistake): {{error}}.</strong> Below, dimmed: the last network that could be built (<code>{{config}}</code>).',
    cannotBuild:
      '<strong>This network cannot be built: see the highlighted settings.</strong> Below, dimmed: the last network that could be built (<code>{{config}}</code>).',
  },
  summary: {
    parameters: 'Parameters',
    trainableSome: '{{trainable}} trainable, {{frozen}} not',
    trainableAll: 'all trainable',
    receptiveField: 'Receptive field',
    receptiveFieldNote: 'time steps one output can see',
    blocks: 'Residual blocks',
    /** "1 stack × 4 dilations". */
    blocksNote: '{{stacks}} × {{dilations}}',
    stacks_one: '{{count}} stack',
    stacks_other: '{{count}} stacks',
    dilations_one: '{{count}} dilation',
    dilations_other: '{{count}} dilations',
    outputShape: 'Output shape',
    shapeSequence: '(batch, time, {{channels}})',
    shapeLast: '(batch, {{channels}})',
  },
  variables: {
    title: 'Variables',
    note_one:
      '{{count}} variable, named as keras-tcn names them. Kernels are [kernel_size, input channels, filters].',
    note_other:
      '{{count}} variables, named as keras-tcn names them. Kernels are [kernel_size, input channels, filters].',
    noteBatchNorm_one:
      '{{count}} variable, named as keras-tcn names them. Kernels are [kernel_size, input channels, filters]. Batch norm’s moving_mean and moving_variance are statistics updated while training, not by gradients: they are not trainable.',
    noteBatchNorm_other:
      '{{count}} variables, named as keras-tcn names them. Kernels are [kernel_size, input channels, filters]. Batch norm’s moving_mean and moving_variance are statistics updated while training, not by gradients: they are not trainable.',
    tableLabel: 'Variables (table)',
    variable: 'Variable',
    shape: 'Shape',
    params: 'Params',
    trainable: 'Trainable',
    yes: 'yes',
    no: 'no',
    noGradient: 'no gradient',
    total: 'Total',
    totalWithFrozen: 'Total ({{frozen, number}} not trainable)',
  },
  download: {
    bytes_one: '{{count}} byte',
    bytes_other: '{{count}} bytes',
    tooBig: '{{file}} is {{size}}; the limit is {{limit}}.',
    unreadable: '{{file}} could not be read: {{error}}',
  },
  /** The service worker's notices (src/offline). */
  offline: {
    isolated: 'Offline ready: this page now works without a network, and wasm runs on every core.',
    updated: 'TCN Playground was updated to its new version when this page loaded.',
    waiting:
      'A new version of TCN Playground is ready. It opens the next time you load the page; this lesson goes on undisturbed.',
    isolationLater:
      'Offline ready. wasm threads arrive with the next load of the page (it must reload once to use them).',
    failed: 'This page cannot work offline here: the service worker did not start ({{error}}).',
  },
};
