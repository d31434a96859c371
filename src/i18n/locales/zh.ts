// 简体中文 (Simplified Chinese): the same keys as en.ts. keras-tcn's names (nb_filters,
// matching_conv1D …) and the Keras warning stay as they are; the explanation around them is
// translated. Only the plural form _other is needed.
import type { Catalogue } from '../catalogue';

const catalogue = {
  name: '中文',
  shortName: '中文',
  htmlLang: 'zh-CN',
  translation: {
    app: {
      pinnedRun: {
        label: '第 {{step}} 步：{{run}}',
        tcn: 'k={{k}}，dilations {{dilations}}，学习率 {{lr}}',
        matched: '与 TCN 参数量匹配的 {{model}}（{{tcn}}）',
      },
      skipToResults: '跳到结果',
      close: '关闭',
      dismiss: '关闭',
      regions: {
        settings: '设置',
        results: '结果',
        side: '本课、警告和损失',
        embedPicture: '网络',
        embedSide: '损失和本课',
      },
      details: {
        label: '关于这个网络的更多信息',
        gradients: '梯度',
        receptiveField: '感受野',
        charts: '训练图表',
        variables: '变量',
        export: '导出与文件',
      },
      parts: {
        page: '页面',
        playground: '演练场',
        summary: '模型摘要',
        gradients: '梯度面板',
        receptiveField: '感受野面板',
        lattice: '感受野网格',
        dilationAdvisor: '膨胀率建议',
        charts: '训练图表',
        variables: '变量表',
        trainingControls: '训练控制',
        examples: '示例菜单',
        messages: '提示信息',
        settings: '设置',
        networkPicture: '网络图',
        warning: '警告',
        lossChart: '损失曲线',
        lesson: '本课',
      },
      crash: {
        title: '{{what}}在显示时出错了。',
        body: '这是演练场本身的缺陷，不是你的配置有问题。错误信息：',
        log: 'TCN Playground：{{what}}渲染失败',
        tryAgain: '重试',
        resetPlayground: '恢复演练场的默认设置',
        backToDefaults: '回到演练场的默认设置',
      },
      firstVisit: {
        hint: '<strong>第一次来？</strong>点击<strong>▶ 开始</strong>训练这个网络，看方块的颜色随梯度变化；或者打开<strong>示例</strong>，看看 Keras 说“没有梯度”的那个网络。',
        dismiss: '知道了',
      },
      training: {
        label: '训练',
        play: '开始',
        pause: '暂停',
        step: '单步',
        reset: '重置',
        newWeights: '新权重',
        playTitle: '一直训练，直到暂停',
        pauseTitle: '当前这一步结束后停止；权重保留',
        stepTitle: '只训练一步',
        resetTitle: '回到第 0 步，初始权重不变',
        newWeightsTitle: '换一个随机种子（种子 + 1）：初始权重不同，回到第 0 步',
        stepLabel: '步数',
        speed: '{{speed}} 步/秒',
        paused: '已暂停',
        notStarted: '未开始',
        off: '训练已停用',
        blockedByError: '训练已停用：这个配置出错了。',
        blockedBySettings_other: '训练已停用：请先修正标出的 {{count}} 项设置。',
        stopped: '训练已停止。',
        refused: '训练器无法运行这个配置：',
        noticesLabel: '训练提示',
      },
      backend: {
        runsOn: '运行于',
        starting: '启动中…',
        picking: '正在选择后端',
        askedFor: '请求的是 {{backend}}',
        fellBack: '请求的是 {{backend}}：{{why}}',
        withAdapter: '{{reason}}（适配器：{{adapter}}）',
        withThreads_other: '{{why}}；{{count}} 个线程',
        withThreadsWhy_other: '{{why}}；{{count}} 个线程（{{threadsWhy}}）',
        threads_other: '{{count}} 个线程',
        threadsWhy_other: '{{count}} 个线程：{{threadsWhy}}',
        threadUnit_other: '个线程',
      },
      memory: {
        title:
          '最近一步刚结束时，TensorFlow.js 在训练后台线程中占用的内容（{{call}}）：存活的张量及其大小。两步之间张量数应保持不变；若一步接一步不断增长，就是内存泄漏。',
        titleGpu:
          '最近一步刚结束时，TensorFlow.js 在训练后台线程中占用的内容（{{call}}）：存活的张量及其大小。两步之间张量数应保持不变；若一步接一步不断增长，就是内存泄漏。GPU：后端在设备上分配的显存，包括已释放但留作复用的缓冲区；它在最初几步增长，之后应趋于平稳。',
        tensors_other: '{{count}} 个张量 · {{bytes}}',
        gpu: 'GPU 已分配 {{bytes}}',
      },
      classroom: {
        label: '课堂模式',
        title: '放大字号以便投影，并提供引导课',
      },
      share: {
        copy: '复制链接',
        copied: '已复制 ✓',
        title: '复制指向当前确切状态的链接：包含每一项设置，连随机种子也在内',
        copiedStatus: '链接已复制到剪贴板。',
        manual: '这里无法使用剪贴板：请手动复制这个链接。',
      },
      embed: {
        button: '嵌入',
        title: '当前确切状态的 <iframe>，可放进幻灯片或课程网页',
        heading: '嵌入这个演练场',
        help: '把这段 HTML 粘贴到幻灯片或课程网页中：一个 960×540 的框架，显示当前状态下的网络和损失，并附有打开完整演练场的链接。',
        copy: '复制',
        copied: '已复制 ✓',
        copyRefused: '浏览器不允许复制：代码已选中，请按 {{shortcut}}。',
      },
      openFull: {
        label: '打开完整演练场',
        newTab: '（在新标签页中打开）',
        title: '在新标签页中打开完整的演练场，保持当前状态',
      },
      examples: {
        label: '示例',
        groups: {
          seedCase: '“缺失梯度”报告及其修复',
          lessons: '引导课',
          paper: '论文中的任务（Bai、Kolter、Koltun 2018）',
        },
        presets: {
          seedCase: {
            name: '原始案例',
            description:
              'keras-tcn 的“{{warning}}”：一个残差块，使用跳跃连接，4 个输入通道进入 2 个滤波器。',
          },
          fixDilations: {
            name: '修复：dilations [1, 2]',
            description: '第二个残差块读取第一个块的残差输出。',
          },
          fixSkipOff: {
            name: '修复：关闭跳跃连接',
            description: '输出是最后一个残差输出，其中包含 matching_conv1D。',
          },
          fixStacks: {
            name: '修复：nb_stacks 2',
            description: '把膨胀率列表重复一遍，第一个块的残差输出就会流入下一个块。',
          },
          fixFilters: {
            name: '修复：nb_filters 4 = input_dim',
            description: '滤波器数与输入通道数相同时，根本不会构建 matching_conv1D。',
          },
          lagFails: {
            name: '滞后任务：失败',
            description: '滞后 48，感受野只有 31（卷积核大小 2，膨胀率 1、2、4、8）：看得不够远。',
          },
          lagSucceeds: {
            name: '滞后任务：成功',
            description: '同样滞后 48，膨胀率取 1 到 32：127 的感受野足以覆盖。',
          },
          adding: {
            name: '加法问题',
            description: '对 50 个数中标记的两个求和：每个序列一个答案，感受野 61 覆盖整个序列。',
          },
          paperAdding: {
            name: '论文：加法问题，TCN',
            description:
              '论文中用于加法问题的 TCN，取 T=200 而不是 600，好让浏览器几分钟内训练完。',
          },
          paperAddingLstm: {
            name: '论文：加法问题，LSTM',
            description: '同一个加法问题，换成参数量与 TCN 相当的 LSTM，即论文中的循环网络基线。',
          },
          paperCopy: {
            name: '论文：复制记忆任务，TCN',
            description:
              '论文中用于复制记忆任务的 TCN：在 T=500（而不是 1000）的空白之后回忆 10 个符号。',
          },
          paperCopyLstm: {
            name: '论文：复制记忆任务，LSTM',
            description:
              '同一个复制记忆任务，换成参数量与 TCN 相当的 LSTM，即论文中的循环网络基线。',
          },
        },
      },
      urlNotice: {
        title_other: '这个链接打开时有 {{count}} 处改动',
        ignored: '已忽略：',
        rejected: '未采用：',
        adjusted: '已更改：',
      },
      stale: {
        engineError:
          '<strong>演练场在这个配置上出错了（这是程序缺陷，不是你的错）：{{error}}。</strong>下方变暗显示的是最后一个能构建的网络（<code>{{config}}</code>）。',
        cannotBuild:
          '<strong>这个网络无法构建：请查看标出的设置。</strong>下方变暗显示的是最后一个能构建的网络（<code>{{config}}</code>）。',
      },
      summary: {
        parameters: '参数量',
        trainableSome: '{{trainable}} 个可训练，{{frozen}} 个不可训练',
        trainableAll: '全部可训练',
        receptiveField: '感受野',
        receptiveFieldNote: '一个输出能看到的时间步数',
        blocks: '残差块',
        blocksNote: '{{stacks}} × {{dilations}}',
        stacks_other: '{{count}} 个堆叠',
        dilations_other: '{{count}} 个膨胀率',
        outputShape: '输出形状',
        shapeSequence: '(批大小, 时间步, {{channels}})',
        shapeLast: '(批大小, {{channels}})',
      },
      variables: {
        title: '变量',
        note_other:
          '共 {{count}} 个变量，名称与 keras-tcn 中的一致。卷积核的形状是 [kernel_size, 输入通道数, 滤波器数]。',
        noteBatchNorm_other:
          '共 {{count}} 个变量，名称与 keras-tcn 中的一致。卷积核的形状是 [kernel_size, 输入通道数, 滤波器数]。批归一化的 moving_mean 和 moving_variance 是训练时更新的统计量，不是靠梯度更新的：它们不可训练。',
        tableLabel: '变量（表格）',
        variable: '变量',
        shape: '形状',
        params: '参数量',
        trainable: '可训练',
        yes: '是',
        no: '否',
        noGradient: '没有梯度',
        total: '合计',
        totalWithFrozen: '合计（{{frozen, number}} 个不可训练）',
      },
      download: {
        bytes_other: '{{count}} 字节',
        tooBig: '{{file}} 有 {{size}}，上限是 {{limit}}。',
        unreadable: '无法读取 {{file}}：{{error}}',
      },
      offline: {
        isolated: '已可离线使用：这个页面现在无需网络也能运行，wasm 可以用上所有处理器核心。',
        updated: 'TCN Playground 已在本次加载页面时更新到新版本。',
        waiting: 'TCN Playground 的新版本已准备好，下次加载页面时启用；本节课不受影响。',
        isolationLater:
          '已可离线使用。wasm 多线程要等下次加载页面时才可用（页面需要重新加载一次）。',
        failed: '这个页面在这里无法离线使用：离线服务没有启动（{{error}}）。',
      },
    },
    settings: {
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
          return_sequences:
            '输出每个时间步；关闭时只保留一步（causal 取最后一步，same 取中间一步）。',
          go_backwards: '按时间倒序读取输入序列。',
          activation: '每个卷积之后使用的非线性函数。',
          kernel_initializer: '训练前如何随机生成卷积核。',
          dropout_rate: '训练时丢弃的通道比例：从 0 到 1（不含 1）。',
          use_batch_norm: '每个卷积之后做批归一化（增加 γ、β 和滑动统计量）。',
          use_layer_norm: '每个卷积之后在通道上做层归一化（增加 γ 和 β）。',
          use_weight_norm:
            '对每个卷积核做权重归一化（增加 g）；本页保留了它，keras-tcn 已将其移除。',
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
          baseline: '简单基线',
          baselineScore:
            '“{{how}}”的损失为 {{loss}}，{{metric}} 为 {{value}}：网络必须胜过它，才算学到了东西。',
        },
      },
      train: {
        title: '训练',
        groups: {
          optimizer: '优化器',
          seeds: '随机种子',
          backend: '运行位置',
        },
        help: {
          optimizer: '每个梯度如何变成权重更新（adam 和 rmsprop 会为每个权重调整步长）。',
          learning_rate: '每次更新的大小：大于 0，最多 {{max}}。',
          momentum: '仅用于 sgd：保留多少上一次的更新（0 即普通梯度下降；须小于 1）。',
          clipnorm: '每个变量的梯度被缩小到范数不超过此值，同 Keras 的 clipnorm。',
          batch_size: '每个训练步的序列数（1 到 {{max}}）。',
          seed: '初始权重（以及随机失活）的随机种子：相同的种子给出相同的起点。',
          data_seed: '训练数据的随机种子，与权重的种子分开。',
          backend: 'TensorFlow.js 在哪里计算。auto 在真实 GPU 上使用 WebGPU，否则使用 wasm。',
          model:
            '训练什么：TCN，或一个循环网络基线，其单元数经过挑选，使参数量与 TCN 相当（相差不超过 10%）。',
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
          lineColumn: '第 {{line}} 行“{{column}}”列：',
          line: '第 {{line}} 行：',
          column: '“{{column}}”列：',
        },
        dropMissing: '删除有缺失值的行',
        carryMissing: '沿用前一个值填充',
        summary: {
          plain:
            '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集）。',
          dates:
            '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集），日期取自“{{column}}”列。',
          plainDropped_other:
            '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集）；已删除含缺失值的 {{count}} 行。',
          datesDropped_other:
            '<strong>{{name}}</strong>：{{rows, number}} 行（{{train, number}} 行用于训练，最后 {{heldOut, number}} 行作为留出集），日期取自“{{column}}”列；已删除含缺失值的 {{count}} 行。',
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
    },
    charts: {
      title: '训练曲线',
      lastRun: '这是上一次训练的曲线：修正标出的设置之后，当前设置才能训练。',
      stepLabel: '第 {{step}} 步',
      baseline: '基线',
      pair: '{{first}}和{{second}}',
      list: '{{first}}，{{second}}',
      sentences: '{{first}}{{second}}',
      readout: '{{x}}：{{values}}',
      readoutValue: '{{name}} {{value}}',
      series: {
        training: '训练批次',
        heldOut: '留出集批次',
        heldOutLegend: '留出集批次（每 20 步）',
      },
      summary: {
        chart: '{{title}}：{{parts}}。',
        empty: '{{title}}：还没有数值。',
        parts: '{{first}}；{{second}}',
        latest: '最新值 {{latest}}（{{at}}），{{trend}}',
        latestBest: '最新值 {{latest}}（{{at}}），最佳值 {{best}}（{{bestAt}}），{{trend}}',
        namedLatest: '{{name}}最新值 {{latest}}（{{at}}），{{trend}}',
        namedLatestBest:
          '{{name}}最新值 {{latest}}（{{at}}），最佳值 {{best}}（{{bestAt}}），{{trend}}',
        trend: {
          falling: '呈下降趋势',
          rising: '呈上升趋势',
          level: '基本持平',
          unknown: '数据点太少，看不出趋势',
        },
      },
      loss: {
        title: '损失',
        mse: '（均方误差）',
        crossentropy: '（交叉熵）',
        logScale: '对数坐标',
        empty: '开始训练后，这里会显示损失。',
        logHint: '勾选“对数坐标”可分清接近零的几条线。',
      },
      metric: {
        fallbackTitle: '指标',
        higherIsBetter: '（越高越好）',
        lowerIsBetter: '（越低越好）',
        empty: '开始训练后，这里会显示任务的指标。',
        baselineLabel: '基线 {{value}}',
        baselineNote:
          '基线（虚线）：{{description}}，{{metric}} 为 {{value}}。没有超过基线的网络，对这个任务什么也没学到。',
      },
      paper: {
        label: '论文 {{model}}（T={{T}}）：基线的 {{share}}',
        modelLoss: '{{model}} {{loss}}',
        runs: {
          adding:
            '“论文”线：Bai、Kolter 与 Koltun（2018）在 T={{T}} 时最后几轮的平均测试损失（均方误差）为 {{losses}}，训练 {{epochs}} 轮，每轮 {{sequences, number}} 条序列，批大小 {{batchSize}}，共约 {{steps, number}} 步。每条线在本图中占本图基线（无记忆的回答）的比例，与它在论文的 T 下占当时基线的比例相同。',
          copy_memory:
            '“论文”线：Bai、Kolter 与 Koltun（2018）在 T={{T}} 时最后几轮的平均测试损失（交叉熵）为 {{losses}}，训练 {{epochs}} 轮，每轮 {{sequences, number}} 条序列，批大小 {{batchSize}}，共约 {{steps, number}} 步。每条线在本图中占本图基线（无记忆的回答）的比例，与它在论文的 T 下占当时基线的比例相同：复制记忆任务的损失随 T 增大而减小，原始数值无法直接比较。',
        },
        sameT: '本页训练相同的 T，每步使用新的批次。',
        shorterT: '本页训练 T={{T}}，任务更短、更容易。',
        longerT: '本页训练 T={{T}}，任务比论文的更长。',
        timeMinutes:
          '按 {{backend}} 上每秒 {{speed}} 步的速度，同样的步数在这里约需 {{minutes}} 分钟。',
        timeHours:
          '按 {{backend}} 上每秒 {{speed}} 步的速度，同样的步数在这里约需 {{hours}} 小时。',
      },
      sample: {
        title: '一条留出集序列',
        empty: '第一步之后这里会显示留出集序列（此后每 20 步更新一次）。',
        captionCopy: '（最后 {{shown}} 步：目标符号与预测符号）',
        captionChannel: '（目标与预测，输出通道 0）',
        caption: '（目标与预测）',
        latest: '最新的留出集序列（第 {{step}} 步）',
        latestNoStep: '最新的留出集序列',
        timeStep: '时间步 {{step}}',
        step: '步',
        target: '目标',
        prediction: '预测',
        predicted: '预测',
        right: '（正确）',
        wrong: '（错误）',
        copySummary:
          '{{sample}}：{{total}} 个符号中回忆对 {{right}} 个。符号为 1–8；0 表示空白，9 是分隔符。',
        sequenceSummary:
          '{{sample}}，共 {{length}} 个时间步：预测与目标的平均绝对误差为 {{error}}。',
        sequenceNoPrediction: '{{sample}}，共 {{length}} 个时间步：没有预测。',
        addingSum: '两个标记数之和',
        addingSummary: '{{sample}}：目标 {{target}}，预测 {{prediction}}（误差 {{error}}）。',
        seriesNote: '{{target}}（原始单位），取每个输入行之后第 {{horizon}} 行的值。',
        seriesNoteDated:
          '{{target}}（原始单位），取每个输入行之后第 {{horizon}} 行的值，日期标注的是被预测的那一行。',
      },
      pin: {
        pinned: '已固定：',
        unpin: '取消固定',
        pin: '固定这次运行',
        compareLstm: '固定后训练参数量匹配的 LSTM',
        hint: '保留这次运行的损失曲线和梯度范数，用来与下一次运行比较（比如修复前后）。',
        hintFirst: '先训练几步，再固定这次运行，与下一次运行比较。',
        pinnedRun: '已固定的运行',
        currentRun: '当前运行',
        lossTitle: '损失：已固定的运行与当前运行',
        normsTitle: '最终梯度范数',
        normsScale: '（条形为对数刻度）',
        normsScaleRange: '（条形为对数刻度，1e{{lo}} 到 1e{{hi}}）',
        variable: '变量',
        pinnedRunHeader: '已固定的运行',
        currentRunHeader: '当前运行',
        runs: '两次运行并排对比',
        run: '运行',
        network: '网络',
        steps: '步数',
        loss: '损失',
        heldOutMetric: '留出集{{metric}}',
        fallbackMetric: '指标',
        stepsPerSecond: '步/秒',
        pinnedRow: '已固定',
        currentRow: '当前',
        noGradient: '没有梯度',
        notFinite: '非有限值',
      },
      export: {
        title: '导出与文件',
        panelName: '导出面板',
        nothingChanged: '{{reason}}未做任何更改。',
        notice: '{{action}}：{{reason}}',
        config: {
          title: '配置',
          help: 'TCN、任务和训练设置，保存为 JSON（命令行读取的格式）。',
          download: '下载 JSON',
          load: '加载配置…',
          fixFirst: '先修正标红的设置，才能下载。',
          saved: '已保存 {{file}}。',
          notConfiguration: '{{name}} 不是配置文件：{{reason}}未做任何更改。',
          loaded: '已加载 {{name}}。',
          loadedWithChanges_other: '已加载 {{name}}，有 {{count}} 处改动：',
        },
        weights: {
          title: '训练好的权重',
          help: '模型及其 Dense 输出层的每个变量，连同配置和步数。文件只能加载到变量（名称和形状）相同的模型中；最大 {{size}}。',
          download: '下载权重',
          load: '加载权重…',
          waiting: '正在等待模型构建…',
          timeout: '训练后台线程没有及时交出权重。',
          reading: '正在读取权重…',
          saved: '已保存 {{file}}（{{variables}} 个变量）。',
          notSaved: '没有保存权重：{{reason}}',
          notLoaded: '没有加载 {{name}}：{{reason}}未做任何更改。',
          cannotBuild: '当前设置无法构建模型，请先修正。',
          checking: '正在检查 {{name}}…',
          notJson: '它不是有效的 JSON（{{message}}）。',
          loaded: '已加载 {{name}}：{{variables}} 个变量，第 {{step}} 步。',
          otherSettings:
            '该文件保存时使用的是另一组 TCN 设置；它的变量与本模型的名称和形状相同，所以已加载。',
        },
        keras: {
          title: 'keras-tcn Python 脚本',
          help: '一个 Python 脚本：用 keras-tcn（<code>pip install keras-tcn</code>）重建这个模型，加载在这里训练的权重，检查 Keras 在留出集序列上是否给出相同的输出，然后继续训练（使用所有 GPU），保存一个 <code>.keras</code> 文件并重新加载。',
          fixFirst: '先修正标红的设置，才能导出。',
          download: '连同训练好的权重下载',
          copy: '复制（不含权重）',
          copied: '已复制。',
          copyRefused: '浏览器不允许复制：脚本已选中，请按 Ctrl+C。',
          scriptLabel: 'keras-tcn Python 脚本，不含权重',
          reading: '正在读取训练好的权重…',
          notSaved: '没有保存脚本：{{reason}}',
          savedWithWeightsFile:
            '已保存 {{script}} 和 {{weights}}（第 {{step}} 步的权重）：把它们放在同一个文件夹里，用 Python 运行 {{script}}。',
          saved: '已保存 {{script}}，含第 {{step}} 步的权重：用 Python 运行 {{script}}。',
          untrained: '还没有训练：这是初始权重（第 0 步）。先训练，再重新导出。',
        },
      },
    },
    gradients: {
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
        noStepYet: '共 {{variables}} 个变量，尚无训练步：请按“开始”或“单步”。',
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
        params: '参数量',
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
        caption:
          '<strong>各变量在各步的 log₁₀ ‖g‖</strong>（最多保留最近 {{steps}} 步，最早的在左）',
        roleDescription: '热图',
        label:
          '梯度热图：{{variables}} 个变量在 {{steps}} 步中的梯度范数（log10）。方向键在变量和步之间移动；Home 键和 End 键跳到最早和最新的一步。',
        stepTick: '第 {{step}} 步',
        readout: '{{name}} 在第 {{step}} 步：{{value}}',
        readoutDropped: '{{name}} 在第 {{step}} 步：已不再保留（热图只保留最近 {{steps}} 步）',
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
        outdated: '这一步之后设置已更改，该变量不再被切断；按“开始”即可训练新的网络。',
        unexpected: '引擎没有预料到这一点：这一步没有用到从该变量通向损失的任何路径。',
        fixesTitle: '只改一处即可修复（每种修复都让所有变量可训练）',
        fixNote:
          '修复会以新的初始权重从第 0 步重建网络；如果训练正在进行，会继续训练，否则请按“开始”。',
      },
      network: {
        title: '网络结构，按每个变量的梯度着色',
        label:
          '{{blocks}} 个残差块和一个 Dense 输出层；{{variables}} 个可训练变量，每个画成一个方块。用方向键在它们之间移动。',
        markLabel: '{{name}}，形状 [{{shape}}]：{{reading}}',
        gradientNotFinite: '梯度为非有限值',
        baseline:
          '<strong>正在训练 {{model}} 基线</strong>。图中显示的是与它参数量匹配的 TCN；梯度面板显示的是基线自己的变量。要比较两者，请先固定 TCN 的运行。',
        baselineWithSize:
          '<strong>正在训练 {{model}} 基线</strong>——{{network}}。图中显示的是与它参数量匹配的 TCN；梯度面板显示的是基线自己的变量。要比较两者，请先固定 TCN 的运行。',
        readout: {
          noTrainingStep: '尚无训练步',
          notFinite: '梯度为非有限值（NaN 或 ∞）',
          outdated: '最新一步中没有从它通向损失的路径；此后设置已更改，按“开始”即可训练新的网络。',
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
    },
    receptive: {
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
        goBackwards:
          'go_backwards 会在卷积之前反转时间：窗口于是向前延伸，从输出步一直到之后的输入。',
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
        reached:
          '{{seqLen}} 个输入步中有 {{reach}} 个能到达输出步 {{step}}（从 {{from}} 到 {{to}}）',
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
          '输出步 {{outputStep}}，训练步 {{step}} 的权重：感受野之外的 {{outside}} 个输入步中，有 {{outsideZero}} 个的变化<strong>恰好为 0.0</strong>；感受野之内的 {{inside}} 个中，有 {{insideMoved}} 个的变化不为零（未激活的 ReLU 不传递任何变化：一条路径可能是连通的，却依然不起作用）。',
        corners: {
          same: '使用 <code>padding="same"</code> 时，感受野居中：之后的输入步也会影响输出。',
          lastStep:
            '在 return_sequences=False 时，无论选择哪一步，输出都是保留下来的那一个时间步（causal 时为最后一步，same 时为中间一步）。',
          batchNorm:
            '批归一化按推理模式（滑动统计量）测量；在训练模式下，它用整个批次的所有时间步做归一化，因此任何位置的输入都会影响每一个输出。',
          goBackwards: 'go_backwards 会先反转时间：感受野从输出步向后面的时间步延伸。',
        },
      },
      advisor: {
        title: '选择膨胀率',
        tableLabel: '覆盖所需步数的配置',
        cover: '覆盖 <stepsInput/> 步',
        help: {
          lag: '任务需要 {{need}} 步（滞后 {{lag}} 步再加上当前步本身）；也可以输入其他数字来查询。',
          copyMemory:
            '任务需要 {{need}} 步（从第一个符号到回忆它的位置）；也可以输入其他数字来查询。',
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
          parameters: '参数量',
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
    },
    classroom: {
      link: {
        title: '课堂链接',
        help: '用于课堂：更大的字号、隐藏部分面板，以及引导课。页面会随你的选择即时切换，下面的链接也会以同样的方式打开它。',
        mode: '课堂模式',
        hideGroup: '要隐藏的面板',
        hide: '隐藏：',
        startAt: '从哪一课开始：',
        noLesson: '不选课：使用当前设置',
        lessonOption: '{{number}}. {{title}}',
        copy: '复制链接',
        copied: '链接已复制。',
        copyRefused: '浏览器不允许复制：请选中链接后按 Ctrl+C。',
        fixSettings: '请先修正标红的设置，才能生成链接。',
      },
      panels: {
        settings: '设置（TCN、任务、训练）',
        summary: '汇总数字',
        variables: '变量表',
        'receptive-field': '感受野',
        charts: '损失图表',
        gradients: '梯度',
        export: '导出与文件',
      },
      lesson: {
        boundary: '本课',
        list: '引导课',
        unknown: '没有名为“{{id}}”的课。请选择一课：',
        number: '第 {{number}} 课（共 {{total}} 课）',
        previous: '← 上一课',
        next: '下一课 →',
        look: '观察：',
        try: '试一试：',
        why: '原因：',
        again: '重新开始本课',
        leave: '退出课堂模式',
      },
      predict: {
        question: '预测：',
        answer: '答案：',
        reveal: '显示答案',
        gradientsLater: '梯度会和答案一起显示。',
        latticeLater: '感受野网格会和答案一起显示。',
      },
      train: {
        play: '▶ 开始',
        pause: '❚❚ 暂停',
        reset: '回到第 0 步',
        step: '第 <strong>{{step}}</strong> 步',
        loss: '损失 <strong>{{loss}}</strong>',
        baseline: '（“{{description}}”的损失为 {{loss}}）',
      },
    },
    lessons: {
      'dilated-causal': {
        title: '膨胀因果卷积能看到什么',
        look: '感受野格点图：时间从左向右，最下面一行是输入，最上面一行是输出。这个 TCN 只有一个残差块，含两个卷积，卷积核大小为 2，膨胀率为 4。指向某个输出时间步：每个卷积读取它自己的时间步和往前 4 步的那个时间步，从不读取之后的时间步（这就是“因果”的含义）。第 t 步的输出只看到输入 t、t−4 和 t−8：一个 9 步宽、中间有空隙的窗口。',
        tryThis: [
          '将 dilations 设为 1：没有空隙了，但窗口缩小到 3 步。',
          '将 dilations 先设为 2，再设为 8：空隙和窗口一起变大。',
          '膨胀率保持 4，将 kernel_size 设为 3：现在每个卷积读取三个时间步，彼此相隔 4 步。',
        ],
      },
      'receptive-field': {
        title: '感受野如何增长',
        look: '感受野为 1 + 2·(kernel_size − 1)·nb_stacks·Σdilations 步：其中的 2 是每个残差块里的两个卷积。这里是 1 + 2·1·1·(1+2+4) = 15。编辑时留意感受野的数值及其公式。',
        tryThis: [
          '将 kernel_size 设为 3：1 + 2·2·1·7 = 29。',
          '再加一个膨胀率：dilations 为 1,2,4,8 时 Σ = 15，1 + 2·2·1·15 = 61。',
          '将 nb_stacks 设为 2：膨胀率列表重复一遍，1 + 2·2·2·15 = 121。',
        ],
        why: '让膨胀率逐块翻倍，感受野就随深度呈指数增长，而参数量只随深度线性增长。',
        question:
          '先别看：kernel_size 为 2，dilations 为 1、2、4，一个堆叠。一个输出能看到多少个输入时间步？',
        answer: '15：1 + 2·(2 − 1)·1·(1 + 2 + 4)。格点图上亮起的正是这 15 个输入时间步。',
      },
      'lag-too-short': {
        title: '感受野太短时，滞后任务会失败',
        look: '任务：输入是白噪声，第 t 步的目标是第 t − 48 步的输入。感受野为 1 + 2·1·1·(1+2+4+8) = 31 步，比 48 步的滞后短。',
        tryThis: [
          '开始训练，观察几百步内的损失。',
          '损失一直停在 1 附近：网络最好的做法只能是输出 0，因为它要复制的那一步在它能看到的范围之外。',
        ],
        question: '开始训练之前：感受野是 31 步，滞后是 48 步。损失会降到基线以下吗？',
        answer:
          '不会。网络要复制的那一步在 48 步之前，超出了它能看到的 31 步，所以它最好的答案是 0，损失停留在基线。',
      },
      'lag-long-enough': {
        title: '……感受野一旦长于滞后，任务就能成功',
        look: '同样的任务，dilations 为 1、2、4、8、16、32：感受野为 1 + 2·1·1·63 = 127 步，比 48 步的滞后长。',
        tryThis: [
          '开始训练：几百步之内，损失就会降向 0。',
          '回到上一课对比：只有 dilations 变了。',
        ],
      },
      'missing-gradient': {
        title: '一个永远学不到东西的变量',
        look: "keras-tcn 的用户报告，这个模型出现了“Gradients do not exist for variables ['kernel', 'bias'] when minimizing the loss”：在 4 个通道的输入上使用 TCN(nb_filters=2, kernel_size=91, nb_stacks=1, dilations=[1], use_skip_connections=True, return_sequences=True)。",
        tryThis: [
          '开始训练，然后看 residual_block_0/matching_conv1D 的梯度：它的 kernel 和 bias 在每一步都显示“没有梯度”。',
          '其余每个变量都得到了梯度。',
        ],
        why: '输入有 4 个通道，而残差块只有 2 个滤波器，所以 keras-tcn 加入了 matching_conv1D：一个 1×1 卷积，把输入变成能与残差相加的形状。开启跳跃连接时，TCN 的输出是各残差块跳跃输出之和，最后一个残差块的残差输出被丢弃。而这个残差输出是 matching_conv1D 唯一的使用者，所以损失与它无关。',
        question:
          '看颜色之前：一个残差块，4 个输入通道，2 个滤波器，开启跳跃连接。哪些变量永远得不到梯度？',
        answer:
          'residual_block_0/matching_conv1D 的 kernel 和 bias：捷径那一行里画斜线的方块。它们唯一的使用者，即最后一个残差块的残差输出，被跳跃连接丢弃了。',
      },
      'fix-two-blocks': {
        title: '修复 1/4：第二个残差块（dilations 为 1、2）',
        look: 'dilations 为 [1, 2] 时会构建第二个残差块。它读取第一个残差块的残差输出，因此 matching_conv1D 现在能影响到输出。',
        tryThis: [
          '开始训练：每个变量（包括 matching_conv1D）都得到了梯度。',
          '第二个残差块的输入已经有 2 个通道，所以它不需要自己的 matching_conv1D。',
        ],
      },
      'fix-no-skip': {
        title: '修复 2/4：关闭跳跃连接',
        look: 'use_skip_connections=False 时，TCN 的输出就是最后一个残差块的残差输出，其中包含 matching_conv1D。',
        tryThis: ['开始训练：matching_conv1D 得到了梯度。', '感受野和参数量都保持不变。'],
      },
      'fix-stacks': {
        title: '修复 3/4：两个堆叠（nb_stacks 为 2）',
        look: 'nb_stacks=2 会把 dilations 重复一遍，于是有两个残差块，第一个残差块的残差输出送入第二个。',
        tryThis: ['开始训练：matching_conv1D 得到了梯度。', '感受野翻倍，从 181 步变为 361 步。'],
      },
      'fix-filters': {
        title: '修复 4/4：nb_filters = input_dim = 4',
        look: '有 4 个滤波器时，输入的通道数已经与残差块相同，所以 keras-tcn 根本不会构建 matching_conv1D：捷径就是恒等映射。',
        tryThis: ['看看变量：matching_conv1D 不见了。', '开始训练：每个变量都得到了梯度。'],
      },
      'effective-field': {
        title: '理论感受野中的有效感受野',
        look: '这里的理论感受野为 1 + 2·2·1·31 = 125 步：其中每一步都能影响输出。但每一步对输出的影响有多大？格点图下方的柱是测得的 |∂y/∂x|，阴影带是包含其 50 %、90 % 和 99 % 的跨度：这就是有效感受野。',
        tryThis: [
          '训练前先点击“用当前权重测量 |∂y/∂x|”：记下三个宽度。',
          '训练 200 步（每 50 步重新测量一次）：观察 50 % 跨度逐渐落在 8 步的滞后上。',
          '把滞后设为 40 再训练：有效感受野会移到答案所在的位置。',
        ],
        why: 'Luo 等人（2016）表明，深层卷积网络的梯度集中在其理论感受野的中心附近，大致呈高斯分布：感受野的大部分都能到达，却几乎没有被用上。训练会把梯度的主要部分移到任务需要的时间步上。',
        question: '训练之前：90 % 的梯度是来自感受野的全部 125 步，还是远少于此？',
        answer:
          '远少于此。看格点图下方的 90 % 宽度：有效感受野只是理论感受野的一小部分，集中在输出时间步附近。',
      },
      'perturbation-proof': {
        title: '用扰动来证明',
        look: '这里的感受野是 15 步。改变一个输入时间步，观察最后一步的输出：“扰动每个输入步”按钮会依次对每一步这样做，用的是带当前权重的真实网络。',
        tryThis: [
          '点击“扰动每个输入步”：在这 15 步之外，变化恰好是 0.0，而不只是很小。',
          '把 padding 设为 same 再扰动一次：现在之后的输入也会改变输出（未来的那一半）。',
          '打开 use_batch_norm：推理模式下什么都不变；页面会解释为什么训练模式会把一个批次的样本混在一起。',
        ],
        why: '因果膨胀卷积从不读取其抽头之外的时间步：输出只是这 15 步的函数，所以改变任何其他输入都不会改变输出，精确到最后一位。这回答了“为什么感受野之外的输入似乎也会改变输出”（keras-tcn #146）：它们不会，除非 padding 为 same、输出是 return_sequences=False 时的单个时间步，或者训练模式下的批归一化把一个批次混在一起。',
        question:
          '感受野为 15 时，如果改变输出之前 30 步的输入，输出会变化多少：一点点，还是恰好为零？',
        answer: '恰好是 0.0：没有任何路径把那一步连到输出。',
      },
      'choose-dilations': {
        title: '为给定的滞后选择膨胀率',
        look: '任务是 48 步的滞后：每个输出必须看到往前 49 步。“选择膨胀率”建议器列出用最少参数覆盖 49 步的配置，并提示当前配置（31 步）覆盖不到。',
        tryThis: [
          '读建议器的第一行：它建议的卷积核大小、膨胀率和堆叠数，以及它们的代价。',
          '应用它并训练：损失降到基线以下。',
          '在“覆盖”中输入 200 再比较：需要更多层或更大的卷积核，以及相应的代价。',
        ],
        why: '翻倍的膨胀率（1、2、4……）用 L 层覆盖 2^L 步，所以感受野随深度呈指数增长，而参数只线性增长：参数最省的覆盖方式通常是小卷积核加上足够多的层。远远超出序列长度的感受野只会读到填充。',
        question:
          '卷积核大小为 2 时，48 步的滞后需要多少个翻倍的膨胀率（1、2、4……）：4 个、5 个还是 6 个？',
        answer:
          '5 个得到 1 + 2·1·(1+2+4+8+16) = 63 ≥ 49；4 个只有 31。建议器也许还能找到参数更少的配置。',
      },
    },
    messages: {
      tcn: {
        kernelSizeNotCount:
          'kernel_size 必须是不小于 1 的整数（每次卷积看多少个时间步）；当前为 {{value}}。',
        nbStacksNotCount:
          'nb_stacks 必须是不小于 1 的整数（膨胀率列表重复几遍）；当前为 {{value}}。',
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
        filtersNotCount:
          'nb_filters 必须是不小于 1 的整数，或每个膨胀率一项的列表；当前为 {{value}}。',
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
        lagTooLong:
          '滞后步数（{{lag}}）必须小于序列长度（seq_len {{seqLen}}），否则没有哪一步有目标。',
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
        notLessonName: '不是课的名称。',
        noLesson: {
          plain: '没有名为 {{name}} 的课。',
          guess: '没有名为 {{name}} 的课——你是想写 {{guess}} 吗？',
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
        lagShortened:
          '滞后步数必须小于 seq_len（{{seqLen}}）；滞后步数 {{lag}} 已改为 {{shorter}}。',
        tcnInputDimReplaced:
          'TCN 的 input_dim 由任务决定（当前任务有 {{channels}} 个输入通道）；{{value}} 已被替换。',
        presetLacksColumns:
          '{{series}} 没有数值列 {{names}}（它有 {{columns}}）；改用它自带的选择。',
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
        noLayerJson:
          '这段 JSON 没有 TCN 层（没有 "class_name": "TCN"），也不是 TCN 配置：{{howTo}}。',
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
          batch_size:
            'Keras 接受 {{setting}}，但批大小在这里是训练设置：请在“训练”中设置；已忽略。',
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
        dimInvalid:
          '{{setting}} 必须是不小于 1 的整数通道数；当前为 {{value}}：保留当前的 input_dim。',
        shapeInvalid: {
          rank2:
            '{{setting}} 必须是 (时间步数, 通道数)，例如 (100, 3)；当前为 {{value}}：保留当前的 seq_len 和 input_dim。',
          rank3:
            '{{setting}} 必须是 (批大小, 时间步数, 通道数)，例如 (None, 100, 3)；当前为 {{value}}：保留当前的 seq_len 和 input_dim。',
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
          'use_weight_norm 已开启，但 keras-tcn 没有权重归一化（已于 2025 年移除）：Keras 模型将缺少 {{variable}} 变量，因此参数量和变量都会与这里不同。请设置 use_weight_norm=false 后再导出。',
        pageLimitOnly: '{{setting}}：{{message}}（这只是本页的限制：Keras 能构建它。）',
        baselineTrained:
          '训练的网络是 {{network}} 基线（{{setting}}）；keras-tcn 构建的是 TCN。请选择 TCN 作为网络，训练后再导出。',
        weightMissing: '权重中没有 {{name}}。',
        weightShape: '{{name}} 的形状是 {{given}}，而在此配置中应为 {{expected}}。',
        weightSize: '{{name}} 有 {{given}} 个数，而不是 {{size}} 个。',
        weightsExtra: '权重中有此模型没有的变量：{{names}}。',
        checkShape:
          '校验批次的形状是 {{shape}}；模型读取的形状是 [批大小, {{seqLen}}, {{inputDim}}]。',
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
    },
    runtime: {
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
            '训练后台线程在一分钟内崩溃了 {{crashes}} 次（最近一次：{{reason}}），训练已暂停。设置、历史记录和第 {{step}} 步的权重都已保留：按“开始”即可在新的后台线程中重试。',
          fromInitial:
            '训练后台线程在一分钟内崩溃了 {{crashes}} 次（最近一次：{{reason}}），训练已暂停。设置、历史记录和新的初始权重都已保留：按“开始”即可在新的后台线程中重试。',
        },
        restarted: {
          fromStepWithState:
            '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续（连同优化器状态和数据位置）。',
          fromStepWithStatePaused:
            '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续（连同优化器状态和数据位置），目前已暂停。',
          fromStep: '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续。',
          fromStepPaused:
            '训练后台线程崩溃了（{{reason}}）。新的后台线程从第 {{step}} 步的权重继续，目前已暂停。',
          fromInitial: '训练后台线程崩溃了（{{reason}}）。新的后台线程从新的初始权重开始。',
          fromInitialPaused:
            '训练后台线程崩溃了（{{reason}}）。新的后台线程从新的初始权重开始，目前已暂停。',
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
        noWebgpu: '此浏览器不支持 WebGPU（没有 navigator.gpu）',
        adapterRequestFailed: '请求 WebGPU 适配器失败（{{error}}）',
        noAdapter: '没有 WebGPU 适配器（requestAdapter 返回了空值）',
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
          oneAsked: '只请求了一个线程',
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
        failedStep: '有一步失败（{{error}}）',
        fastest: '按实测在这里最快：{{figures}}',
      },
      trainer: {
        gradientNotFinite:
          '第 {{step}} 步：{{variable}} 的梯度不是有限值（NaN 或无穷大）。训练已暂停；权重保持为第 {{previous}} 步之后的值，优化器状态重新开始。请降低学习率或开启 clipnorm，然后按“开始”。',
        lossNotFinite:
          '第 {{step}} 步：损失不是有限值（NaN 或无穷大）。训练已暂停；权重保持为第 {{previous}} 步之后的值，优化器状态重新开始。请降低学习率，然后按“开始”。',
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
          metric: '回忆准确率',
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
          description:
            '{{channels}} 个通道上带噪声的正弦混合；网络在每一步预测每个通道的下一个值。',
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
        tooFewRowsAfterDropping_other:
          '删除含缺失值的行后，文件剩 {{count}} 行数据；至少需要一个表头行和 2 行数据。',
        quoteNotClosed: '第 {{line}} 行：一个带引号的字段没有闭合。',
        quoteMalformed: '第 {{line}} 行：字段中的引号格式有误。',
        empty: '文件是空的。',
        tooManyRows: '文件有 {{rows}} 行数据；上限是 {{limit}} 行。',
        headerIsNumbers: '第 {{line}} 行：第一行是数字而不是列名；请添加一个为每列命名的表头行。',
        emptyHeaderField: '第 {{line}} 行：表头的第 {{field}} 个字段为空；每一列都需要一个名字。',
        duplicateColumn: '第 {{line}} 行：有两列都叫“{{name}}”。',
        fieldCount_other: '第 {{line}} 行有 {{count}} 个字段，而表头有 {{header}} 个。',
        notNumber: '第 {{line}} 行“{{column}}”列：{{value}} 不是数字。',
        firstMissing: '第 {{line}} 行“{{column}}”列：第一个值缺失，没有更早的值可以沿用。',
        missingAt: '第 {{line}} 行“{{column}}”列',
        missing_other:
          '有 {{count}} 个缺失值（{{places}}）。可以删除含缺失值的行，或沿用前一个值填充。',
        missingMore_other:
          '有 {{count}} 个缺失值（{{places}}，另有 {{more}} 个）。可以删除含缺失值的行，或沿用前一个值填充。',
        moreProblems: '……另有 {{rest}} 个问题。',
        unreadable: '无法读取文件：{{error}}',
        readerStopped: '文件读取器停止了：{{error}}。',
        unknownError: '未知错误',
      },
    },
    language: {
      label: '页面语言',
    },
  },
} satisfies Catalogue;
export default catalogue;
