// The JSON file form of a configuration ({ v, tcn, task, train, data }), as the page's "Save
// settings" writes it and the CLI's --config reads it.
import { t } from '../i18n/core';
import { FIELDS, show, type Field } from './fields';
import { assemble, type Notice, type ParsedConfig, type ParsedLink } from './schema';

const SECTIONS: readonly string[] = ['tcn', 'task', 'train', 'data'];
/** The keys of a configuration file, as messages name them (they are the same in every language). */
export const SECTION_NAMES = { v: 'v', tcn: 'tcn', task: 'task', train: 'train', data: 'data' };

const configOnly = ({ config, notices }: Omit<ParsedLink, 'view'>): ParsedConfig => ({
  config,
  notices,
  view: {},
});

/** Parses the JSON form (an already parsed object, or text). */
export function parseConfigJson(input: unknown): ParsedConfig {
  const notices: Notice[] = [];
  let doc = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input);
    } catch (error) {
      notices.push({
        key: '(file)',
        action: 'ignored',
        reason: t('messages.file.notJson', { error: (error as Error).message }),
      });
      return configOnly(assemble(new Map(), notices));
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    notices.push({
      key: '(file)',
      action: 'ignored',
      reason: t('messages.file.notConfigObject', SECTION_NAMES),
    });
    return configOnly(assemble(new Map(), notices));
  }
  const values = new Map<Field, { value: unknown; key: string }>();
  let declaredTcnInputDim: { value: unknown; key: string } | undefined;
  for (const [sectionKey, section] of Object.entries(doc as Record<string, unknown>)) {
    if (sectionKey === 'v') {
      if (section !== 1) {
        notices.push({
          key: 'v',
          action: 'ignored',
          reason: t('messages.file.version', { version: show(section) }),
        });
      }
      continue;
    }
    if (!SECTIONS.includes(sectionKey)) {
      notices.push({
        key: sectionKey,
        action: 'ignored',
        reason: t('messages.file.notSection', { name: show(sectionKey) }),
      });
      continue;
    }
    if (typeof section !== 'object' || section === null || Array.isArray(section)) {
      notices.push({
        key: sectionKey,
        action: 'ignored',
        reason: t('messages.file.sectionNotObject', { section: sectionKey }),
      });
      continue;
    }
    for (const [leaf, value] of Object.entries(section as Record<string, unknown>)) {
      const key = `${sectionKey}.${leaf}`;
      if (sectionKey === 'tcn' && leaf === 'input_dim') {
        declaredTcnInputDim = { value, key };
        continue;
      }
      const field = FIELDS.find((f) => f.section === sectionKey && f.key === leaf);
      if (!field) {
        notices.push({
          key,
          action: 'ignored',
          reason: t('messages.config.notSetting.plain', { name: show(key) }),
        });
        continue;
      }
      values.set(field, { value, key });
    }
  }
  return configOnly(assemble(values, notices, declaredTcnInputDim));
}
