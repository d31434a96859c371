// 简体中文 texts of the "settings" keys (merged into locales/zh.ts); the same keys as settings.en.ts.
export default {
  moreSettings: '更多设置',
  namedMessage: '<code>{{name}}</code>：{{message}}',
  field: {
    minusOne: '{{name}} 减 1',
    plusOne: '{{name}} 加 1',
    problemKind: {
      kerasRejects: 'keras-tcn 拒绝此值：',
      kerasCrashes: 'keras-tcn 会因此崩溃：',
      kerasAccepts: 'keras-tcn 会默默接受：',
      tabLimit: '超出本页的上限：',
    },
  },
  problems: {
    count_other: '有 {{count}} 个问题导致无法训练：',
  },
  quick: {
    title: '网络结构',
    networkLabel: '网络',
  },
  tcn: {
    title: '更多 TCN 参数',
    note: 'keras-tcn 的 <code>TCN(...)</code> 参数，沿用 keras-tcn 中的名称。每次修改都会立即更新模型。',
    inputDimHelp: '输入序列的通道数：它不是 TCN 的参数，而是输入的形状，由下方的任务决定。',
    groups: {
      shape: '网络结构',
      block: '每个残差块内部',
    },
    help: {
      nb_filters: '每个卷积的滤波器数：一个数，或用逗号分隔的列表（每个膨胀率一个）。',
      kernel_size: '每个卷积读取多少个时间步。',
      dilations: '用逗号分隔的膨胀率，即卷积所读各步之间的间隔；每个膨胀率对应一个残差块。',
      nb_stacks: '整个膨胀率列表重复的次数。',
      padding: 'causal：每个输出只看到过去；same：以该输出为中心的窗口（包括过去和未来）。',
      use_skip_connections: '输出所有块卷积路径之和（跳跃连接），而不是最后一个块的残差输出。',
      return_sequences: '输出每个时间步；关闭时只保留一步（causal 取最后一步，same 取中间一步）。',
      go_backwards: '按时间倒序读取输入序列。',
      activation: '每个卷积之后使用的非线性函数。',
      kernel_initializer: '训练前如何随机生成卷积核。',
      dropout_rate: '训练时丢弃的通道比例：从 0 到 1（不含 1）。',
      use_batch_norm: '每个卷积之后做批归一化（增加 γ、β 和滑动统计量）。',
      use_layer_norm: '每个卷积之后在通道上做层归一化（增加 γ 和 β）。',
      use_weight_norm: '对每个卷积核做权重归一化（增加 g）；本页保留了它，keras-tcn 已将其移除。',
    },
  },
  task: {
    title: '任务详情',
    names: {
      adding: '加法问题',
      copy_memory: '复制记忆任务',
      lag: '滞后任务',
      sine: '正弦',
      series: '时间序列',
    },
    help: {
      task: 'TCN（外加一个 Dense 层）要学习的序列问题：一个合成任务，或一条真实的时间序列（随页面提供的，或你自己的文件）。',
      seq_len: '每个序列的时间步数（2 到 {{max}}）。',
      lag: '目标要回看多少步：只有感受野比它更长时才能学会。',
      input_dim: '每个时间步的输入通道数，即 TCN 的 input_dim（1 到 {{max}}）。',
      noise: '所加噪声的标准差（滞后任务加在目标上；正弦加在信号上）。',
    },
    noiseUnit: '0 = 无噪声',
    fixedChannels: {
      adding: '加法问题总是 2 个通道：随机数和两个标记。TCN 的 input_dim 为 2。',
      copy_memory:
        '复制记忆任务（copy_memory）每步输入 10 个类别的独热编码（空白、符号 1–8、分隔符）：总是 10 个通道。TCN 的 input_dim 为 10。',
      series: '时间序列的每个输入列是一个通道：TCN 的 input_dim 就是输入列的个数。',
    },
    info: {
      missing: '上方的任务设置全部有效后，这里会说明任务要求什么。',
      label: '任务要求什么',
      title: '{{title}}。',
      input: '输入',
      channels_other: '（{{count}} 个通道）',
      output: '输出',
      perStep: '（每个时间步一个答案）',
      perSequence: '（每个序列一个答案）',
      loss: '损失',
      mse: '均方误差',
      crossEntropy: '交叉熵',
      metric: '指标',
      higherIsBetter: '{{metric}}（越高越好）',
      lowerIsBetter: '{{metric}}（越低越好）',
      baseline: '平凡基线',
      baselineScore:
        '按“{{how}}”可得损失 {{loss}}、{{metric}} {{value}}：网络必须胜过它，才算学到了东西。',
    },
  },
  train: {
    title: '训练',
    groups: {
      optimizer: '优化器',
      seeds: '随机种子',
      backend: '在哪里运行',
    },
    help: {
      optimizer: '每个梯度如何变成权重更新（adam 和 rmsprop 会为每个权重调整步长）。',
      learning_rate: '每次更新的大小：大于 0，最多 {{max}}。',
      momentum: '仅用于 sgd：保留多少上一次的更新（0 即普通梯度下降；须小于 1）。',
      clipnorm: '每个变量的梯度被缩小到范数不超过此值，同 Keras 的 clipnorm。',
      batch_size: '每个训练步的序列数（1 到 {{max}}）。',
      seed: '初始权重（以及随机丢弃）的随机种子：相同的种子给出相同的起点。',
      data_seed: '训练数据的随机种子，与权重的种子分开。',
      backend: 'TensorFlow.js 在哪里计算。auto 在真实 GPU 上使用 WebGPU，否则使用 wasm。',
      model:
        '训练什么：TCN，或一个循环网络基线，其单元数选得使参数量与 TCN 相当（相差不超过 10%）。',
    },
    clipnormUnit: '0 = 关闭',
    backendAuto: 'auto（此处可用的最快后端）',
    networks: {
      tcn: 'TCN',
      lstm: 'LSTM（参数量匹配）',
      gru: 'GRU（参数量匹配）',
      rnn: 'SimpleRNN（参数量匹配）',
    },
  },
  paste: {
    title: '粘贴你的 TCN',
    label:
      '你的 <code>TCN(...)</code> 调用、模型的 <code>to_json()</code> 或层的 <code>get_config()</code>。只会读取，绝不运行。',
    use: '使用',
    forms: {
      python: 'Python 的 TCN(...) 调用',
      kerasJson: 'Keras 模型的 JSON',
      configDict: 'TCN 层的 get_config()',
    },
    readAll: '已按{{form}}读取：下方设置已与之一致，所有参数都已理解。',
    readWithNotices: '已按{{form}}读取：下方设置已与之一致。以下内容未按原样使用：',
  },
  series: {
    label: '时间序列',
    sourceHelp:
      '随页面提供的真实时间序列，或你自己的 CSV/TSV 文件。你的文件只在本浏览器中读取，绝不会发送到任何地方。',
    ownFile: '你自己的文件…',
    presetNote: '{{note}}数据：<a>{{source}}</a>。',
    open: '打开 CSV 或 TSV 文件',
    fileHelp:
      '第一行是表头，之后每行一个时间步；数字可用点或逗号作小数点；日期列用作坐标轴标签。最大 {{megabytes}} MB、{{rows, number}} 行。文件只留在本浏览器中。',
    paste: '…或直接粘贴',
    pasteLabel: 'CSV 或 TSV 文本',
    usePasted: '使用粘贴的文本',
    reading: '正在读取时间序列…',
    failed: {
      namedMissing: '<strong>{{name}} 有缺失值</strong>——在你选择之前不会做任何改动：',
      namedUnusable: '<strong>{{name}} 无法使用</strong>——没有做任何改动：',
      fileMissing: '<strong>该文件有缺失值</strong>——在你选择之前不会做任何改动：',
      fileUnusable: '<strong>该文件无法使用</strong>——没有做任何改动：',
    },
    where: {
      lineName: '第 {{line}} 行',
      lineColumn: '第 {{line}} 行，{{column}} 列：',
      line: '第 {{line}} 行：',
      column: '{{column}} 列：',
    },
    dropMissing: '删除有缺失值的行',
    carryMissing: '沿用前一个值填充',
    summary: {
      plain:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集）。',
      dates:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集），日期取自“{{column}}”列。',
      plainDropped_other:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集）；已删除 {{count}} 行有缺失值的行。',
      datesDropped_other:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集），日期取自“{{column}}”列；已删除 {{count}} 行有缺失值的行。',
      plainCarried_other:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集）；已用前一个值填充 {{count}} 个缺失值。',
      datesCarried_other:
        '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集），日期取自“{{column}}”列；已用前一个值填充 {{count}} 个缺失值。',
    },
    inputColumns: '输入列（每列一个通道）',
    targetHelp: '每个时间步要预测的列。',
    horizonUnit: '行之后',
    horizonHelp: '每一步预测目标列在这么多行之后的值（1 到 {{max}}）。',
    windowUnit: '行',
    windowHelp: '窗口：每个训练序列包含的行数（即 TCN 的时间步数）。',
    windowLabel: '窗口（seq_len）',
  },
  seriesStore: {
    presetReading: '正在读取{{title}}。',
    linkFile:
      '这个链接是用文件 {{file}}（列 {{columns}}；目标 {{target}}）生成的，该文件只保存在其所有者的电脑上：链接无法携带它。打开它，或打开一个具有相同列的文件即可训练；其他设置都会保留。',
    linkFileUnnamed:
      '这个链接是用一个未命名的文件（列 {{columns}}；目标 {{target}}）生成的，该文件只保存在其所有者的电脑上：链接无法携带它。打开它，或打开一个具有相同列的文件即可训练；其他设置都会保留。',
    fileTooBig: '{{megabytes}} MB 超过了 {{limit}} MB 的上限。',
    unreadable: '无法读取该文件：{{error}}',
    noShipped: '此处无法加载随页面提供的时间序列。',
  },
  seriesPresets: {
    seattle_hourly: {
      title: '西雅图逐小时气温',
      source:
        'NOAA 国家气候数据中心 1981–2010 年气候标准值（美国政府作品），来自 vega-datasets（{{license}}）',
      note: '在日周期上预测 6 小时之后：重复最后一个值会错过周期，覆盖一天的感受野则能看到它。',
    },
    co2: {
      title: '莫纳罗亚二氧化碳浓度（逐月）',
      source: '斯克里普斯二氧化碳项目（{{dataLicense}}），来自 vega-datasets（{{license}}）',
      note: '上升趋势叠加年周期：留出集的年份高于所有训练值，从未见过这种水平的网络很难胜过“沿用上一个值”的持续性预测。',
    },
    seattle: {
      title: '西雅图每日天气',
      source: 'NOAA 国家气候数据中心（美国政府作品），来自 vega-datasets（{{license}}）',
      note: '根据最近几周的天气预测明天的最高气温：逐日天气噪声很大，仅凭 1,100 个训练日很难胜过持续性预测。',
    },
  },
};
