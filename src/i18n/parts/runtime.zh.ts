// 简体中文 texts of the "runtime" keys (merged into locales/zh.ts).
export default {
  separator: '；',
  client: {
    crash: {
      errorAt: '{{message}}（位于 {{file}}:{{line}}）',
      scriptFailed: '它的脚本加载失败或抛出了错误',
      unreadable: '它发来的一条消息无法读取',
      stopped: '它停止了运行',
      silent: '它已有 {{seconds}} 秒毫无动静',
      silentSteps: '它已有 {{seconds}} 秒毫无动静；此前每步最多用时 {{ms}} ms',
    },
    gaveUp: {
      fromStep:
        '训练后台线程在一分钟内崩溃了 {{crashes}} 次（最近一次：{{reason}}），训练已暂停。设置、历史记录和第 {{step}} 步的权重都已保留：点击训练，在新的后台线程中重试。',
      fromInitial:
        '训练后台线程在一分钟内崩溃了 {{crashes}} 次（最近一次：{{reason}}），训练已暂停。设置、历史记录和新的初始权重都已保留：点击训练，在新的后台线程中重试。',
    },
    restarted: {
      fromStepWithState:
        '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续（连同优化器状态和数据位置）。',
      fromStepWithStatePaused:
        '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续（连同优化器状态和数据位置），目前处于暂停。',
      fromStep: '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续。',
      fromStepPaused:
        '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续，目前处于暂停。',
      fromInitial: '训练后台线程崩溃了（{{reason}}）。新的后台线程从新的初始权重开始。',
      fromInitialPaused:
        '训练后台线程崩溃了（{{reason}}）。新的后台线程从新的初始权重开始，目前处于暂停。',
    },
  },
  worker: {
    moved:
      '{{cause}}。训练已转到 {{backend}}，从第 {{step}} 步的权重继续（连同优化器状态和数据位置），这是在 {{failed}} 后端之外保存的最后一份副本。',
    movedRerun:
      '{{cause}}。训练已转到 {{backend}}，从第 {{step}} 步的权重继续（连同优化器状态和数据位置），这是在 {{failed}} 后端之外保存的最后一份副本。第 {{from}}–{{to}} 步将在相同的批次上重新运行。',
    backendFailedStep: '{{backend}} 后端在第 {{step}} 步出错（{{error}}）',
    stepFailed:
      '第 {{step}} 步在 {{backend}} 上失败：{{error}}。训练已暂停；权重保持为第 {{previous}} 步之后的值。',
    notAvailable: '{{requested}} 后端不可用：{{reason}}。',
    weightsNotKept: '无法保留原有权重（{{error}}）；训练从新的初始权重开始。',
    nothingBuilt: '没有可训练的网络：配置未能构建。',
    nothingToStart: '没有可训练的网络：请先发送一份能够构建的配置。',
    nothingToReset: '没有可重置的内容：尚未构建任何配置。',
    noWeights: '没有权重：尚未构建任何配置。',
    nothingToExport: '没有可导出的内容：尚未构建任何配置。',
    cannotLoad: '无法载入权重：尚未构建任何配置。',
    gpuLostReading: '读取权重时 GPU 丢失了。',
    unknownMessage: '未知消息 {{type}}。',
    uncaught: '后台线程：{{error}}',
  },
  backends: {
    noWebgpu: '此浏览器不支持 WebGPU（浏览器没有提供 WebGPU 接口）',
    adapterRequestFailed: '请求 WebGPU 适配器失败（{{error}}）',
    noAdapter: '没有 WebGPU 适配器（requestAdapter 没有返回任何适配器）',
    softwareAdapter: 'WebGPU 适配器是软件实现（{{adapter}}）',
    unknownVendor: '未知厂商',
    unknownArchitecture: '未知架构',
    notRegistered: '未注册',
    didNotStartBecause: '它未能启动（{{error}}）',
    didNotStartWebgpu: '它未能启动（没有 WebGPU 适配器或设备）',
    didNotStartWebgl: '它未能启动（没有 WebGL 上下文）',
    didNotStart: '它未能启动',
    computedWrong: '它把 1+3、2+3 算成了 {{first}}、{{second}}',
    threads: {
      notIsolated: '页面未启用跨源隔离，wasm 无法在线程之间共享内存',
      noThreadedWasm: '此浏览器无法运行多线程 WebAssembly',
      oneAsked: '只要求了一个线程',
      cores_other: '此设备有 {{count}} 个核心',
    },
    failed: '{{backend}} 失败：{{error}}',
    noneWorks: '这里没有可用的 TensorFlow.js 后端：{{failures}}',
    asRequested: '按要求',
    asRequestedAdapter: '按要求（{{adapter}}）',
    asRequestedSoftware: '按要求；适配器（{{adapter}}）是软件实现，预计比 wasm 慢',
    webgpuLost: 'WebGPU 设备丢失了（{{reason}}）',
    webgpuLostMessage: 'WebGPU 设备丢失了（{{reason}}：{{message}}）',
    webglLost: 'WebGL 上下文丢失了',
  },
  trial: {
    threads_other: '{{backend}} ×{{count}} 线程',
    notMeasured: '未测量',
    rate: '{{backend}} 每秒 {{rate}} 步',
    skipped: '已跳过：{{why}}',
    skippedNoWebgl: '已跳过：这里没有 WebGL',
    skippedSoftware: '已跳过：软件渲染器（{{renderer}}）',
    didNotStart: '未能启动（{{error}}）',
    failedStep: '某一步失败（{{error}}）',
    fastest: '按实测在这里最快：{{figures}}',
  },
  trainer: {
    gradientNotFinite:
      '第 {{step}} 步：{{variable}} 的梯度不是有限值（NaN 或无穷大）。训练已暂停；权重保持为第 {{previous}} 步之后的值，优化器状态重新开始。请降低学习率或开启 clipnorm，然后点击训练。',
    lossNotFinite:
      '第 {{step}} 步：损失不是有限值（NaN 或无穷大）。训练已暂停；权重保持为第 {{previous}} 步之后的值，优化器状态重新开始。请降低学习率，然后点击训练。',
    seriesNeedsFile: '时间序列任务在它的文件上训练：请先打开文件（或选择一个自带的时间序列）。',
    inputDimMismatch: '数据有 {{columns}} 个输入列，但 TCN 的 input_dim 是 {{inputDim}}。',
    weightMismatch: '权重 {{name}} 缺失或形状不符',
  },
  network: {
    label: {
      lstm: '参数量匹配的 LSTM',
      gru: '参数量匹配的 GRU',
      rnn: '参数量匹配的 SimpleRNN',
    },
    tcn: 'TCN：{{params, number}} 个参数',
    matched:
      '{{kind}}，{{units}} 个单元：{{params, number}} 个参数，对比 TCN 连同其 Dense 输出层的 {{tcnParams, number}} 个（{{off}} %）',
    closest:
      '{{kind}}，{{units}} 个单元：{{params, number}} 个参数，对比 TCN 连同其 Dense 输出层的 {{tcnParams, number}} 个（{{off}} %，已是最接近的）',
  },
  tasks: {
    adding: {
      title: '加法问题',
      description:
        '通道 0 是 [0, 1) 中的随机数；通道 1 用 1 标出其中两个。答案是这两个被标出的数之和，只在序列末尾给出一次。',
      baseline: '总是回答 1',
    },
    copyMemory: {
      title: '复制记忆任务',
      description:
        '先是 10 个符号（1–8），然后是 {{blank}} 个空白时间步，以一个分隔符结束；在最后 10 个时间步里，网络必须复现这 10 个符号。它需要至少 {{needed}} 步的感受野。',
      metric: '复现准确率',
      baseline: '无记忆的猜测：处处输出空白，最后 10 步输出随机符号',
    },
    lag: {
      title: '滞后任务',
      description:
        '{{channels}} 个通道上的白噪声；第 t 步的目标是通道 0 在第 t − {{lag}} 步的值。只有感受野比滞后更长时才能学会。',
      baseline: '总是回答 0',
    },
    series: {
      title: '真实时间序列',
      description:
        '{{seqLen}} 行窗口中的每一步都预测若干行之后的目标列；最后 20 % 的行作为留出集。',
      baseline: '持续性预测：重复最后一个已知值（读入时间序列后测得）',
    },
    sine: {
      title: '正弦预测',
      description: '{{channels}} 个通道上带噪声的正弦混合；网络在每一步预测每个通道的下一个值。',
      baseline: '重复最后一个值',
    },
    yourSeries: {
      title: '你的时间序列（{{name}}）',
      description:
        '{{inputs}} 个输入列（{{columns}}）；每一步预测 {{horizon}} 行之后的 {{target}}。最后 {{heldOut}} % 的行作为留出集。',
      metric: '{{target}} 的 MSE',
      baseline: '持续性预测：重复最后一个已知的 {{target}}（留出集 MSE）',
    },
    columnSeparator: '、',
  },
  series: {
    tooShort: '时间序列太短，放不下这个窗口和预测步长：需要 {{needs}} 行，实际 {{rows}} 行。',
    noColumn: '没有名为“{{name}}”的列。',
    datesAsInput: '列“{{name}}”存放的是日期，不能作为输入。',
    datesAsTarget: '列“{{name}}”存放的是日期，不能作为目标。',
    textAsInput: '列“{{name}}”存放的是文本，不能作为输入。',
    textAsTarget: '列“{{name}}”存放的是文本，不能作为目标。',
    noInput: '请至少选择一个输入列。',
    inputTwice: '有一个输入列被选了两次。',
    badHorizon: '预测步长必须是整数行，至少为 1（当前为 {{value}}）。',
    badWindow: '窗口必须是整数行，至少为 2（当前为 {{value}}）。',
  },
  table: {
    tooLarge: '文件大小为 {{size}} MB；上限是 {{limit}} MB。',
    binary: '这看起来是二进制文件，而不是 CSV 或 TSV 文本。',
    tooFewRows_other: '文件有 {{count}} 行数据；至少需要一个表头行和 2 行数据。',
    tooFewRowsAfterDropping_other: '删除后文件剩 {{count}} 行数据；至少需要一个表头行和 2 行数据。',
    quoteNotClosed: '第 {{line}} 行：一个带引号的字段没有闭合。',
    quoteMalformed: '第 {{line}} 行：字段中的引号格式有误。',
    empty: '文件是空的。',
    tooManyRows: '文件有 {{rows}} 行数据；上限是 {{limit}} 行。',
    headerIsNumbers: '第 {{line}} 行：第一行是数字而不是列名；请添加一个为每列命名的表头行。',
    emptyHeaderField: '第 {{line}} 行：表头的第 {{field}} 个字段为空；每一列都需要一个名字。',
    duplicateColumn: '第 {{line}} 行：有两列都叫“{{name}}”。',
    fieldCount_other: '第 {{line}} 行有 {{count}} 个字段，而表头有 {{header}} 个。',
    notNumber: '第 {{line}} 行，{{column}} 列：{{value}} 不是数字。',
    firstMissing: '第 {{line}} 行，{{column}} 列：第一个值缺失，没有更早的值可以沿用。',
    missingAt: '第 {{line}} 行，{{column}} 列',
    missing_other: '有 {{count}} 个缺失值（{{places}}）。可以删除含缺失值的行，或沿用上一个值。',
    missingMore_other:
      '有 {{count}} 个缺失值（{{places}}，另有 {{more}} 个）。可以删除含缺失值的行，或沿用上一个值。',
    moreProblems: '……另有 {{rest}} 个问题。',
    unreadable: '无法读取文件：{{error}}',
    readerStopped: '文件读取器停止了：{{error}}。',
    unknownError: '未知错误',
  },
};
