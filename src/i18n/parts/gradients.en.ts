// English texts of the "gradients" keys (merged into locales/en.ts).
export default {
  // What a variable's gradient is doing, in the table, the heatmap and the network picture.
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
  // The screen reader's live region: {{gradients}} is one of the first two sentences.
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
    // The dead-variable callout beside the picture.
    warning: {
      title_one: '{{count}} variable will never learn',
      title_other: '{{count}} variables will never learn',
      reason: '<code>{{module}}</code> ({{roles}}, hatched in the picture): {{reason}}',
      kerasSays: 'Keras only prints: <q>{{warning}}</q>',
      fixes: 'one-click fixes',
      noFix: 'No single change of the settings fixes this; try fewer or more residual blocks.',
    },
    // Labels drawn in the picture (networkLayout.ts).
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
};
