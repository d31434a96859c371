// 简体中文 texts of the "gradients" keys (merged into locales/zh.ts); the same keys as gradients.en.ts.
export default {
  status: {
    noGradient: '没有梯度',
    notFinite: '非有限值',
    notFiniteNaN: '非有限值（NaN/∞）',
    noStepYet: '尚无训练步',
  },
  panel: {
    title: '梯度范数',
    note: '按可训练变量逐一列出（先是 TCN 的，再是 Dense 输出层的）：最新一步损失梯度的 L2 范数 ‖g‖（裁剪前）、权重范数 ‖w‖，以及这一步使权重改变了多少，即 ‖Δw‖/‖w‖。',
    building: '训练后台线程正在构建网络…',
    noStepYet: '共 {{variables}} 个变量，尚无训练步：请开始训练或单步执行。',
    summary: '第 {{step}} 步：{{variables}} 个变量中有 {{ok}} 个得到了梯度。',
    summaryMissing:
      '第 {{step}} 步：{{variables}} 个变量中有 {{ok}} 个得到了梯度；{{missing}} 个没有梯度（见下方“为什么没有梯度？”）。',
    summaryNonFinite:
      '第 {{step}} 步：{{variables}} 个变量中有 {{ok}} 个得到了梯度；{{nonFinite}} 个为非有限值。',
    summaryMissingNonFinite:
      '第 {{step}} 步：{{variables}} 个变量中有 {{ok}} 个得到了梯度；{{missing}} 个没有梯度（见下方“为什么没有梯度？”）；{{nonFinite}} 个为非有限值。',
  },
  live: {
    allGetGradient: '每个变量都得到了梯度。',
    missing: '{{variables}} 个变量中有 {{missing}} 个没有梯度：{{names}}。',
    withNonFinite: '{{gradients}}非有限值：{{names}}。',
    paused: '训练已在第 {{step}} 步暂停。{{gradients}}',
  },
  table: {
    label: '各变量的梯度范数（表格）',
    variable: '变量',
    shape: '形状',
    params: '参数',
    gradient: '梯度 ‖g‖',
    weights: '权重 ‖w‖',
    update: '更新 ‖Δw‖/‖w‖',
    history: '‖g‖ 历史（对数刻度）',
    why: '为什么？',
    notUpdated: '未更新',
  },
  sparkline: {
    empty: '尚无训练步',
    missing_other: '没有梯度，共 {{count}} 步',
    missingTitle: '{{name}}：最近 {{steps}} 步都没有梯度',
    label: '{{name}}：最近 {{steps}} 步的梯度范数，对数刻度，{{range}}',
    title: '最近 {{steps}} 步的 ‖g‖（对数刻度）：{{range}}',
    rangeFromTo: '从 {{low}} 到 {{high}}',
    rangeConstant: '保持不变',
    rangeNoneFinite: '没有有限值',
  },
  heatmap: {
    caption: '<strong>各变量在各步的 log10 ‖g‖</strong>（最多保留最近 {{steps}} 步，最早的在左）',
    roleDescription: '热图',
    label:
      '梯度热图：{{variables}} 个变量在 {{steps}} 步中的梯度范数（log10）。方向键在变量和步之间移动；Home 键和 End 键跳到最早和最新的一步。',
    stepTick: '第 {{step}} 步',
    readout: '{{name}} 第 {{step}} 步：{{value}}',
    readoutDropped: '{{name}} 第 {{step}} 步：已不再保留（热图只保留最近 {{steps}} 步）',
    readoutHint: '指向一个单元格，或聚焦热图后用方向键移动，即可读出数值。',
    logNorm: 'log10 ‖g‖ = {{log}}（‖g‖ = {{norm}}）',
    normExactlyZero: '‖g‖ 恰好为 0',
    scale: '颜色刻度',
    scaleNote: '‖g‖，对数刻度',
    noFiniteNorm: '尚无有限的梯度范数',
    exactlyZero: '恰好为 0',
  },
  explainer: {
    title: '为什么没有梯度？',
    intro_other:
      '在第 {{step}} 步，有 {{count}} 个变量完全<strong>没有梯度</strong>——不是梯度很小，而是损失与之毫无关系：优化器因此从不改动其值，一直保持随机初始值。Keras 会照常训练，只打印一条警告：',
    outdated: '这一步之后设置已更改，该变量不再被切断；开始训练即可训练新的网络。',
    unexpected: '引擎没有预料到这一点：这一步没有用到从该变量通向损失的任何路径。',
    fixesTitle: '只改一处即可修复（每种修复都让所有变量可训练）',
    fixNote:
      '修复会以新的初始权重从第 0 步重建网络；如果训练正在进行，会继续训练，否则请开始训练。',
  },
  network: {
    title: '网络结构，按每个变量的梯度着色',
    label:
      '{{blocks}} 个残差块和一个 Dense 输出层；{{variables}} 个可训练变量，每个画成一个方块。用方向键在它们之间移动。',
    markLabel: '{{name}}，形状 [{{shape}}]：{{reading}}',
    gradientNotFinite: '梯度为非有限值',
    baseline:
      '<strong>正在训练{{model}} 基线</strong>。图中显示的是与它参数量匹配的 TCN；梯度面板显示的是基线自己的变量。要比较两者，请先固定 TCN 的运行。',
    baselineWithSize:
      '<strong>正在训练{{model}} 基线</strong>——{{network}}。图中显示的是与它参数量匹配的 TCN；梯度面板显示的是基线自己的变量。要比较两者，请先固定 TCN 的运行。',
    readout: {
      noTrainingStep: '尚无训练步',
      notFinite: '梯度为非有限值（NaN 或 ∞）',
      outdated: '最新一步中没有从它通向损失的路径；此后设置已更改，开始训练即可训练新的网络。',
      fix: '修复：',
    },
    warning: {
      title_other: '{{count}} 个变量永远学不到东西',
      reason: '<code>{{module}}</code>（{{roles}}，在图中以斜线标出）：{{reason}}',
      kerasSays: 'Keras 只会打印：<q>{{warning}}</q>',
      fixes: '一键修复',
      noFix: '没有哪一处设置改动能单独修复这个问题；试试减少或增加残差块。',
    },
    layout: {
      batchNorm: '批归一化 {{index}}',
      layerNorm: '层归一化 {{index}}',
      activationDropout: '{{activation}} + 随机失活',
      shortcut: '捷径',
      residual: '残差',
      input: '输入',
      output: '输出',
      skip: '跳跃',
      blocks: '块 {{blocks}}',
      discarded: '✕ 舍弃',
      nextStack: '残差输出送入下一个堆叠（× {{stacks}} 个堆叠）',
    },
  },
};
