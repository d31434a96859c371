// English: every text of the page, grouped by panel. keras-tcn's names and the Keras warning
// stay as they are in every language. A new language is a copy of this file with its texts
// translated (same keys; plural forms as that language needs them, see i18next's _one/_other).
import type { Catalogue } from '../catalogue';

const catalogue = {
  name: 'English',
  shortName: 'EN',
  htmlLang: 'en',
  translation: {
    app: {
      pinnedRun: {
        label: 'step {{step}}: {{run}}',
        tcn: 'k={{k}}, dilations {{dilations}}, lr {{lr}}',
        matched: '{{model}} matched to the TCN ({{tcn}})',
      },
      skipToResults: 'Skip to the results',
      close: 'Close',
      dismiss: 'Dismiss',
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
        stepLabel: 'step',
        speed: '{{speed}} steps/s',
        paused: 'paused',
        notStarted: 'not started',
        off: 'Training is off',
        blockedByError: 'Training is off: this configuration failed.',
        blockedBySettings_one: 'Training is off: fix the highlighted setting.',
        blockedBySettings_other: 'Training is off: fix the {{count}} highlighted settings.',
        stopped: 'Training stopped.',
        refused: 'The trainer cannot run this configuration:',
        noticesLabel: 'training notices',
      },
      backend: {
        runsOn: 'runs on',
        starting: 'starting…',
        picking: 'picking a backend',
        askedFor: 'asked for {{backend}}',
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
        copied: 'Copied ✓',
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
            description:
              'With as many filters as input channels no matching_conv1D is built at all.',
          },
          lagFails: {
            name: 'Lag fails',
            description:
              'Lag 48 with a receptive field of 31 (kernel 2, dilations 1, 2, 4, 8): it cannot see far enough.',
          },
          lagSucceeds: {
            name: 'Lag succeeds',
            description:
              'The same lag 48 with dilations 1 to 32: a receptive field of 127 reaches it.',
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
      offline: {
        isolated:
          'Offline ready: this page now works without a network, and wasm runs on every core.',
        updated: 'TCN Playground was updated to its new version when this page loaded.',
        waiting:
          'A new version of TCN Playground is ready. It opens the next time you load the page; this lesson goes on undisturbed.',
        isolationLater:
          'Offline ready. wasm threads arrive with the next load of the page (it must reload once to use them).',
        failed: 'This page cannot work offline here: the service worker did not start ({{error}}).',
      },
    },
    settings: {
      moreSettings: 'More settings',
      namedMessage: '<code>{{name}}</code>: {{message}}',
      field: {
        minusOne: '{{name}} minus 1',
        plusOne: '{{name}} plus 1',
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
          dropout_rate:
            'Fraction of channels dropped while training: from 0 up to, not including, 1.',
          use_batch_norm:
            'Batch normalization after each convolution (adds γ, β and moving statistics).',
          use_layer_norm:
            'Layer normalization over the channels after each convolution (adds γ and β).',
          use_weight_norm:
            'Weight normalization of each kernel (adds g); the page keeps it, keras-tcn dropped it.',
        },
      },
      task: {
        title: 'Task details',
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
        failed: {
          namedMissing:
            '<strong>{{name}} has missing values</strong> — nothing is changed until you choose:',
          namedUnusable: '<strong>{{name}} cannot be used</strong> — nothing was changed:',
          fileMissing:
            '<strong>The file has missing values</strong> — nothing is changed until you choose:',
          fileUnusable: '<strong>The file cannot be used</strong> — nothing was changed:',
        },
        where: {
          lineColumn: 'line {{line}}, column {{column}}: ',
          line: 'line {{line}}: ',
          column: 'column {{column}}: ',
        },
        dropMissing: 'Drop rows with missing values',
        carryMissing: 'Carry the previous value forward',
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
    },
    charts: {
      title: 'Training curves',
      lastRun:
        'From the last run: these settings cannot train until the highlighted ones are fixed.',
      stepLabel: 'step {{step}}',
      baseline: 'baseline',
      pair: '{{first}} and {{second}}',
      list: '{{first}}, {{second}}',
      sentences: '{{first}} {{second}}',
      readout: '{{x}}: {{values}}',
      readoutValue: '{{name}} {{value}}',
      series: {
        training: 'training batch',
        heldOut: 'held-out batch',
        heldOutLegend: 'held-out batch (every 20 steps)',
      },
      summary: {
        chart: '{{title}}: {{parts}}.',
        empty: '{{title}}: no values yet.',
        parts: '{{first}}; {{second}}',
        latest: 'latest {{latest}} ({{at}}), {{trend}}',
        latestBest: 'latest {{latest}} ({{at}}), best {{best}} at {{bestAt}}, {{trend}}',
        namedLatest: '{{name}} latest {{latest}} ({{at}}), {{trend}}',
        namedLatestBest:
          '{{name}} latest {{latest}} ({{at}}), best {{best}} at {{bestAt}}, {{trend}}',
        trend: {
          falling: 'falling',
          rising: 'rising',
          level: 'level',
          unknown: 'too few points for a trend',
        },
      },
      loss: {
        title: 'Loss',
        mse: '(mean squared error)',
        crossentropy: '(cross-entropy)',
        logScale: 'log scale',
        empty: 'The loss appears here once training runs.',
        logHint: 'Tick “log scale” to tell the lines near zero apart.',
      },
      metric: {
        fallbackTitle: 'Metric',
        higherIsBetter: '(higher is better)',
        lowerIsBetter: '(lower is better)',
        empty: 'The task’s metric appears here once training runs.',
        baselineLabel: 'baseline {{value}}',
        baselineNote:
          'Baseline (dashed): {{description}}, {{metric}} {{value}}. A network that does not beat it has learned nothing about the task.',
      },
      paper: {
        label: 'paper {{model}} (T={{T}}): {{share}} of the baseline',
        modelLoss: '{{model}} {{loss}}',
        runs: {
          adding:
            "The “paper” lines: Bai, Kolter & Koltun (2018), mean test loss (mean squared error) of their last epochs at T={{T}} ({{losses}}), after {{epochs}} epochs of {{sequences, number}} sequences in batches of {{batchSize}}, about {{steps, number}} steps. Each is drawn at the same share of this chart's baseline (the memoryless answer) as it was of the baseline at the paper's T.",
          copy_memory:
            "The “paper” lines: Bai, Kolter & Koltun (2018), mean test loss (cross-entropy) of their last epochs at T={{T}} ({{losses}}), after {{epochs}} epochs of {{sequences, number}} sequences in batches of {{batchSize}}, about {{steps, number}} steps. Each is drawn at the same share of this chart's baseline (the memoryless answer) as it was of the baseline at the paper's T: copy memory’s loss shrinks as T grows, so the raw numbers would not compare.",
        },
        sameT: 'This page trains the same T, on a fresh batch every step.',
        shorterT: 'This page trains T={{T}}, a shorter and easier task.',
        longerT: "This page trains T={{T}}, a longer task than the paper's.",
        timeMinutes:
          'At {{speed}} steps/s on {{backend}}, as many steps take about {{minutes}} min here.',
        timeHours:
          'At {{speed}} steps/s on {{backend}}, as many steps take about {{hours}} h here.',
      },
      sample: {
        title: 'One held-out sequence',
        empty: 'The held-out sequence appears after the first step (then every 20).',
        captionCopy: '(the last {{shown}} steps: target vs predicted symbol)',
        captionChannel: '(target vs prediction, output channel 0)',
        caption: '(target vs prediction)',
        latest: 'Latest held-out sequence (step {{step}})',
        latestNoStep: 'Latest held-out sequence',
        timeStep: 'time step {{step}}',
        step: 'step',
        target: 'target',
        prediction: 'prediction',
        predicted: 'predicted',
        right: '(right)',
        wrong: '(wrong)',
        copySummary:
          '{{sample}}: {{right}} of {{total}} recalled. Symbols are 1–8; 0 is blank, 9 the delimiter.',
        sequenceSummary:
          '{{sample}}, {{length}} time steps: mean absolute error {{error}} between prediction and target.',
        sequenceNoPrediction: '{{sample}}, {{length}} time steps: no prediction.',
        addingSum: 'sum of the two marked numbers',
        addingSummary: '{{sample}}: target {{target}}, predicted {{prediction}} (error {{error}}).',
        seriesNote: '{{target}} in its own units, {{horizon}} row(s) ahead of each input row.',
        seriesNoteDated:
          '{{target}} in its own units, {{horizon}} row(s) ahead of each input row, dated by the row forecast.',
      },
      pin: {
        pinned: 'Pinned:',
        unpin: 'Unpin',
        pin: 'Pin this run',
        compareLstm: 'Pin, then train a matched LSTM',
        hint: 'Keeps this run’s loss curve and gradient norms, to compare with the next run (say, before and after a fix).',
        hintFirst: 'Train a few steps, then pin the run to compare it with the next one.',
        pinnedRun: 'pinned run',
        currentRun: 'current run',
        lossTitle: 'Loss: pinned vs current',
        normsTitle: 'Final gradient norms',
        normsScale: '(bars on a log scale)',
        normsScaleRange: '(bars on a log scale, 1e{{lo}} to 1e{{hi}})',
        variable: 'Variable',
        pinnedRunHeader: 'Pinned run',
        currentRunHeader: 'Current run',
        runs: 'The two runs side by side',
        run: 'Run',
        network: 'Network',
        steps: 'Steps',
        loss: 'Loss',
        heldOutMetric: 'Held-out {{metric}}',
        fallbackMetric: 'metric',
        stepsPerSecond: 'Steps/s',
        pinnedRow: 'Pinned',
        currentRow: 'Current',
        noGradient: 'no gradient',
        notFinite: 'not finite',
      },
      export: {
        title: 'Export and files',
        panelName: 'the export panel',
        nothingChanged: '{{reason}} Nothing was changed.',
        notice: '{{action}}: {{reason}}',
        config: {
          title: 'Configuration',
          help: 'The TCN, task and training settings as JSON (the format the command line reads).',
          download: 'Download JSON',
          load: 'Load a configuration…',
          fixFirst: 'Fix the settings marked in red to download them.',
          saved: 'Saved {{file}}.',
          notConfiguration: '{{name}} is not a configuration: {{reason}} Nothing was changed.',
          loaded: 'Loaded {{name}}.',
          loadedWithChanges_one: 'Loaded {{name}}, with {{count}} change:',
          loadedWithChanges_other: 'Loaded {{name}}, with {{count}} changes:',
        },
        weights: {
          title: 'Trained weights',
          help: 'Every variable of the model and its Dense head, with the configuration and the step. A file loads only into a model with the same variables (names and shapes); up to {{size}}.',
          download: 'Download weights',
          load: 'Load weights…',
          waiting: 'Waiting for the model to be built…',
          timeout: 'the training worker did not hand over the weights in time.',
          reading: 'Reading the weights…',
          saved: 'Saved {{file}} ({{variables}} variables).',
          notSaved: 'No weights saved: {{reason}}',
          notLoaded: '{{name}} was not loaded: {{reason}} Nothing was changed.',
          cannotBuild: 'the current settings cannot be built; fix them first.',
          checking: 'Checking {{name}}…',
          notJson: 'it is not valid JSON ({{message}}).',
          loaded: 'Loaded {{name}}: {{variables}} variables, step {{step}}.',
          otherSettings:
            'The file was saved with other TCN settings; its variables have the same names and shapes as this model’s, so they were loaded.',
        },
        keras: {
          title: 'keras-tcn Python',
          help: 'A script that rebuilds this model with keras-tcn (<code>pip install keras-tcn</code>), loads the weights trained here, checks that Keras gives the same outputs on held-out sequences, then trains on (on every GPU), saves a <code>.keras</code> file and loads it back.',
          fixFirst: 'Fix the settings marked in red to export them.',
          download: 'Download with trained weights',
          copy: 'Copy (no weights)',
          copied: 'Copied.',
          copyRefused: 'The browser did not allow copying: the script is selected, press Ctrl+C.',
          scriptLabel: 'keras-tcn Python script, without weights',
          reading: 'Reading the trained weights…',
          notSaved: 'No script saved: {{reason}}',
          savedWithWeightsFile:
            'Saved {{script}} and {{weights}} (the weights of step {{step}}): keep them in one folder and run python {{script}}.',
          saved: 'Saved {{script}} with the weights of step {{step}}: run python {{script}}.',
          untrained:
            'Nothing is trained yet: these are the initial weights (step 0). Train, then export again.',
        },
      },
    },
    gradients: {
      status: {
        noGradient: 'no gradient',
        notFinite: 'not finite',
        notFiniteNaN: 'not finite (NaN/∞)',
        noStepYet: 'no step yet',
      },
      panel: {
        title: 'Gradient norms',
        note: 'Per trainable variable (the TCN’s, then the Dense head’s): the L2 norm of the loss gradient ‖g‖ at the latest step (before clipping), the weight norm ‖w‖, and how much that step changed the weights, ‖Δw‖/‖w‖.',
        building: 'The training worker is building the network…',
        noStepYet: '{{variables}} variables, no training step yet: press play or step.',
        summary: 'Step {{step}}: {{ok}} of {{variables}} variables got a gradient.',
        summaryMissing:
          'Step {{step}}: {{ok}} of {{variables}} variables got a gradient; {{missing}} got none (see “Why no gradient?” below).',
        summaryNonFinite:
          'Step {{step}}: {{ok}} of {{variables}} variables got a gradient; {{nonFinite}} not finite.',
        summaryMissingNonFinite:
          'Step {{step}}: {{ok}} of {{variables}} variables got a gradient; {{missing}} got none (see “Why no gradient?” below); {{nonFinite}} not finite.',
      },
      live: {
        allGetGradient: 'Every variable gets a gradient.',
        missing: '{{missing}} of {{variables}} variables get no gradient: {{names}}.',
        withNonFinite: '{{gradients}} Not finite: {{names}}.',
        paused: 'Training paused at step {{step}}. {{gradients}}',
      },
      table: {
        label: 'Gradient norms per variable (table)',
        variable: 'Variable',
        shape: 'Shape',
        params: 'Params',
        gradient: 'Gradient ‖g‖',
        weights: 'Weights ‖w‖',
        update: 'Update ‖Δw‖/‖w‖',
        history: '‖g‖ history (log scale)',
        why: 'Why?',
        notUpdated: 'not updated',
      },
      sparkline: {
        empty: 'no steps yet',
        missing_one: 'no gradient, {{count}} step',
        missing_other: 'no gradient, {{count}} steps',
        missingTitle: '{{name}}: no gradient at any of the last {{steps}} steps',
        label: '{{name}}: gradient norm over the last {{steps}} steps, log scale, {{range}}',
        title: '‖g‖ over the last {{steps}} steps (log scale): {{range}}',
        rangeFromTo: 'from {{low}} to {{high}}',
        rangeConstant: 'constant',
        rangeNoneFinite: 'none finite',
      },
      heatmap: {
        caption:
          '<strong>log₁₀ ‖g‖ per variable and step</strong> (the last {{steps}} steps at most, oldest left)',
        roleDescription: 'heatmap',
        label:
          'Gradient heatmap, log10 gradient norm of {{variables}} variables over {{steps}} steps. Arrow keys move between variables and steps; Home and End go to the oldest and latest step.',
        stepTick: 'step {{step}}',
        readout: '{{name}} at step {{step}}: {{value}}',
        readoutDropped:
          '{{name}} at step {{step}}: no longer kept (the heatmap keeps the last {{steps}} steps)',
        readoutHint: 'Point at a cell, or focus the heatmap and use the arrow keys, to read it.',
        logNorm: 'log10 ‖g‖ = {{log}} (‖g‖ = {{norm}})',
        normExactlyZero: '‖g‖ exactly 0',
        scale: 'Colour scale',
        scaleNote: '‖g‖, log scale',
        noFiniteNorm: 'no finite gradient norm yet',
        exactlyZero: 'exactly 0',
      },
      explainer: {
        title: 'Why no gradient?',
        intro_one:
          'At step {{step}}, {{count}} variable got <strong>no gradient</strong> at all — not a small one: the loss does not depend on it, so the optimizer never changes it and it stays at the random initial values. Keras trains on and only prints a warning:',
        intro_other:
          'At step {{step}}, {{count}} variables got <strong>no gradient</strong> at all — not a small one: the loss does not depend on them, so the optimizer never changes them and they stay at the random initial values. Keras trains on and only prints a warning:',
        outdated:
          'The settings have changed since this step and no longer cut it off; press play to train the new network.',
        unexpected:
          'The engine did not predict this: no path from this variable to the loss was used at this step.',
        fixesTitle: 'Fix it with one change (each leaves every variable trainable)',
        fixNote:
          'A fix rebuilds the network from new initial weights at step 0; training goes on if it was running, else press play.',
      },
      network: {
        title: 'The network, coloured by each variable’s gradient',
        label:
          '{{blocks}} residual blocks and a Dense head; {{variables}} trainable variables, each a square. Arrow keys move between them.',
        markLabel: '{{name}}, shape [{{shape}}]: {{reading}}',
        gradientNotFinite: 'gradient not finite',
        baseline:
          '<strong>Training the {{model}} baseline</strong>. The picture shows the TCN whose parameter count it matches; the gradient panel shows the baseline’s own variables. Pin the TCN’s run first to compare the two.',
        baselineWithSize:
          '<strong>Training the {{model}} baseline</strong> — {{network}}. The picture shows the TCN whose parameter count it matches; the gradient panel shows the baseline’s own variables. Pin the TCN’s run first to compare the two.',
        readout: {
          noTrainingStep: 'no training step yet',
          notFinite: 'gradient not finite (NaN or ∞)',
          outdated:
            'The latest step found no path from it to the loss; the settings changed since, press play to train the new network.',
          fix: 'Fix:',
        },
        warning: {
          title_one: '{{count}} variable will never learn',
          title_other: '{{count}} variables will never learn',
          reason: '<code>{{module}}</code> ({{roles}}, hatched in the picture): {{reason}}',
          kerasSays: 'Keras only prints: <q>{{warning}}</q>',
          fixes: 'one-click fixes',
          noFix: 'No single change of the settings fixes this; try fewer or more residual blocks.',
        },
        layout: {
          batchNorm: 'batch norm {{index}}',
          layerNorm: 'layer norm {{index}}',
          activationDropout: '{{activation}} + dropout',
          shortcut: 'shortcut',
          residual: 'residual',
          input: 'input',
          output: 'output',
          skip: 'skip',
          blocks: 'blocks {{blocks}}',
          discarded: '✕ discarded',
          nextStack: 'the residual output feeds the next stack (× {{stacks}} stacks)',
        },
      },
    },
    receptive: {
      inputLayer: 'input',
      panel: {
        title: 'Receptive field',
        formulaLabel: 'receptive field formula',
        total: '<strong>{{field}}</strong> time steps',
        legend:
          '<var>k</var> = kernel_size, <stacksSymbol/> = nb_stacks, Σ<var>d</var> = the sum of dilations.',
        two: '<strong>The 2</strong> is the two dilated convolutions of every residual block, <code>conv1D_0</code> and <code>conv1D_1</code> (two rows per block in the lattice below): each widens the window by (<var>k</var>−1)·<var>d</var> steps.',
        stacks:
          '<strong>Stacks</strong> repeat the dilations: nb_stacks={{stacks}} runs [{{runs}}], so Σ<var>d</var> counts {{stacks}} times.',
        oneStack:
          '<strong>Stacks</strong> would repeat the dilations: nb_stacks=2 runs [{{dilations}} | {{dilations}}] and doubles the field.',
        same: 'With <code>padding="same"</code> the window is centred on the output step: about half of it lies in the future.',
        causal:
          'With <code>padding="causal"</code> the window ends at the output step: it sees only the past.',
        goBackwards:
          'go_backwards reverses time before the convolutions: the window then reaches forward, from the output step to later inputs.',
        sameAsKeras: 'The same number as keras-tcn’s <code>receptive_field</code> attribute.',
        tableLabel: 'Receptive field by layer (table)',
        columns: {
          layer: 'Layer',
          dilation: 'dilation',
          adds: 'adds (k−1)·d',
          cumulative: 'receptive field so far',
        },
      },
      latticePanel: {
        title: 'Which input steps reach an output',
        noSeqLen: 'The lattice is drawn for the task’s seq_len: set a valid seq_len to see it.',
        tooLarge:
          'This network is too large to draw step by step ({{convolutions}} convolutions of {{taps}} taps over {{steps}} steps); the formula above still holds.',
        measure: 'Measure |∂y/∂x| with the current weights',
        measured:
          'Bars under the lattice: measured |∂y/∂x| for output step {{outputStep}} after training step {{step}}; theory (lit nodes) and measurement should cover the same input steps.',
        notMeasured:
          'Click an output step, or this button, to measure how much each input step moves that output with the current weights.',
      },
      effective: {
        readout:
          '<strong>Effective receptive field</strong> of output step {{outputStep}} at training step {{step}}: <spanList/> — of a theoretical {{field}}. The shaded bands under the lattice show them (darkest 50 %, then 90 % and 99 %); the gradient usually uses far less than the theoretical field, and the span grows as training goes (measured again every {{every}} steps).',
        span: '{{percent}} % of |∂y/∂x| within <strong>{{width}}</strong> steps',
        separator: ', ',
      },
      lattice: {
        label: 'receptive field lattice',
        sliderLabel: 'Output step of the receptive field lattice',
        reached:
          'Output step {{step}} is reached by {{reach}} of {{seqLen}} input steps (from {{from}} to {{to}})',
        reachedByNone: 'Output step {{step}} is reached by {{reach}} of {{seqLen}} input steps',
        caption: {
          reached:
            'Output step <strong>{{step}}</strong> is reached by <strong>{{reach}}</strong> of {{seqLen}} input steps (from {{from}} to {{to}}).',
          reachedByNone:
            'Output step <strong>{{step}}</strong> is reached by <strong>{{reach}}</strong> of {{seqLen}} input steps.',
        },
        blockRow: 'block {{block}}/{{conv}}',
        node: '{{level}}, step {{step}}',
        nodeReaches: '{{level}}, step {{step}} — reaches the output',
        band: '{{percent}} % of the measured |∂y/∂x|: steps {{from}}–{{to}}',
        bar: '|∂y/∂x| at input step {{step}}: {{value}}',
        measuredRow: 'measured |∂y/∂x|',
        hint: 'Point at a step in the top row, or focus the lattice and use the arrow keys, to choose the output; click or press Enter to measure it.',
        window: 'Showing steps {{from}}–{{to}} of {{seqLen}}.',
        goBackwards: 'go_backwards reverses the input: the lattice shows the reversed order.',
      },
      perturbation: {
        button: 'Perturb every input step',
        baseline:
          'A recurrent baseline reads every earlier step: there is no receptive field to prove.',
        explain:
          'Adds 1 to one input step at a time and measures how much the output at the chosen step changes, on the real network.',
        chartLabel: 'Output change at step {{step}} per input step',
        readout:
          'Output step {{outputStep}}, weights of training step {{step}}: the change is <strong>exactly 0.0</strong> at {{outsideZero}} of the {{outside}} input steps outside the receptive field, and non-zero at {{insideMoved}} of the {{inside}} inside it.',
        readoutSilent:
          'Output step {{outputStep}}, weights of training step {{step}}: the change is <strong>exactly 0.0</strong> at {{outsideZero}} of the {{outside}} input steps outside the receptive field, and non-zero at {{insideMoved}} of the {{inside}} inside it (a ReLU that is off passes no change: a path can be connected and still silent).',
        corners: {
          same: 'With <code>padding="same"</code> the field is centred: later input steps move the output too.',
          lastStep:
            'With return_sequences=False the output is one kept step (the last for causal, the middle for same), whatever step you choose.',
          batchNorm:
            'Batch norm is measured in inference mode (moving statistics); in training mode it normalises with the whole batch over every step, so any input anywhere would move every output.',
          goBackwards:
            'go_backwards reverses time first: the field reaches from the output step forward.',
        },
      },
      advisor: {
        title: 'Choosing dilations',
        tableLabel: 'Configurations that cover the steps',
        cover: 'Cover <stepsInput/> steps',
        help: {
          lag: 'The task needs {{need}} (the lag {{lag}} and the step itself); type another number to ask for it.',
          copyMemory:
            'The task needs {{need}} (from the first symbol to its recall); type another number to ask for it.',
          adding:
            'The task needs {{need}} (the whole sequence, where the marked numbers may be); type another number to ask for it.',
          sine: 'The task needs {{need}} (one period of the slowest wave); type another number to ask for it.',
          window: 'The task needs {{need}} (the window); type another number to ask for it.',
          noNeed: 'How many past steps each output must see; by default the window (seq_len).',
          cheapest:
            'The cheapest configurations whose receptive field covers it, with this network’s filters:',
        },
        invalid: 'Type a whole number of steps, at least 1.',
        columns: {
          kernel: 'kernel',
          dilations: 'dilations',
          stacks: 'stacks',
          parameters: 'parameters',
          receptiveField: 'receptive field',
          apply: 'apply',
        },
        wasted: '({{steps}} past the sequence)',
        apply: 'Apply',
        warning: {
          tooShort:
            'The receptive field ({{field}}) is shorter than the {{need}} steps the task needs.',
          tooLong:
            'The receptive field ({{field}}) is far longer than the sequence ({{seqLen}} steps): most of it sees padding.',
        },
      },
    },
    classroom: {
      link: {
        title: 'Classroom link',
        help: 'For a class: larger type, some panels hidden, and guided lessons. The page switches as you choose, and the link below opens it the same way.',
        mode: 'Classroom mode',
        hideGroup: 'Panels to hide',
        hide: 'Hide:',
        startAt: 'Start at:',
        noLesson: 'no lesson: these settings',
        lessonOption: '{{number}}. {{title}}',
        copy: 'Copy link',
        copied: 'Link copied.',
        copyRefused: 'The browser did not allow copying: select the link and press Ctrl+C.',
        fixSettings: 'Fix the settings marked in red to make a link.',
      },
      panels: {
        settings: 'Settings (TCN, task, training)',
        summary: 'Summary numbers',
        variables: 'Variables table',
        'receptive-field': 'Receptive field',
        charts: 'Loss charts',
        gradients: 'Gradients',
        export: 'Export and files',
      },
      lesson: {
        boundary: 'the lesson',
        list: 'Lessons',
        unknown: 'There is no lesson “{{id}}”. Pick one:',
        number: 'Lesson {{number}} of {{total}}',
        previous: '← Previous',
        next: 'Next →',
        look: 'Look:',
        try: 'Try:',
        why: 'Why:',
        again: 'Start this lesson again',
        leave: 'Leave classroom mode',
      },
      predict: {
        question: 'Predict:',
        answer: 'Answer:',
        reveal: 'Show the answer',
        gradientsLater: 'The gradients appear with the answer.',
        latticeLater: 'The lattice appears with the answer.',
      },
      train: {
        play: '▶ Play',
        pause: '❚❚ Pause',
        reset: 'Back to step 0',
        step: 'step <strong>{{step}}</strong>',
        loss: 'loss <strong>{{loss}}</strong>',
        baseline: '({{description}} scores {{loss}})',
      },
    },
    lessons: {
      'dilated-causal': {
        title: 'What a dilated causal convolution sees',
        look: 'The receptive-field lattice: time runs left to right, the input is the bottom row and the output the top row. This TCN is one residual block with two convolutions, kernel size 2, dilation 4. Point at an output step: each convolution reads its own step and the step 4 before it, never a later one (that is what causal means). The output at step t sees the inputs t, t−4 and t−8 only: a window of 9 steps with gaps in it.',
        tryThis: [
          'Set dilations to 1: no gaps, but the window shrinks to 3 steps.',
          'Set dilations to 2, then 8: the gaps and the window grow together.',
          'Set kernel_size to 3 with dilation 4: each convolution now reads three steps, 4 apart.',
        ],
      },
      'receptive-field': {
        title: 'How the receptive field grows',
        look: 'The receptive field is 1 + 2·(kernel_size − 1)·nb_stacks·Σdilations steps: the 2 is the two convolutions in every residual block. Here 1 + 2·1·1·(1+2+4) = 15. Watch the receptive-field number and its formula as you edit.',
        tryThis: [
          'Set kernel_size to 3: 1 + 2·2·1·7 = 29.',
          'Add a dilation: dilations 1,2,4,8 gives Σ = 15 and 1 + 2·2·1·15 = 61.',
          'Set nb_stacks to 2: the dilations are repeated, 1 + 2·2·2·15 = 121.',
        ],
        why: 'Doubling the dilations from block to block makes the receptive field grow exponentially with depth, while the number of parameters grows only linearly.',
        question:
          'Before you look: kernel_size 2, dilations 1, 2, 4, one stack. How many input steps can one output see?',
        answer: '15: 1 + 2·(2 − 1)·1·(1 + 2 + 4). The lattice shows the 15 lit input steps.',
      },
      'lag-too-short': {
        title: 'The lag task fails when the receptive field is too short',
        look: 'The task: the input is white noise and the target at step t is the input at step t − 48. The receptive field is 1 + 2·1·1·(1+2+4+8) = 31 steps, shorter than the lag of 48.',
        tryThis: [
          'Press play and watch the loss for a few hundred steps.',
          'It stays near 1: the best the network can do is answer 0, because the step it must copy is outside what it sees.',
        ],
        question:
          'Before you press play: the receptive field is 31 steps and the lag is 48. Will the loss fall below the baseline?',
        answer:
          'No. The step the network must copy is 48 steps back, outside the 31 steps it sees, so its best answer is 0 and the loss stays at the baseline.',
      },
      'lag-long-enough': {
        title: '…and succeeds once the receptive field is longer than the lag',
        look: 'The same task with dilations 1, 2, 4, 8, 16, 32: the receptive field is 1 + 2·1·1·63 = 127 steps, longer than the lag of 48.',
        tryThis: [
          'Press play: the loss falls towards 0 within a few hundred steps.',
          'Go back a lesson and compare: only the dilations changed.',
        ],
      },
      'missing-gradient': {
        title: 'A variable that never learns',
        look: "keras-tcn users reported \"Gradients do not exist for variables ['kernel', 'bias']\" for this model: TCN(nb_filters=2, kernel_size=91, nb_stacks=1, dilations=[1], use_skip_connections=True, return_sequences=True) on an input with 4 channels.",
        tryThis: [
          'Press play, then look at the gradients of residual_block_0/matching_conv1D: its kernel and bias say "no gradient" at every step.',
          'Every other variable gets a gradient.',
        ],
        why: 'The input has 4 channels but the block has 2 filters, so keras-tcn adds matching_conv1D, a 1×1 convolution that makes the input fit the residual sum. With skip connections on, the TCN output is the sum of each block’s skip output, and the last block’s residual output is thrown away. That residual output is matching_conv1D’s only consumer, so the loss does not depend on it.',
        question:
          'Before you look at the colours: one residual block, 4 input channels, 2 filters, skip connections on. Which variables will never get a gradient?',
        answer:
          'residual_block_0/matching_conv1D’s kernel and bias: the hatched squares in the shortcut row. Their only consumer, the last block’s residual output, is discarded by the skip connections.',
      },
      'fix-two-blocks': {
        title: 'Fix 1 of 4: a second block (dilations 1, 2)',
        look: 'Dilations [1, 2] build a second residual block. It reads the first block’s residual output, so matching_conv1D now reaches the output.',
        tryThis: [
          'Press play: every variable, matching_conv1D included, gets a gradient.',
          'The second block’s input already has 2 channels, so it needs no matching_conv1D of its own.',
        ],
      },
      'fix-no-skip': {
        title: 'Fix 2 of 4: skip connections off',
        look: 'With use_skip_connections=False the TCN output is the last block’s residual output, which includes matching_conv1D.',
        tryThis: [
          'Press play: matching_conv1D gets a gradient.',
          'The receptive field and the parameter count stay the same.',
        ],
      },
      'fix-stacks': {
        title: 'Fix 3 of 4: two stacks (nb_stacks 2)',
        look: 'nb_stacks=2 repeats the dilations, so there are two residual blocks and the first one’s residual output feeds the second.',
        tryThis: [
          'Press play: matching_conv1D gets a gradient.',
          'The receptive field doubles, from 181 to 361 steps.',
        ],
      },
      'fix-filters': {
        title: 'Fix 4 of 4: nb_filters = input_dim = 4',
        look: 'With 4 filters the input already has as many channels as the block, so keras-tcn builds no matching_conv1D at all: the shortcut is an identity.',
        tryThis: [
          'Look at the variables: matching_conv1D is gone.',
          'Press play: every variable gets a gradient.',
        ],
      },
      'effective-field': {
        title: 'The effective field inside the theoretical one',
        look: 'The theoretical receptive field here is 1 + 2·2·1·31 = 125 steps: every one of them can reach the output. But how much does each one move it? The bars under the lattice are the measured |∂y/∂x|, and the shaded bands the spans that hold 50 %, 90 % and 99 % of it: the effective receptive field.',
        tryThis: [
          'Press Measure before training: note the three widths.',
          'Train for 200 steps (the field is measured again every 50): watch the 50 % span settle on the lag of 8.',
          'Set the lag to 40 and train again: the effective field moves to where the answer is.',
        ],
        why: 'Luo et al. (2016) showed that the gradient of a deep convolutional network concentrates near the centre of its theoretical field, roughly like a Gaussian: most of the field is reachable but barely used. Training moves the mass to the steps the task needs.',
        question:
          'Before training: will 90 % of the gradient come from all 125 steps of the receptive field, or from far fewer?',
        answer:
          'From far fewer. Read the 90 % width under the lattice: the effective field is a fraction of the theoretical one, concentrated near the output step.',
      },
      'perturbation-proof': {
        title: 'The proof by perturbation',
        look: 'The receptive field here is 15 steps. Change one input step and watch the output at the last step: the "Perturb every input step" button does it for each step in turn, on the real network with its current weights.',
        tryThis: [
          'Press "Perturb every input step": outside the 15 steps the change is exactly 0.0, not small.',
          'Set padding to same and perturb again: now later inputs move the output too (the future half).',
          'Turn use_batch_norm on: in inference mode nothing changes; the page explains why training mode would mix the batch.',
        ],
        why: 'A causal dilated convolution never reads a step outside its taps: the output is a function of the 15 steps alone, so changing any other input changes nothing, to the last bit. This is the answer to "why do inputs outside the receptive field seem to change the output" (keras-tcn #146): they do not, unless padding is same, the output is a single step of return_sequences=False, or batch norm in training mode mixes the batch.',
        question:
          'If you change the input 30 steps before the output, with a receptive field of 15, how much does the output change: a little, or exactly nothing?',
        answer: 'Exactly 0.0: that step is not connected to the output by any path.',
      },
      'choose-dilations': {
        title: 'Choosing dilations for a given lag',
        look: 'The task is a lag of 48: each output must see 49 steps back. The advisor lists the configurations that cover 49 steps with the fewest parameters, and warns that the current one (31 steps) does not.',
        tryThis: [
          'Read the advisor’s first row: the kernel size, dilations and stacks it proposes, and their cost.',
          'Apply it and train: the loss falls below the baseline.',
          'Type 200 in "Cover" and compare: more levels or a larger kernel, and what that costs.',
        ],
        why: 'Doubling dilations (1, 2, 4, …) cover 2^L steps with L levels, so a field grows exponentially with depth while the parameters grow linearly: the cheapest cover is usually a small kernel with enough levels. A field far beyond the sequence only reads padding.',
        question:
          'With kernel 2, how many doubling dilations (1, 2, 4, …) does a lag of 48 need: 4, 5 or 6?',
        answer:
          '5 gives 1 + 2·1·(1+2+4+8+16) = 63 ≥ 49; 4 gives only 31. The advisor may find something cheaper still.',
      },
    },
    messages: {
      tcn: {
        kernelSizeNotCount:
          'kernel_size must be a whole number of at least 1 (how many time steps each convolution looks at); got {{value}}.',
        nbStacksNotCount:
          'nb_stacks must be a whole number of at least 1 (how many times the list of dilations is repeated); got {{value}}.',
        inputDimNotCount:
          'input_dim must be a whole number of at least 1 (the number of channels of the input sequence); got {{value}}.',
        overLimit:
          '{{setting}} = {{value}} is more than this page can run (at most {{max}}): lower {{setting}} to {{max}} or less.',
        notBoolean: '{{setting}} must be true or false; got {{value}}.',
        notOneOf: '{{setting}} must be one of {{allowed}}; got {{value}}.',
        paddingNotAllowed:
          '{{setting}} must be one of {{allowed}}; got {{value}}. keras-tcn refuses anything else ("{{error}}"): \'valid\' would shorten the sequence in every layer, so residual sums would not line up.',
        dilationsNotList:
          'dilations must be a list of whole numbers such as [1, 2, 4, 8]; got {{value}}.',
        dilationsEmpty:
          'dilations is empty: the network would have no residual block at all (keras-tcn crashes on this). Give at least one dilation, e.g. [1].',
        dilationNotCount:
          'every dilation must be a whole number of at least 1 (the gap between the time steps a convolution reads); got {{value}}.',
        tooManyDilations:
          '{{dilations}} dilations are more than this page can run (at most {{max}}): remove some.',
        dilationOverLimit:
          'a dilation of {{largest}} is more than this page can run (at most {{max}}): lower it to {{max}} or less.',
        tooManyBlocks:
          'nb_stacks × number of dilations = {{blocks}} residual blocks, more than this page can run (at most {{max}}): lower nb_stacks to {{stacks}} or use fewer dilations.',
        filterListNotCounts:
          'every entry of the nb_filters list must be a whole number of at least 1; got {{value}}.',
        filterListLength:
          'a list of nb_filters gives the filters of each dilation, so it needs {{needed}} entries (one per dilation); it has {{given}}. keras-tcn stops with a bare AssertionError here.',
        skipNeedsEqualFilters:
          'skip connections add the outputs of all residual blocks, which only works when every block has the same number of filters. Use one number for nb_filters, make the list all equal, or turn use_skip_connections off. (keras-tcn: "{{error}}")',
        filterListOverLimit:
          'nb_filters of {{largest}} is more than this page can run (at most {{max}}).',
        filtersNotCount:
          'nb_filters must be a whole number of at least 1, or a list with one per dilation; got {{value}}.',
        filtersOverLimit:
          'nb_filters = {{value}} is more than this page can run (at most {{max}}): lower it to {{max}} or less.',
        dropoutNotNumber:
          'dropout_rate must be a number from 0 up to (not including) 1; got {{value}}.',
        dropoutNegative:
          'dropout_rate is the fraction of channels dropped while training, so it must be at least 0 and below 1; got {{value}}.',
        dropoutOne:
          'dropout_rate is the fraction of channels dropped while training, so it must be at least 0 and below 1; got {{value}}. At 1 every channel is dropped and the network outputs nothing but biases; keras-tcn lets this through silently.',
        oneNormalization:
          'only one normalization can be on at a time: choose batch norm, layer norm or weight norm. (keras-tcn: "{{error}}")',
        tooManyParameters:
          'this network would have {{params, number}} parameters, more than this page can train (at most {{max, number}}): lower nb_filters, kernel_size or the number of residual blocks.',
      },
      field: {
        notNumber: '{{setting}} must be a number.',
        notWhole: '{{setting}} must be a whole number.',
        range: {
          atLeastAtMost: '{{setting}} must be at least {{min}} and at most {{max}}.',
          aboveAtMost: '{{setting}} must be above {{min}} and at most {{max}}.',
          atLeastBelow: '{{setting}} must be at least {{min}} and below {{max}}.',
          aboveBelow: '{{setting}} must be above {{min}} and below {{max}}.',
        },
        notBoolean: '{{setting}} must be true or false.',
        notOneOf: '{{setting}} must be one of {{allowed}}.',
        notNameList: '{{setting}} must be a list of names.',
        noColumn: '{{setting}} must name at least one column.',
        tooManyColumns: '{{setting}} can name at most {{max}} columns.',
        columnTwice: '{{setting}} names a column twice.',
        notName: '{{setting}} must be a name.',
        emptyName: '{{setting}} must not be empty.',
        nameTooLong: '{{setting}} must be at most {{max}} characters.',
      },
      config: {
        notSetting: {
          plain: '{{name}} is not a setting of this page.',
          guess: '{{name}} is not a setting of this page — did you mean {{guess}}?',
        },
        lagTooLong:
          'the lag ({{lag}}) must be shorter than the sequence (seq_len {{seqLen}}), or no step has a target.',
        copyMemoryTooShort:
          'copy_memory needs at least 21 steps: ten symbols, a gap with the delimiter, and ten steps to recall them.',
        needsSequences:
          'the {{task}} task has a target at every step, so the TCN must return the whole sequence: set return_sequences=true.',
        needsLastStep:
          'the {{task}} task has one answer per sequence, so the TCN must return only its last step: set return_sequences=false.',
        presetLacksColumns: '{{series}} has no number column {{names}}; it has {{columns}}.',
      },
      link: {
        unreadable: 'the link could not be read at all.',
        version: 'this page reads version 1 links; version {{version}} was read as version 1.',
        repeated: '{{setting}} appears more than once; the first one is used.',
        notPanel: '{{name}} is not a panel of this page.',
        notListedPanel: {
          plain: '{{name}} is not a panel of this page (panels: {{panels}}).',
          guess:
            '{{name}} is not a panel of this page (panels: {{panels}}) — did you mean {{guess}}?',
        },
        notLessonName: 'not a lesson name.',
        noLesson: {
          plain: 'there is no lesson {{name}}.',
          guess: 'there is no lesson {{name}} — did you mean {{guess}}?',
        },
        notLanguageCode: 'not a language code.',
        noLanguage: {
          plain: 'there is no language {{name}}.',
          guess: 'there is no language {{name}} — did you mean {{guess}}?',
        },
        clampedUp: '{{value}} is below the least, {{min}}: clamped to {{min}}',
        clampedDown: '{{value}} is above the most, {{max}}: clamped to {{max}}',
        clampSeparator: '; ',
        clamped: '{{changes}}.',
        keptAsWritten:
          '{{reason}} It is shown as written, marked in the form: change it there to train.',
        usingDefault: '{{reason}} Using {{value}}.',
        copyMemoryLengthened:
          'copy_memory needs at least 21 steps (ten symbols, a gap, ten to recall); seq_len {{seqLen}} became 21.',
        lagShortened:
          'lag must be shorter than seq_len ({{seqLen}}); lag {{lag}} became {{shorter}}.',
        tcnInputDimReplaced:
          "the TCN's input_dim follows from the task ({{task}} has {{channels}} input channel(s)); {{value}} was replaced.",
        presetLacksColumns:
          '{{series}} has no number column {{names}} (it has {{columns}}); using its own choice.',
      },
      file: {
        notJson: 'not valid JSON: {{error}}',
        notConfigObject:
          'a configuration is a JSON object with {{v}}, {{tcn}}, {{task}}, {{train}} and (for a series) {{data}}.',
        version: 'this page reads version 1; {{version}} was read as version 1.',
        notSection: '{{name}} is not a part of a configuration.',
        sectionNotObject: '{{section}} must be an object.',
        configNotJson: 'it is not valid JSON ({{error}}).',
        configIsArray:
          'a configuration is a JSON object with {{v}}, {{tcn}}, {{task}} and {{train}}; this file holds an array.',
        configIsValue:
          'a configuration is a JSON object with {{v}}, {{tcn}}, {{task}} and {{train}}; this file holds {{value}}.',
        configIsWeights: 'it is a weights file: load it under “Trained weights”.',
        configNoSections:
          'a configuration has {{v}}, {{tcn}}, {{task}} and {{train}}; this object has none of them.',
        configNoSectionsKeys:
          'a configuration has {{v}}, {{tcn}}, {{task}} and {{train}}; this object has none of them (its keys: {{keys}}).',
        weightsNotObject: 'a weights file is a JSON object; this file is not one.',
        weightsIsConfig: 'it is a configuration, not weights: load it under “Configuration”.',
        weightsNoFormat:
          'it is not a TCN Playground weights file (format missing; expected "{{expected}}").',
        weightsOtherFormat:
          'it is not a TCN Playground weights file (format {{format}}; expected "{{expected}}").',
        weightsVersion: 'this page reads weights files of version 1, not {{version}}.',
        weightsStep: '{{field}} must be a whole number ≥ 0, not {{value}}.',
        weightsNoList: 'it has no list of weights.',
        weightNoName: 'weight {{number}} has no name.',
        weightUnknown:
          '{{name}} is not a variable of this model (its {{total}} variables start with {{first}}).',
        weightUnknownNoVariables:
          '{{name}} is not a variable of this model (its {{total}} variables start with nothing).',
        weightTwice: '{{name}} appears twice.',
        weightNoShape: '{{name}} has no valid shape ({{shape}}).',
        weightShape: '{{name}} has shape {{given}} in the file, but {{expected}} in this model.',
        weightNoData: '{{name}} has no list of numbers.',
        weightSize: '{{name}} holds {{given}} numbers; its shape {{shape}} needs {{size}}.',
        weightNotFinite: '{{name}}[{{index}}] is {{value}}, not a finite number.',
        weightMissing: 'it has no weights for {{name}}.',
      },
      budget: {
        memoryBatch:
          'this run would need about {{gib}} GiB of activations per step (the budget is {{budget}} GiB): lower batch_size to {{batch}} or less (or shorten seq_len, or use fewer filters).',
        timeBatch:
          'this run would need about {{gflop}} GFLOP per step, roughly {{seconds}} s on a laptop (the budget is {{budget}} GFLOP): lower batch_size to {{batch}} or less (or shorten seq_len, or use fewer filters).',
        memorySeqLen:
          'this run would need about {{gib}} GiB of activations per step (the budget is {{budget}} GiB) even with batch_size 1: lower seq_len to {{seqLen}} or less, or use fewer filters.',
        timeSeqLen:
          'this run would need about {{gflop}} GFLOP per step, roughly {{seconds}} s on a laptop (the budget is {{budget}} GFLOP) even with batch_size 1: lower seq_len to {{seqLen}} or less, or use fewer filters.',
      },
      paste: {
        howTo: "paste a TCN(...) call, the model's JSON ({{toJson}}) or the layer's get_config()",
        nothingToRead: 'Nothing to read: {{howTo}}.',
        nothingPasted: 'Nothing was pasted: {{howTo}}.',
        tooLong:
          "The text is too long ({{length, number}} characters, at most {{max, number}}): paste only the TCN(...) call or the model's JSON.",
        unreadable: 'The text could not be read ({{error}}): {{howTo}}.',
        unreadableUnknown: 'The text could not be read (unknown error): {{howTo}}.',
        stringNotClosed:
          'A string is not closed: the {{quote}} on line {{line}} has no closing {{quote}}.',
        callNotClosedBefore:
          "The TCN(...) call is not closed: a '{{expected}}' is missing before the '{{closer}}' on line {{line}}.",
        bracketsBeforeCall:
          "The brackets before the TCN(...) call do not match: the '{{closer}}' on line {{line}} closes a bracket that needs '{{expected}}'.",
        callNotClosed:
          "The TCN(...) call is not closed: a ')' is missing (it opens on line {{line}}).",
        dictNotClosed: "The dict is not closed: a '}' is missing.",
        compiledTcn:
          'compiled_tcn(...) builds a whole model the playground does not read: paste the TCN(...) call instead.',
        noCall: 'No TCN(...) call and no TCN configuration found: {{howTo}}.',
        noLayerJson:
          'This JSON has no TCN layer (no "class_name": "TCN") and is not a TCN configuration: {{howTo}}.',
        noLayerDict:
          'This Python dict has no TCN layer (no "class_name": "TCN") and is not a TCN configuration: {{howTo}}.',
        argument: 'argument {{position}}',
        givenTwice: '{{setting}} is given twice (Python refuses this); used the first, {{first}}.',
        and: '{{list}} and {{item}}',
        lineSource: 'line {{line}} ({{source}})',
        variablesRead_one: '{{names}} is a variable: read its value from {{from}}.',
        variablesRead_other: '{{names}} are variables: read their values from {{from}}.',
        positionalAfterKeyword:
          '{{text}} comes by position after keyword arguments, a Python syntax error; ignored.',
        unpackUnread:
          'the arguments in {{text}} cannot be read without running the code; kept the current values.',
        emptyArgument: 'an empty argument (two commas in a row) is a Python syntax error; ignored.',
        extraPositional:
          'TCN takes at most {{max}} arguments by position (nb_filters … return_state); {{text}} was ignored.',
        extraPositionals:
          'TCN takes at most {{max}} arguments by position (nb_filters … return_state); {{more}} more, from {{text}}, were ignored.',
        manyCalls_one:
          'the text has {{total}} TCN(...) calls: used the first (line {{line}}) and ignored the other (line {{lines}}).',
        manyCalls_other:
          'the text has {{total}} TCN(...) calls: used the first (line {{line}}) and ignored the others (lines {{lines}}).',
        manyLayers:
          'the model has {{total}} TCN layers: used the first and ignored the others ({{names}}).',
        bidirectional:
          'the playground builds the TCN alone, not {{wrapper}}(...): {{wrapper}} runs a second TCN over the reversed sequence and joins both outputs.',
        timeDistributed:
          'the playground builds the TCN alone, not {{wrapper}}(...): {{wrapper}} applies the TCN to each slice of an extra axis.',
        wrapper: 'the playground builds the TCN alone, not {{wrapper}}(...).',
        returnState:
          'the playground builds the TCN without return_state; its outputs are the same as with it off.',
        layerArg: {
          name: 'Keras accepts {{setting}}, but a layer name does not change the network; ignored.',
          trainable:
            'Keras accepts {{setting}}, but the playground always trains the TCN; ignored.',
          dtype: 'Keras accepts {{setting}}, but the playground computes in float32; ignored.',
          autocast: 'Keras accepts {{setting}}, but the playground computes in float32; ignored.',
          activity_regularizer:
            'Keras accepts {{setting}}, but the playground trains without regularization; ignored.',
          weights:
            'Keras accepts {{setting}}, but the playground draws its own initial weights; ignored.',
          dynamic:
            'Keras accepts {{setting}}, but it is Keras bookkeeping with no effect here; ignored.',
          batch_size:
            'Keras accepts {{setting}}, but the batch size is a training setting here: set it under Training; ignored.',
        },
        unknownArg: {
          call: "keras-tcn's TCN has no argument {{name}}, and Keras would refuse it; ignored.",
          callGuess:
            "keras-tcn's TCN has no argument {{name}}, and Keras would refuse it; ignored. Did you mean {{guess}}?",
          config: "keras-tcn's TCN has no argument {{name}}; ignored.",
          configGuess: "keras-tcn's TCN has no argument {{name}}; ignored. Did you mean {{guess}}?",
        },
        initializerRead:
          "read the initializer {{text}} as '{{name}}' (its own settings, such as a seed, are not used).",
        dictValue: '{{setting}} cannot be a dict; kept the current value.',
        dimInvalid:
          '{{setting}} must be a whole number of channels of at least 1; got {{value}}: kept the current input_dim.',
        shapeInvalid: {
          rank2:
            '{{setting}} must be (steps, channels), e.g. (100, 3); got {{value}}: kept the current seq_len and input_dim.',
          rank3:
            '{{setting}} must be (batch, steps, channels), e.g. (None, 100, 3); got {{value}}: kept the current seq_len and input_dim.',
        },
        anyLength: 'the sequence length is None (any length): kept the current seq_len.',
        shapeFrom: {
          call: 'the TCN itself gives no input shape; took seq_len {{steps}} and input_dim {{channels}} from {{call}} on line {{line}}.',
          callAnyLength:
            'the TCN itself gives no input shape; took input_dim {{channels}} from {{call}} on line {{line}}. Its sequence length is None (any length): kept the current seq_len.',
          layer:
            "the TCN itself gives no input shape; took seq_len {{steps}} and input_dim {{channels}} from the model's InputLayer.",
          layerAnyLength:
            "the TCN itself gives no input shape; took input_dim {{channels}} from the model's InputLayer. Its sequence length is None (any length): kept the current seq_len.",
          namedLayer:
            "the TCN itself gives no input shape; took seq_len {{steps}} and input_dim {{channels}} from the model's InputLayer ({{name}}).",
          namedLayerAnyLength:
            "the TCN itself gives no input shape; took input_dim {{channels}} from the model's InputLayer ({{name}}). Its sequence length is None (any length): kept the current seq_len.",
        },
        moreNotices: '{{more}} more arguments were not used either; they are not listed.',
        notLiteral: {
          value: {
            plain:
              '{{value}} is not a literal: the playground reads values, it never runs code; kept the current value.',
            plainCurly:
              "{{value}} is not a literal (curly quotes ‘ ’ “ ” are not Python's quotes): the playground reads values, it never runs code; kept the current value.",
            described:
              '{{value}} is {{why}}, not a literal: the playground reads values, it never runs code; kept the current value.',
            describedCurly:
              "{{value}} is {{why}}, not a literal (curly quotes ‘ ’ “ ” are not Python's quotes): the playground reads values, it never runs code; kept the current value.",
          },
          shape: {
            plain:
              '{{value}} is not a literal: the playground reads values, it never runs code; kept the current seq_len and input_dim.',
            plainCurly:
              "{{value}} is not a literal (curly quotes ‘ ’ “ ” are not Python's quotes): the playground reads values, it never runs code; kept the current seq_len and input_dim.",
            described:
              '{{value}} is {{why}}, not a literal: the playground reads values, it never runs code; kept the current seq_len and input_dim.',
            describedCurly:
              "{{value}} is {{why}}, not a literal (curly quotes ‘ ’ “ ” are not Python's quotes): the playground reads values, it never runs code; kept the current seq_len and input_dim.",
          },
        },
        perSequenceOwnChannels:
          "return_sequences=False: the playground's one-answer task (adding) has 2 input channels and yours has {{channels}}. The TCN is shown with your {{channels}} channels, so its parameters and receptive field are keras-tcn's; to train it here, set return_sequences=true (the {{task}} task answers at every step).",
        becameAdding:
          'return_sequences=False gives one answer per sequence: the task became adding (it was {{task}}).',
        becameLag:
          'return_sequences=True answers at every step: the task became lag (adding has one answer per sequence).',
        addingChannels:
          "the adding problem has 2 input channels, so the TCN's input_dim is 2 here, not {{channels}}.",
        fixedChannels:
          '{{task}} has {{fixed}} input channels; the task became lag, which takes the {{channels}} of your input shape.',
        seriesChannels:
          "a series has one channel per input column: choose {{channels}} columns for the TCN's input_dim to be {{channels}}.",
      },
      python: {
        why: {
          notLiteral: 'not a literal',
          nothing: 'nothing',
          bytes: 'a bytes or f-string, not a plain string',
          call: 'a call',
          variable: 'a variable',
          nested: 'nested more than {{depth}} deep',
          comprehension: 'a comprehension, read only as {{form}}',
          dictKeys: 'not a dict of literal keys',
          tooLong: 'a list of more than {{max}} items',
        },
      },
      export: {
        weightNorm:
          'use_weight_norm is on, but keras-tcn has no weight norm (it was removed in 2025): the Keras model would lack the {{variable}} variables, so its parameter count and variables would differ from this one. Set use_weight_norm=false to export.',
        pageLimitOnly: '{{setting}}: {{message}} (a limit of the page only: Keras can build it.)',
        baselineTrained:
          'the trained network is the {{network}} baseline ({{setting}}); keras-tcn builds the TCN. Choose the TCN as the network, train, then export.',
        weightMissing: 'the weights have no {{name}}.',
        weightShape: '{{name}} has shape {{given}}, but {{expected}} in this configuration.',
        weightSize: '{{name}} holds {{given}} numbers, not {{size}}.',
        weightsExtra: 'the weights hold variables this model lacks: {{names}}.',
        checkShape:
          'the check batch is {{shape}}; the model reads [batch, {{seqLen}}, {{inputDim}}].',
        checkInputSize: 'the check batch has the wrong size.',
        checkOutputSize: 'the check outputs have the wrong size.',
        checkTargetSize: 'the check targets have the wrong size.',
      },
      gradient: {
        lastBlockMatchingConv:
          'use_skip_connections=True sums only the skip outputs, so the residual output of {{block}} — the only consumer of matching_conv1D — is discarded. {{block}} is the last residual block, so no later block reads it either.',
        lastBlockConvPath:
          'use_skip_connections=True sums only the skip outputs, so the residual output of {{block}} — the only consumer of the conv path of {{block}} — is discarded. {{block}} is the last residual block, so no later block reads it either.',
        cutMatchingConv: 'nothing that matching_conv1D feeds reaches the TCN output.',
        cutConvPath: 'nothing that the conv path of {{block}} feeds reaches the TCN output.',
        addDilation: 'Use two dilations: [{{dilations}}]',
        addDilationEffect:
          'adds a residual block whose input already has nb_filters channels, so its shortcut is an identity; the receptive field grows from {{from}} to {{to}}.',
        skipOff: 'Turn skip connections off',
        skipOffEffect:
          'the output becomes the last residual output, which includes matching_conv1D; the receptive field stays the same.',
        addStack: 'Use nb_stacks = {{stacks}}',
        addStackEffect:
          "repeats the dilations, so the first block's residual output feeds the next block; the receptive field grows from {{from}} to {{to}}.",
        filtersAsInput: 'Use nb_filters = input_dim = {{dim}}',
        filtersAsInputEffect:
          'the input already has nb_filters channels, so no matching_conv1D is built at all (the shortcut is an identity); the network gets {{dim}} instead of {{filters}} filters per layer.',
      },
    },
    runtime: {
      separator: '; ',
      client: {
        crash: {
          errorAt: '{{message}} at {{file}}:{{line}}',
          scriptFailed: 'its script failed to load or threw',
          unreadable: 'a message from it could not be read',
          stopped: 'it stopped running',
          silent: 'it gave no sign of life for {{seconds}} s',
          silentSteps:
            'it gave no sign of life for {{seconds}} s; its steps took at most {{ms}} ms',
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
          baseline:
            'persistence: repeating the last known value (measured once the series is read)',
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
    },
    language: {
      label: 'Language of the page',
    },
  },
} satisfies Catalogue;
export default catalogue;
