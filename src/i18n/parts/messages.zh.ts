// 简体中文 texts of the "messages" keys (merged into locales/zh.ts); the same keys as messages.en.ts.
export default {
  tcn: {
    kernelSizeNotCount:
      'kernel_size 必须是不小于 1 的整数（每次卷积看多少个时间步）；当前为 {{value}}。',
    nbStacksNotCount: 'nb_stacks 必须是不小于 1 的整数（膨胀率列表重复几遍）；当前为 {{value}}。',
    inputDimNotCount: 'input_dim 必须是不小于 1 的整数（输入序列的通道数）；当前为 {{value}}。',
    overLimit:
      '{{setting}} = {{value}} 超出了本页能运行的范围（最多 {{max}}）：请把 {{setting}} 降到 {{max}} 或更小。',
    notBoolean: '{{setting}} 必须是 true 或 false；当前为 {{value}}。',
    notOneOf: '{{setting}} 必须是 {{allowed}} 之一；当前为 {{value}}。',
    paddingNotAllowed:
      '{{setting}} 必须是 {{allowed}} 之一；当前为 {{value}}。keras-tcn 拒绝其他取值（“{{error}}”）：valid 会让每一层都缩短序列，残差相加时就对不齐了。',
    dilationsNotList: 'dilations 必须是整数列表，例如 [1, 2, 4, 8]；当前为 {{value}}。',
    dilationsEmpty:
      'dilations 为空：网络将一个残差块也没有（keras-tcn 会因此崩溃）。请至少给出一个膨胀率，例如 [1]。',
    dilationNotCount:
      '每个膨胀率都必须是不小于 1 的整数（卷积读取的时间步之间的间隔）；当前为 {{value}}。',
    tooManyDilations:
      '{{dilations}} 个膨胀率超出了本页能运行的范围（最多 {{max}} 个）：请删掉一些。',
    dilationOverLimit:
      '膨胀率 {{largest}} 超出了本页能运行的范围（最多 {{max}}）：请降到 {{max}} 或更小。',
    tooManyBlocks:
      'nb_stacks × 膨胀率个数 = {{blocks}} 个残差块，超出了本页能运行的范围（最多 {{max}} 个）：请把 nb_stacks 降到 {{stacks}}，或减少膨胀率。',
    filterListNotCounts: 'nb_filters 列表中的每一项都必须是不小于 1 的整数；当前为 {{value}}。',
    filterListLength:
      'nb_filters 列表给出每个膨胀率对应的滤波器数，因此需要 {{needed}} 项（每个膨胀率一项）；现在有 {{given}} 项。keras-tcn 在这里会直接抛出 AssertionError 而停止。',
    skipNeedsEqualFilters:
      '跳跃连接把所有残差块的输出相加，只有每个块的滤波器数相同时才行得通。请给 nb_filters 一个数，或让列表中的数全部相等，或关闭 use_skip_connections。（keras-tcn：“{{error}}”）',
    filterListOverLimit: 'nb_filters 为 {{largest}}，超出了本页能运行的范围（最多 {{max}}）。',
    filtersNotCount: 'nb_filters 必须是不小于 1 的整数，或每个膨胀率一项的列表；当前为 {{value}}。',
    filtersOverLimit:
      'nb_filters = {{value}} 超出了本页能运行的范围（最多 {{max}}）：请降到 {{max}} 或更小。',
    dropoutNotNumber: 'dropout_rate 必须是从 0 到 1（不含 1）的数；当前为 {{value}}。',
    dropoutNegative:
      'dropout_rate 是训练时丢弃的通道比例，因此必须不小于 0 且小于 1；当前为 {{value}}。',
    dropoutOne:
      'dropout_rate 是训练时丢弃的通道比例，因此必须不小于 0 且小于 1；当前为 {{value}}。取 1 时所有通道都被丢弃，网络只输出偏置；keras-tcn 对此不加提示地放行。',
    oneNormalization:
      '同一时间只能开启一种归一化：请在批归一化、层归一化和权重归一化中选一种。（keras-tcn：“{{error}}”）',
    tooManyParameters:
      '这个网络将有 {{params, number}} 个参数，超出了本页能训练的范围（最多 {{max, number}} 个）：请减小 nb_filters、kernel_size 或残差块的数量。',
  },
  field: {
    notNumber: '{{setting}} 必须是数字。',
    notWhole: '{{setting}} 必须是整数。',
    range: {
      atLeastAtMost: '{{setting}} 必须不小于 {{min}} 且不大于 {{max}}。',
      aboveAtMost: '{{setting}} 必须大于 {{min}} 且不大于 {{max}}。',
      atLeastBelow: '{{setting}} 必须不小于 {{min}} 且小于 {{max}}。',
      aboveBelow: '{{setting}} 必须大于 {{min}} 且小于 {{max}}。',
    },
    notBoolean: '{{setting}} 必须是 true 或 false。',
    notOneOf: '{{setting}} 必须是 {{allowed}} 之一。',
    notNameList: '{{setting}} 必须是名称列表。',
    noColumn: '{{setting}} 必须至少指定一列。',
    tooManyColumns: '{{setting}} 最多只能指定 {{max}} 列。',
    columnTwice: '{{setting}} 把同一列指定了两次。',
    notName: '{{setting}} 必须是名称。',
    emptyName: '{{setting}} 不能为空。',
    nameTooLong: '{{setting}} 最多 {{max}} 个字符。',
  },
  config: {
    notSetting: {
      plain: '{{name}} 不是本页的设置。',
      guess: '{{name}} 不是本页的设置——你是想写 {{guess}} 吗？',
    },
    lagTooLong: '滞后步数（{{lag}}）必须小于序列长度（seq_len {{seqLen}}），否则没有哪一步有目标。',
    copyMemoryTooShort:
      'copy_memory 至少需要 21 步：十个符号、一段带分隔符的间隔，以及回忆这十个符号的十步。',
    needsSequences:
      '当前任务每一步都有目标，因此 TCN 必须返回整个序列：请设置 return_sequences=true。',
    needsLastStep:
      '当前任务每个序列只有一个答案，因此 TCN 只能返回最后一步：请设置 return_sequences=false。',
    presetLacksColumns: '{{series}} 没有数值列 {{names}}；它有 {{columns}}。',
  },
  link: {
    unreadable: '这个链接完全无法读取。',
    version: '本页读取版本 1 的链接；版本 {{version}} 已按版本 1 读取。',
    repeated: '{{setting}} 出现了不止一次；使用第一个。',
    notPanel: '{{name}} 不是本页的面板。',
    notListedPanel: {
      plain: '{{name}} 不是本页的面板（面板有：{{panels}}）。',
      guess: '{{name}} 不是本页的面板（面板有：{{panels}}）——你是想写 {{guess}} 吗？',
    },
    notLessonName: '不是课程名称。',
    noLesson: {
      plain: '没有名为 {{name}} 的课程。',
      guess: '没有名为 {{name}} 的课程——你是想写 {{guess}} 吗？',
    },
    notLanguageCode: '不是语言代码。',
    noLanguage: {
      plain: '没有语言 {{name}}。',
      guess: '没有语言 {{name}}——你是想写 {{guess}} 吗？',
    },
    clampedUp: '{{value}} 小于最小值 {{min}}：已调整为 {{min}}',
    clampedDown: '{{value}} 大于最大值 {{max}}：已调整为 {{max}}',
    clampSeparator: '；',
    clamped: '{{changes}}。',
    keptAsWritten: '{{reason}}它按原样显示，并在表单中标出：在那里修改后才能训练。',
    usingDefault: '{{reason}}改用 {{value}}。',
    copyMemoryLengthened:
      'copy_memory 至少需要 21 步（十个符号、一段间隔、十步回忆）；seq_len {{seqLen}} 已改为 21。',
    lagShortened: '滞后步数必须小于 seq_len（{{seqLen}}）；滞后步数 {{lag}} 已改为 {{shorter}}。',
    tcnInputDimReplaced:
      'TCN 的 input_dim 由任务决定（当前任务有 {{channels}} 个输入通道）；{{value}} 已被替换。',
    presetLacksColumns: '{{series}} 没有数值列 {{names}}（它有 {{columns}}）；改用它自带的选择。',
  },
  file: {
    notJson: '不是有效的 JSON：{{error}}',
    notConfigObject:
      '配置是一个 JSON 对象，包含 {{v}}、{{tcn}}、{{task}}、{{train}}，时间序列任务还包含 {{data}}。',
    version: '本页读取版本 1；{{version}} 已按版本 1 读取。',
    notSection: '{{name}} 不是配置的组成部分。',
    sectionNotObject: '{{section}} 必须是对象。',
    configNotJson: '它不是有效的 JSON（{{error}}）。',
    configIsArray:
      '配置是一个包含 {{v}}、{{tcn}}、{{task}} 和 {{train}} 的 JSON 对象；这个文件里是一个数组。',
    configIsValue:
      '配置是一个包含 {{v}}、{{tcn}}、{{task}} 和 {{train}} 的 JSON 对象；这个文件里是 {{value}}。',
    configIsWeights: '这是一个权重文件：请在“训练好的权重”处加载。',
    configNoSections: '配置包含 {{v}}、{{tcn}}、{{task}} 和 {{train}}；这个对象一个都没有。',
    configNoSectionsKeys:
      '配置包含 {{v}}、{{tcn}}、{{task}} 和 {{train}}；这个对象一个都没有（它的键：{{keys}}）。',
    weightsNotObject: '权重文件是一个 JSON 对象；这个文件不是。',
    weightsIsConfig: '这是一个配置文件，不是权重：请在“配置”处加载。',
    weightsNoFormat: '这不是 TCN Playground 的权重文件（缺少格式；应为 "{{expected}}"）。',
    weightsOtherFormat:
      '这不是 TCN Playground 的权重文件（格式为 {{format}}；应为 "{{expected}}"）。',
    weightsVersion: '本页读取版本 1 的权重文件，而不是 {{version}}。',
    weightsStep: '{{field}} 必须是不小于 0 的整数，而不是 {{value}}。',
    weightsNoList: '它没有权重列表。',
    weightNoName: '第 {{number}} 个权重没有名称。',
    weightUnknown: '{{name}} 不是此模型的变量（它的 {{total}} 个变量以 {{first}} 开头）。',
    weightUnknownNoVariables: '{{name}} 不是此模型的变量（此模型共有 {{total}} 个变量）。',
    weightTwice: '{{name}} 出现了两次。',
    weightNoShape: '{{name}} 没有有效的形状（{{shape}}）。',
    weightShape: '{{name}} 在文件中的形状是 {{given}}，而在此模型中是 {{expected}}。',
    weightNoData: '{{name}} 没有数值列表。',
    weightSize: '{{name}} 有 {{given}} 个数；它的形状 {{shape}} 需要 {{size}} 个。',
    weightNotFinite: '{{name}}[{{index}}] 是 {{value}}，不是有限数。',
    weightMissing: '它没有 {{name}} 的权重。',
  },
  budget: {
    memoryBatch:
      '这次运行每步约需 {{gib}} GiB 的激活值（预算为 {{budget}} GiB）：请把 batch_size 降到 {{batch}} 或更小（或缩短 seq_len，或减少滤波器）。',
    timeBatch:
      '这次运行每步约需 {{gflop}} 十亿次浮点运算，在笔记本电脑上大约 {{seconds}} 秒（预算为 {{budget}} 十亿次）：请把 batch_size 降到 {{batch}} 或更小（或缩短 seq_len，或减少滤波器）。',
    memorySeqLen:
      '即使 batch_size 为 1，这次运行每步也约需 {{gib}} GiB 的激活值（预算为 {{budget}} GiB）：请把 seq_len 降到 {{seqLen}} 或更小，或减少滤波器。',
    timeSeqLen:
      '即使 batch_size 为 1，这次运行每步也约需 {{gflop}} 十亿次浮点运算，在笔记本电脑上大约 {{seconds}} 秒（预算为 {{budget}} 十亿次）：请把 seq_len 降到 {{seqLen}} 或更小，或减少滤波器。',
  },
  paste: {
    howTo: '请粘贴一个 TCN(...) 调用、模型的 JSON（{{toJson}}）或该层的 get_config()',
    nothingToRead: '没有可读取的内容：{{howTo}}。',
    nothingPasted: '什么也没有粘贴：{{howTo}}。',
    tooLong:
      '文本太长（{{length, number}} 个字符，最多 {{max, number}} 个）：请只粘贴 TCN(...) 调用或模型的 JSON。',
    unreadable: '无法读取这段文本（{{error}}）：{{howTo}}。',
    unreadableUnknown: '无法读取这段文本（未知错误）：{{howTo}}。',
    stringNotClosed: '有字符串没有闭合：第 {{line}} 行的 {{quote}} 没有对应的 {{quote}}。',
    callNotClosedBefore:
      "TCN(...) 调用没有闭合：第 {{line}} 行的 '{{closer}}' 之前缺少 '{{expected}}'。",
    bracketsBeforeCall:
      "TCN(...) 调用之前的括号不匹配：第 {{line}} 行的 '{{closer}}' 关闭的括号需要 '{{expected}}'。",
    callNotClosed: "TCN(...) 调用没有闭合：缺少 ')'（调用从第 {{line}} 行开始）。",
    dictNotClosed: "字典没有闭合：缺少 '}'。",
    compiledTcn: 'compiled_tcn(...) 构建的是整个模型，本页不读取它：请改为粘贴 TCN(...) 调用。',
    noCall: '没有找到 TCN(...) 调用，也没有找到 TCN 配置：{{howTo}}。',
    noLayerJson: '这段 JSON 没有 TCN 层（没有 "class_name": "TCN"），也不是 TCN 配置：{{howTo}}。',
    noLayerDict:
      '这个 Python 字典没有 TCN 层（没有 "class_name": "TCN"），也不是 TCN 配置：{{howTo}}。',
    argument: '第 {{position}} 个参数',
    givenTwice: '{{setting}} 给了两次（Python 不允许这样）；使用第一个：{{first}}。',
    and: '{{list}}、{{item}}',
    lineSource: '第 {{line}} 行（{{source}}）',
    variablesRead_other: '{{names}} 是变量：已从{{from}}读取其值。',
    positionalAfterKeyword:
      '{{text}} 是跟在关键字参数之后的位置参数，这是 Python 语法错误；已忽略。',
    unpackUnread: '不运行代码就无法读取 {{text}} 中的参数；保留当前值。',
    emptyArgument: '空参数（连续两个逗号）是 Python 语法错误；已忽略。',
    extraPositional:
      'TCN 最多接受 {{max}} 个位置参数（nb_filters … return_state）；{{text}} 已被忽略。',
    extraPositionals:
      'TCN 最多接受 {{max}} 个位置参数（nb_filters … return_state）；从 {{text}} 起的另外 {{more}} 个已被忽略。',
    manyCalls_other:
      '文本中有 {{total}} 个 TCN(...) 调用：使用了第一个（第 {{line}} 行），忽略了其余的（第 {{lines}} 行）。',
    manyLayers: '模型中有 {{total}} 个 TCN 层：使用了第一个，忽略了其余的（{{names}}）。',
    bidirectional:
      '本页只构建 TCN 本身，而不是 {{wrapper}}(...)：{{wrapper}} 会在反转的序列上再运行一个 TCN，并把两者的输出拼接起来。',
    timeDistributed:
      '本页只构建 TCN 本身，而不是 {{wrapper}}(...)：{{wrapper}} 会把 TCN 应用到额外一个轴的每个切片上。',
    wrapper: '本页只构建 TCN 本身，而不是 {{wrapper}}(...)。',
    returnState: '本页构建的 TCN 不带 return_state；它的输出与关闭该选项时相同。',
    layerArg: {
      name: 'Keras 接受 {{setting}}，但层的名称不会改变网络；已忽略。',
      trainable: 'Keras 接受 {{setting}}，但本页总是训练 TCN；已忽略。',
      dtype: 'Keras 接受 {{setting}}，但本页用 float32 计算；已忽略。',
      autocast: 'Keras 接受 {{setting}}，但本页用 float32 计算；已忽略。',
      activity_regularizer: 'Keras 接受 {{setting}}，但本页训练时不使用正则化；已忽略。',
      weights: 'Keras 接受 {{setting}}，但本页自己生成初始权重；已忽略。',
      dynamic: 'Keras 接受 {{setting}}，但它只是 Keras 内部的记录，在这里没有作用；已忽略。',
      batch_size: 'Keras 接受 {{setting}}，但批大小在这里是训练设置：请在“训练”中设置；已忽略。',
    },
    unknownArg: {
      call: 'keras-tcn 的 TCN 没有参数 {{name}}，Keras 也会拒绝它；已忽略。',
      callGuess:
        'keras-tcn 的 TCN 没有参数 {{name}}，Keras 也会拒绝它；已忽略。你是想写 {{guess}} 吗？',
      config: 'keras-tcn 的 TCN 没有参数 {{name}}；已忽略。',
      configGuess: 'keras-tcn 的 TCN 没有参数 {{name}}；已忽略。你是想写 {{guess}} 吗？',
    },
    initializerRead:
      "已把初始化器 {{text}} 读作 '{{name}}'（它自己的设置，例如随机种子，不会被使用）。",
    dictValue: '{{setting}} 不能是字典；保留当前值。',
    dimInvalid: '{{setting}} 必须是不小于 1 的整数通道数；当前为 {{value}}：保留当前的 input_dim。',
    shapeInvalid: {
      rank2:
        '{{setting}} 必须是（时间步数, 通道数），例如 (100, 3)；当前为 {{value}}：保留当前的 seq_len 和 input_dim。',
      rank3:
        '{{setting}} 必须是（批大小, 时间步数, 通道数），例如 (None, 100, 3)；当前为 {{value}}：保留当前的 seq_len 和 input_dim。',
    },
    anyLength: '序列长度为 None（任意长度）：保留当前的 seq_len。',
    shapeFrom: {
      call: 'TCN 本身没有给出输入形状；已从第 {{line}} 行的 {{call}} 取得 seq_len {{steps}} 和 input_dim {{channels}}。',
      callAnyLength:
        'TCN 本身没有给出输入形状；已从第 {{line}} 行的 {{call}} 取得 input_dim {{channels}}。其序列长度为 None（任意长度）：保留当前的 seq_len。',
      layer:
        'TCN 本身没有给出输入形状；已从模型的 InputLayer 取得 seq_len {{steps}} 和 input_dim {{channels}}。',
      layerAnyLength:
        'TCN 本身没有给出输入形状；已从模型的 InputLayer 取得 input_dim {{channels}}。其序列长度为 None（任意长度）：保留当前的 seq_len。',
      namedLayer:
        'TCN 本身没有给出输入形状；已从模型的 InputLayer（{{name}}）取得 seq_len {{steps}} 和 input_dim {{channels}}。',
      namedLayerAnyLength:
        'TCN 本身没有给出输入形状；已从模型的 InputLayer（{{name}}）取得 input_dim {{channels}}。其序列长度为 None（任意长度）：保留当前的 seq_len。',
    },
    moreNotices: '另有 {{more}} 个参数也未被使用；不再一一列出。',
    notLiteral: {
      value: {
        plain: '{{value}} 不是字面量：本页只读取值，从不运行代码；保留当前值。',
        plainCurly:
          '{{value}} 不是字面量（弯引号 ‘ ’ “ ” 不是 Python 的引号）：本页只读取值，从不运行代码；保留当前值。',
        described: '{{value}} 是{{why}}，不是字面量：本页只读取值，从不运行代码；保留当前值。',
        describedCurly:
          '{{value}} 是{{why}}，不是字面量（弯引号 ‘ ’ “ ” 不是 Python 的引号）：本页只读取值，从不运行代码；保留当前值。',
      },
      shape: {
        plain:
          '{{value}} 不是字面量：本页只读取值，从不运行代码；保留当前的 seq_len 和 input_dim。',
        plainCurly:
          '{{value}} 不是字面量（弯引号 ‘ ’ “ ” 不是 Python 的引号）：本页只读取值，从不运行代码；保留当前的 seq_len 和 input_dim。',
        described:
          '{{value}} 是{{why}}，不是字面量：本页只读取值，从不运行代码；保留当前的 seq_len 和 input_dim。',
        describedCurly:
          '{{value}} 是{{why}}，不是字面量（弯引号 ‘ ’ “ ” 不是 Python 的引号）：本页只读取值，从不运行代码；保留当前的 seq_len 和 input_dim。',
      },
    },
    perSequenceOwnChannels:
      'return_sequences=False：本页的单答案任务（加法问题）有 2 个输入通道，而你的有 {{channels}} 个。TCN 按你的 {{channels}} 个通道显示，因此参数和感受野与 keras-tcn 一致；要在这里训练，请设置 return_sequences=true（该任务每一步都作答）。',
    becameAdding: 'return_sequences=False 对每个序列只给出一个答案：任务已改为加法问题。',
    becameLag:
      'return_sequences=True 在每一步都作答：任务已改为滞后任务（加法问题每个序列只有一个答案）。',
    addingChannels:
      '加法问题有 2 个输入通道，因此这里 TCN 的 input_dim 是 2，而不是 {{channels}}。',
    fixedChannels:
      '原来的任务有 {{fixed}} 个输入通道；任务已改为滞后任务，它接受你的输入形状中的 {{channels}} 个通道。',
    seriesChannels:
      '时间序列的每个输入列对应一个通道：选择 {{channels}} 列，TCN 的 input_dim 才会是 {{channels}}。',
  },
  python: {
    why: {
      notLiteral: '不是字面量',
      nothing: '空的',
      bytes: '字节串或 f 字符串，而非普通字符串',
      call: '函数调用',
      variable: '变量',
      nested: '嵌套超过 {{depth}} 层',
      comprehension: '推导式，只能按 {{form}} 的形式读取',
      dictKeys: '键不全是字面量的字典',
      tooLong: '超过 {{max}} 项的列表',
    },
  },
  export: {
    weightNorm:
      'use_weight_norm 已开启，但 keras-tcn 没有权重归一化（已于 2025 年移除）：Keras 模型将缺少 {{variable}} 变量，因此参数数量和变量都会与这里不同。请设置 use_weight_norm=false 后再导出。',
    pageLimitOnly: '{{setting}}：{{message}}（这只是本页的限制：Keras 能构建它。）',
    baselineTrained:
      '训练的网络是 {{network}} 基线（{{setting}}）；keras-tcn 构建的是 TCN。请选择 TCN 作为网络，训练后再导出。',
    weightMissing: '权重中没有 {{name}}。',
    weightShape: '{{name}} 的形状是 {{given}}，而在此配置中应为 {{expected}}。',
    weightSize: '{{name}} 有 {{given}} 个数，而不是 {{size}} 个。',
    weightsExtra: '权重中有此模型没有的变量：{{names}}。',
    checkShape: '校验批次的形状是 {{shape}}；模型读取的形状是 [批大小, {{seqLen}}, {{inputDim}}]。',
    checkInputSize: '校验批次的大小不对。',
    checkOutputSize: '校验输出的大小不对。',
    checkTargetSize: '校验目标的大小不对。',
  },
  gradient: {
    lastBlockMatchingConv:
      'use_skip_connections=True 只把各块的跳跃输出相加，因此 {{block}} 的残差输出（matching_conv1D 的唯一去处）被丢弃了。{{block}} 是最后一个残差块，后面也没有块读取它。',
    lastBlockConvPath:
      'use_skip_connections=True 只把各块的跳跃输出相加，因此 {{block}} 的残差输出（{{block}} 卷积路径的唯一去处）被丢弃了。{{block}} 是最后一个残差块，后面也没有块读取它。',
    cutMatchingConv: 'matching_conv1D 输出所流向的任何地方都到达不了 TCN 的输出。',
    cutConvPath: '{{block}} 的卷积路径输出所流向的任何地方都到达不了 TCN 的输出。',
    addDilation: '使用两个膨胀率：[{{dilations}}]',
    addDilationEffect:
      '增加一个残差块，其输入已有 nb_filters 个通道，因此它的捷径是恒等映射；感受野从 {{from}} 增大到 {{to}}。',
    skipOff: '关闭跳跃连接',
    skipOffEffect: '输出变为最后一个残差输出，其中包含 matching_conv1D；感受野不变。',
    addStack: '使用 nb_stacks = {{stacks}}',
    addStackEffect:
      '重复膨胀率列表，于是第一个块的残差输出会流入下一个块；感受野从 {{from}} 增大到 {{to}}。',
    filtersAsInput: '使用 nb_filters = input_dim = {{dim}}',
    filtersAsInputEffect:
      '输入本来就有 nb_filters 个通道，因此完全不会构建 matching_conv1D（捷径是恒等映射）；网络每层的滤波器数变为 {{dim}}，而不是 {{filters}}。',
  },
};
