// A pasted TCN becomes the page's TCN: in Python an argument left out takes keras-tcn's default
// (TCN(nb_filters=32) has kernel_size 3 and return_sequences False), so the pasted arguments lay
// over keras-tcn's defaults, not over the page's current settings. Its input shape
// sets the window and the channels, and the task follows when it must — a TCN that returns only
// its last step trains on the adding problem, channels a task cannot take move it to the lag
// task (which takes any number). Every such change is a notice.
import { KERAS_TCN_DEFAULTS } from '../engine/config';
import { t } from '../i18n/core';
import { parseConfigJson } from './configJson';
import { parsePastedTcn, type PastedTcn } from './pastedTcn';
import {
  DEFAULT_CONFIG,
  rawSettingsOf,
  type Notice,
  type ParsedConfig,
  type RawSettings,
} from './schema';

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
  // The one-answer task (adding) has 2 channels. A per-sequence TCN on other channels is kept
  // with the user's channels, so that its parameters are keras-tcn's; it trains once
  // return_sequences or input_dim is changed, which the form then says.
  const ownChannels = inputDim !== undefined && inputDim !== FIXED_CHANNELS.adding;
  if (perSequence && ownChannels) {
    if (name !== 'lag' && name !== 'sine') task.name = 'lag';
    notices.push({
      key: 'return_sequences',
      action: 'adjusted',
      reason: t('messages.paste.perSequenceOwnChannels', {
        channels: inputDim,
        task: String(task.name),
      }),
    });
  } else if (perSequence && name !== 'adding') {
    task.name = 'adding';
    notices.push({
      key: 'task',
      action: 'adjusted',
      reason: t('messages.paste.becameAdding', { task: name }),
    });
  } else if (!perSequence && name === 'adding') {
    task.name = 'lag';
    notices.push({
      key: 'task',
      action: 'adjusted',
      reason: t('messages.paste.becameLag'),
    });
  }
  if (inputDim !== undefined) {
    const fixed = FIXED_CHANNELS[String(task.name)];
    if (fixed !== undefined && fixed !== inputDim) {
      if (task.name === 'adding') {
        notices.push({
          key: 'input_dim',
          action: 'adjusted',
          reason: t('messages.paste.addingChannels', { channels: inputDim }),
        });
      } else {
        notices.push({
          key: 'task',
          action: 'adjusted',
          reason: t('messages.paste.fixedChannels', {
            task: String(task.name),
            fixed,
            channels: inputDim,
          }),
        });
        task.name = 'lag';
        task.input_dim = inputDim;
      }
    } else if (task.name === 'series') {
      if (inputDim !== (Array.isArray(raw.data.columns) ? raw.data.columns.length : 0)) {
        notices.push({
          key: 'input_dim',
          action: 'adjusted',
          reason: t('messages.paste.seriesChannels', { channels: inputDim }),
        });
      }
    } else {
      task.input_dim = inputDim;
    }
  }
  return { raw: { ...raw, tcn, task }, notices };
}

/**
 * Whether text given as a configuration is rather a pasted TCN: a TCN(...) call, a Keras model's
 * JSON (a "class_name" of TCN), or a layer's get_config() (nb_filters at its top, no sections).
 */
export function looksPasted(text: string): boolean {
  if (/\bTCN\s*\(/.test(text)) return true;
  if (/["']class_name["']\s*:\s*["']TCN["']/.test(text)) return true;
  return /^\s*\{[\s\S]*["']nb_filters["']\s*:/.test(text) && !/["']tcn["']\s*:\s*\{/.test(text);
}

/**
 * A pasted TCN as a whole configuration (the playground's defaults for the rest), with every
 * notice: what the paste did not understand, what the task had to change, what could not be
 * used. The command line's --config takes this path for a .py file or a TCN(...) call.
 */
export function configFromPasted(
  text: string,
): { ok: true; parsed: ParsedConfig } | { ok: false; message: string } {
  const read = parsePastedTcn(text);
  if (!read.ok) return { ok: false, message: read.message };
  const applied = applyPasted(rawSettingsOf(DEFAULT_CONFIG), read.result);
  const assembled = parseConfigJson({ v: 1, ...applied.raw });
  return {
    ok: true,
    parsed: {
      ...assembled,
      notices: [...read.result.notices, ...applied.notices, ...assembled.notices],
    },
  };
}
