// A pasted TCN becomes the page's TCN: in Python an argument left out takes keras-tcn's default
// (TCN(nb_filters=32) has kernel_size 3 and return_sequences False), so the pasted arguments lay
// over keras-tcn's defaults, not over the page's current settings. Its input shape
// sets the window and the channels, and the task follows when it must — a TCN that returns only
// its last step trains on the adding problem, channels a task cannot take move it to the lag
// task (which takes any number). Every such change is a notice.
import { KERAS_TCN_DEFAULTS } from '../engine/config';
import type { Notice } from './schema';
import type { RawSettings } from './schema';
import type { PastedTcn } from './pastedTcn';

/** Tasks whose input channels are fixed, and how many. */
const FIXED_CHANNELS: Record<string, number> = { adding: 2, copy_memory: 10 };

export function applyPasted(
  raw: RawSettings,
  pasted: PastedTcn,
): { raw: RawSettings; notices: Notice[] } {
  const notices: Notice[] = [];
  // input_dim is the task's (below), never keras-tcn's default of 1.
  const tcn = {
    ...raw.tcn,
    ...KERAS_TCN_DEFAULTS,
    input_dim: raw.tcn.input_dim,
    ...pasted.settings.tcn,
  };
  const task = { ...raw.task };
  const { seq_len: seqLen, input_dim: inputDim } = pasted.settings.task;
  if (seqLen !== undefined) task.seq_len = seqLen;
  const perSequence = tcn.return_sequences === false;
  const name = String(task.name);
  if (perSequence && name !== 'adding') {
    task.name = 'adding';
    notices.push({
      key: 'task',
      action: 'adjusted',
      reason: `return_sequences=False gives one answer per sequence: the task became adding (it was ${name}).`,
    });
  } else if (!perSequence && name === 'adding') {
    task.name = 'lag';
    notices.push({
      key: 'task',
      action: 'adjusted',
      reason:
        'return_sequences=True answers at every step: the task became lag (adding has one answer per sequence).',
    });
  }
  if (inputDim !== undefined) {
    const fixed = FIXED_CHANNELS[String(task.name)];
    if (fixed !== undefined && fixed !== inputDim) {
      if (task.name === 'adding') {
        notices.push({
          key: 'input_dim',
          action: 'adjusted',
          reason: `the adding problem has 2 input channels, so the TCN's input_dim is 2 here, not ${inputDim}.`,
        });
      } else {
        notices.push({
          key: 'task',
          action: 'adjusted',
          reason: `${String(task.name)} has ${fixed} input channels; the task became lag, which takes the ${inputDim} of your input shape.`,
        });
        task.name = 'lag';
        task.input_dim = inputDim;
      }
    } else if (task.name === 'series') {
      if (inputDim !== (Array.isArray(raw.data.columns) ? raw.data.columns.length : 0)) {
        notices.push({
          key: 'input_dim',
          action: 'adjusted',
          reason: `a series has one channel per input column: choose ${inputDim} columns for the TCN's input_dim to be ${inputDim}.`,
        });
      }
    } else {
      task.input_dim = inputDim;
    }
  }
  return { raw: { ...raw, tcn, task }, notices };
}
