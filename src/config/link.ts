// The share link's form of a configuration (`#v=1&task=lag&seq_len=96&dilations=1,2,4`), and the
// page settings a link carries besides it (classroom mode, hidden panels, lesson, embedded).
import { t } from '../i18n/core';
import { withGuess } from './didYouMean';
import { FIELDS, FLAT_KEYS, flatKey, fromText, show, toText, type Field } from './fields';
import {
  DEFAULT_CONFIG,
  assemble,
  rawSettingsOf,
  type LinkOptions,
  type Notice,
  type ParsedLink,
  type PlaygroundConfig,
  type RawSettings,
  type ViewSettings,
} from './schema';

export const VIEW_KEYS = ['classroom', 'hide', 'lesson', 'embed', 'lang'] as const;

/**
 * Parses the URL-fragment form, e.g. `#v=1&task=lag&seq_len=96&dilations=1,2,4`. A number past
 * its limits is clamped to them; a key that is a near miss of a setting is reported with it.
 */
export function parseFragment(fragment: string, options: LinkOptions = {}): ParsedLink {
  const notices: Notice[] = [];
  const view: ViewSettings = {};
  const values = new Map<Field, { value: unknown; key: string }>();
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let params: [string, string][] = [];
  try {
    params = [...new URLSearchParams(text).entries()];
  } catch {
    notices.push({ key: '#', action: 'ignored', reason: t('messages.link.unreadable') });
  }
  const knownKeys = [...FLAT_KEYS, ...VIEW_KEYS];
  for (const [rawKey, rawValue] of params) {
    const key = rawKey.slice(0, 60);
    if (key === 'v') {
      if (rawValue !== '1') {
        notices.push({
          key,
          action: 'ignored',
          reason: t('messages.link.version', { version: show(rawValue) }),
        });
      }
      continue;
    }
    if ((VIEW_KEYS as readonly string[]).includes(key)) {
      readViewKey(view, key, rawValue, notices, options);
      continue;
    }
    const field = FIELDS.find((f) => flatKey(f) === key);
    if (!field) {
      if (key !== '')
        notices.push({
          key,
          action: 'ignored',
          reason: withGuess('messages.config.notSetting', { name: show(key) }, key, knownKeys),
        });
      continue;
    }
    if (values.has(field)) {
      notices.push({
        key,
        action: 'ignored',
        reason: t('messages.link.repeated', { setting: key }),
      });
      continue;
    }
    values.set(field, { value: fromText(field.kind, rawValue), key });
  }
  return { ...assemble(values, notices, undefined, options), view };
}

function readViewKey(
  view: ViewSettings,
  key: string,
  value: string,
  notices: Notice[],
  options: LinkOptions,
) {
  if (key === 'classroom' || key === 'embed') {
    if (value === 'true' || value === '1') view[key] = true;
    else if (value !== 'false' && value !== '0')
      notices.push({
        key,
        action: 'rejected',
        reason: t('messages.field.notBoolean', { setting: key }),
      });
  } else if (key === 'hide') {
    const names = value
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const known = (p: string) =>
      /^[a-z-]{1,30}$/.test(p) && (!options.panels || options.panels.includes(p));
    view.hide = names.filter(known);
    for (const name of names.filter((p) => !known(p))) {
      notices.push({
        key,
        action: 'ignored',
        reason: options.panels
          ? withGuess(
              'messages.link.notListedPanel',
              { name: show(name), panels: options.panels.join(', ') },
              name,
              options.panels,
            )
          : t('messages.link.notPanel', { name: show(name) }),
      });
    }
  } else if (key === 'lesson') {
    if (!/^[a-z0-9-]{1,40}$/.test(value))
      notices.push({ key, action: 'rejected', reason: t('messages.link.notLessonName') });
    else if (options.lessons && !options.lessons.includes(value))
      notices.push({
        key,
        action: 'ignored',
        reason: withGuess('messages.link.noLesson', { name: show(value) }, value, options.lessons),
      });
    else view.lesson = value;
  } else if (key === 'lang') {
    if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/i.test(value))
      notices.push({ key, action: 'rejected', reason: t('messages.link.notLanguageCode') });
    else if (options.languages && !options.languages.includes(value))
      notices.push({
        key,
        action: 'ignored',
        reason: withGuess(
          'messages.link.noLanguage',
          { name: show(value) },
          value,
          options.languages,
        ),
      });
    else view.lang = value;
  }
}

/** The URL-fragment form of a configuration, every key written out (without the leading #). */
export function encodeFragment(config: PlaygroundConfig, view: ViewSettings = {}): string {
  return encodeSettings(rawSettingsOf(config), view);
}

/**
 * The URL-fragment form of settings as the form shows them, valid or not (without the #):
 * parseFragment reads every typed value back as it was (see ParsedLink.raw).
 */
export function encodeSettings(raw: RawSettings, view: ViewSettings = {}): string {
  const parts = ['v=1'];
  if (view.classroom) parts.push('classroom=true');
  if (view.hide?.length) parts.push(`hide=${view.hide.join(',')}`);
  if (view.lesson) parts.push(`lesson=${view.lesson}`);
  if (view.embed) parts.push('embed=true');
  if (view.lang) parts.push(`lang=${view.lang}`);
  for (const field of FIELDS) {
    // The series' settings mean nothing to the other tasks: their links stay as they were.
    if (field.section === 'data' && raw.task.name !== 'series') continue;
    const value = (raw[field.section] as Record<string, unknown> | undefined)?.[field.key];
    if (value === undefined) continue;
    const text = toText(field.kind, value);
    parts.push(`${flatKey(field)}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

/** The fragment with only the keys whose values differ from the defaults (always v=1). */
export function compactFragment(config: PlaygroundConfig): string {
  const defaults = encodeFragment(DEFAULT_CONFIG).split('&');
  return encodeFragment(config)
    .split('&')
    .filter((part, i) => i === 0 || part !== defaults[i])
    .join('&');
}
