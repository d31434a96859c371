// English texts of the "lessons" keys (merged into locales/en.ts): each lesson of src/ui/lessons.ts
// by its id, with its title, what to look at, the steps to try, why, and its question and answer.
export default {
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
};
