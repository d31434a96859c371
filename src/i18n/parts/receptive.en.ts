// English texts of the "receptive" keys (merged into locales/en.ts).
// Trans placeholders: <stacksSymbol/> and <spanList/> are filled in by the component with content
// the catalogue does not hold (the formula's variable, the list of spans).
export default {
  /** The input row, in the lattice and in the breakdown table. */
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
};
