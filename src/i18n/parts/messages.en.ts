// English texts of the "messages" keys (merged into locales/en.ts): the checks of a configuration
// (the TCN, the other settings, a link, a configuration or weights file, a pasted TCN) and the
// errors of the keras-tcn export. The command line prints them too. keras-tcn's names and its
// own error messages are filled in as values, the same in every language.
export default {
  // The TCN's settings (src/engine/config.ts): what keras-tcn refuses, crashes on or lets
  // through, and the page's own limits.
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
  // A setting other than the TCN's, judged alone (src/config/fields.ts).
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
  // Why a whole configuration cannot train (src/config/schema.ts), and keys it does not know.
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
  // What reading a link (or a configuration file) ignored, rejected or adjusted.
  link: {
    unreadable: 'the link could not be read at all.',
    version: 'this page reads version 1 links; version {{version}} was read as version 1.',
    repeated: '{{setting}} appears more than once; the first one is used.',
    notPanel: '{{name}} is not a panel of this page.',
    notListedPanel: {
      plain: '{{name}} is not a panel of this page (panels: {{panels}}).',
      guess: '{{name}} is not a panel of this page (panels: {{panels}}) — did you mean {{guess}}?',
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
    // A number past its limits: one clause per number, joined into one sentence.
    clampedUp: '{{value}} is below the least, {{min}}: clamped to {{min}}',
    clampedDown: '{{value}} is above the most, {{max}}: clamped to {{max}}',
    clampSeparator: '; ',
    clamped: '{{changes}}.',
    keptAsWritten:
      '{{reason}} It is shown as written, marked in the form: change it there to train.',
    usingDefault: '{{reason}} Using {{value}}.',
    copyMemoryLengthened:
      'copy_memory needs at least 21 steps (ten symbols, a gap, ten to recall); seq_len {{seqLen}} became 21.',
    lagShortened: 'lag must be shorter than seq_len ({{seqLen}}); lag {{lag}} became {{shorter}}.',
    tcnInputDimReplaced:
      "the TCN's input_dim follows from the task ({{task}} has {{channels}} input channel(s)); {{value}} was replaced.",
    presetLacksColumns:
      '{{series}} has no number column {{names}} (it has {{columns}}); using its own choice.',
  },
  // A configuration file or a weights file (src/config/configJson.ts, weightsFile.ts).
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
  // A training step past the tab's budget (src/config/resourceBudget.ts).
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
  // "Paste your TCN": what the paste could not read or use (src/config/pastedTcn*.ts,
  // applyPasted.ts).
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
    callNotClosed: "The TCN(...) call is not closed: a ')' is missing (it opens on line {{line}}).",
    dictNotClosed: "The dict is not closed: a '}' is missing.",
    compiledTcn:
      'compiled_tcn(...) builds a whole model the playground does not read: paste the TCN(...) call instead.',
    noCall: 'No TCN(...) call and no TCN configuration found: {{howTo}}.',
    noLayerJson:
      'This JSON has no TCN layer (no "class_name": "TCN") and is not a TCN configuration: {{howTo}}.',
    noLayerDict:
      'This Python dict has no TCN layer (no "class_name": "TCN") and is not a TCN configuration: {{howTo}}.',
    // The key of a notice about an argument given by position.
    argument: 'argument {{position}}',
    givenTwice: '{{setting}} is given twice (Python refuses this); used the first, {{first}}.',
    // Variables read from their assignments: "n and k are variables: … from line 1 (…) and …".
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
    // Keras Layer arguments: Keras takes them, they change nothing the playground builds.
    layerArg: {
      name: 'Keras accepts {{setting}}, but a layer name does not change the network; ignored.',
      trainable: 'Keras accepts {{setting}}, but the playground always trains the TCN; ignored.',
      dtype: 'Keras accepts {{setting}}, but the playground computes in float32; ignored.',
      autocast: 'Keras accepts {{setting}}, but the playground computes in float32; ignored.',
      activity_regularizer:
        'Keras accepts {{setting}}, but the playground trains without regularization; ignored.',
      weights:
        'Keras accepts {{setting}}, but the playground draws its own initial weights; ignored.',
      dynamic: 'Keras accepts {{setting}}, but Keras bookkeeping with no effect here; ignored.',
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
    // The input shape taken from the script's Input(...) or the model's InputLayer.
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
    // A value that is not a literal ({{why}}: messages.python.why), and what is kept instead.
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
    // A pasted TCN laid over the page's task (src/config/applyPasted.ts).
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
  // Why a piece of pasted Python is not read as a value (src/config/pythonLiteral.ts).
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
  // Why the keras-tcn script cannot be written (src/config/kerasScript.ts).
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
    checkShape: 'the check batch is {{shape}}; the model reads [batch, {{seqLen}}, {{inputDim}}].',
    checkInputSize: 'the check batch has the wrong size.',
    checkOutputSize: 'the check outputs have the wrong size.',
    checkTargetSize: 'the check targets have the wrong size.',
  },
  // Variables that can never get a gradient, and the changes that fix it
  // (src/engine/reachability.ts).
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
};
