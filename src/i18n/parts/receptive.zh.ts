// 简体中文 texts of the "receptive" keys (merged into locales/zh.ts); the same keys as receptive.en.ts.
export default {
  inputLayer: '输入',
  panel: {
    title: '感受野',
    formulaLabel: '感受野公式',
    total: '<strong>{{field}}</strong> 个时间步',
    legend:
      '<var>k</var> = kernel_size，<stacksSymbol/> = nb_stacks，Σ<var>d</var> = 各膨胀率之和。',
    two: '<strong>公式中的 2</strong> 指每个残差块中的两个膨胀卷积 <code>conv1D_0</code> 和 <code>conv1D_1</code>（在下方的格点图中每块占两行）：每个卷积把窗口加宽 (<var>k</var>−1)·<var>d</var> 步。',
    stacks:
      '<strong>堆叠</strong>会重复整组膨胀率：nb_stacks={{stacks}} 依次运行 [{{runs}}]，因此 Σ<var>d</var> 计入 {{stacks}} 次。',
    oneStack:
      '<strong>堆叠</strong>会重复整组膨胀率：nb_stacks=2 将依次运行 [{{dilations}} | {{dilations}}]，感受野随之翻倍。',
    same: '使用 <code>padding="same"</code> 时，窗口以输出步为中心：约有一半位于未来。',
    causal: '使用 <code>padding="causal"</code> 时，窗口止于输出步：只能看到过去。',
    goBackwards: 'go_backwards 会在卷积之前反转时间：窗口于是向前延伸，从输出步一直到之后的输入。',
    sameAsKeras: '这个数与 keras-tcn 的 <code>receptive_field</code> 属性相同。',
    tableLabel: '各层的感受野（表格）',
    columns: {
      layer: '层',
      dilation: '膨胀率',
      adds: '增加 (k−1)·d',
      cumulative: '累计感受野',
    },
  },
  latticePanel: {
    title: '哪些输入步能到达一个输出',
    noSeqLen: '格点图按任务的 seq_len 绘制：请设置一个有效的 seq_len 来查看。',
    tooLarge:
      '这个网络太大，无法逐步绘制（{{convolutions}} 个卷积，每个 {{taps}} 个抽头，跨越 {{steps}} 步）；上面的公式依然成立。',
    measure: '用当前权重测量 |∂y/∂x|',
    measured:
      '格点图下方的柱：训练步 {{step}} 之后，输出步 {{outputStep}} 的 |∂y/∂x| 实测值；理论（点亮的节点）与实测应覆盖相同的输入步。',
    notMeasured: '点击一个输出步或这个按钮，用当前权重测量每个输入步对该输出的影响有多大。',
  },
  effective: {
    readout:
      '输出步 {{outputStep}} 在训练步 {{step}} 时的<strong>有效感受野</strong>：<spanList/>——而理论感受野为 {{field}}。格点图下方的阴影带标出了这些跨度（最深为 50 %，其次为 90 % 和 99 %）；梯度实际用到的通常远小于理论感受野，且跨度会随训练增长（每 {{every}} 步重新测量一次）。',
    span: '{{percent}} % 的 |∂y/∂x| 落在 <strong>{{width}}</strong> 步之内',
    separator: '，',
  },
  lattice: {
    label: '感受野格点图',
    sliderLabel: '感受野格点图的输出步',
    reached: '{{seqLen}} 个输入步中有 {{reach}} 个能到达输出步 {{step}}（从 {{from}} 到 {{to}}）',
    reachedByNone: '{{seqLen}} 个输入步中有 {{reach}} 个能到达输出步 {{step}}',
    caption: {
      reached:
        '{{seqLen}} 个输入步中有 <strong>{{reach}}</strong> 个能到达输出步 <strong>{{step}}</strong>（从 {{from}} 到 {{to}}）。',
      reachedByNone:
        '{{seqLen}} 个输入步中有 <strong>{{reach}}</strong> 个能到达输出步 <strong>{{step}}</strong>。',
    },
    blockRow: '块 {{block}}/{{conv}}',
    node: '{{level}}，第 {{step}} 步',
    nodeReaches: '{{level}}，第 {{step}} 步——能到达输出',
    band: '实测 |∂y/∂x| 的 {{percent}} %：第 {{from}}–{{to}} 步',
    bar: '输入步 {{step}} 的 |∂y/∂x|：{{value}}',
    measuredRow: '实测 |∂y/∂x|',
    hint: '指向最上面一行的某一步，或聚焦格点图后用方向键，来选择输出；点击或按回车键即可测量。',
    window: '显示 {{seqLen}} 步中的第 {{from}}–{{to}} 步。',
    goBackwards: 'go_backwards 会反转输入：格点图显示的是反转后的顺序。',
  },
  perturbation: {
    button: '扰动每个输入步',
    baseline: '循环网络基线会读取之前的每一步：没有可供证明的感受野。',
    explain: '每次只给一个输入步加 1，在真实网络上测量所选步的输出变化了多少。',
    chartLabel: '每个输入步引起的第 {{step}} 步输出变化',
    readout:
      '输出步 {{outputStep}}，训练步 {{step}} 的权重：感受野之外的 {{outside}} 个输入步中，有 {{outsideZero}} 个的变化<strong>恰好为 0.0</strong>；感受野之内的 {{inside}} 个中，有 {{insideMoved}} 个的变化不为零。',
    readoutSilent:
      '输出步 {{outputStep}}，训练步 {{step}} 的权重：感受野之外的 {{outside}} 个输入步中，有 {{outsideZero}} 个的变化<strong>恰好为 0.0</strong>；感受野之内的 {{inside}} 个中，有 {{insideMoved}} 个的变化不为零（处于关闭状态的 ReLU 不传递任何变化：一条路径可以是连通的，却依然没有作用）。',
    corners: {
      same: '使用 <code>padding="same"</code> 时，感受野居中：之后的输入步也会影响输出。',
      lastStep:
        '在 return_sequences=False 时，无论选择哪一步，输出都是保留下来的那一个时间步（causal 时为最后一步，same 时为中间一步）。',
      batchNorm:
        '批归一化按推理模式（移动统计量）测量；在训练模式下，它用整个批次的所有时间步做归一化，因此任何位置的输入都会影响每一个输出。',
      goBackwards: 'go_backwards 会先反转时间：感受野从输出步向后面的时间步延伸。',
    },
  },
  advisor: {
    title: '选择膨胀率',
    cover: '覆盖 <stepsInput/> 步',
    help: {
      lag: '任务需要 {{need}} 步（滞后 {{lag}} 步再加上当前步本身）；也可以输入其他数字来查询。',
      copyMemory: '任务需要 {{need}} 步（从第一个符号到回忆它的位置）；也可以输入其他数字来查询。',
      adding:
        '任务需要 {{need}} 步（整个序列，被标记的数字可能出现在任何位置）；也可以输入其他数字来查询。',
      sine: '任务需要 {{need}} 步（最慢的波的一个周期）；也可以输入其他数字来查询。',
      window: '任务需要 {{need}} 步（整个窗口）；也可以输入其他数字来查询。',
      noNeed: '每个输出必须看到多少个过去的时间步；默认为整个窗口（seq_len）。',
      cheapest: '以下是感受野能覆盖它、参数最少的配置（按本网络的滤波器数计算）：',
    },
    invalid: '请输入一个至少为 1 的整数步数。',
    columns: {
      kernel: '卷积核',
      dilations: '膨胀率',
      stacks: '堆叠数',
      parameters: '参数',
      receptiveField: '感受野',
      apply: '应用',
    },
    wasted: '（超出序列 {{steps}} 步）',
    apply: '应用',
    warning: {
      tooShort: '感受野（{{field}}）短于任务所需的 {{need}} 步。',
      tooLong: '感受野（{{field}}）远长于序列（{{seqLen}} 步）：其中大部分只能看到填充。',
    },
  },
};
