// Every language the page offers: one file each in ./locales, found at build time, so adding a
// language is adding one file there (with the same keys as en.ts; a unit test checks them).
import { i18n } from './core';
import type { Catalogue } from './catalogue';

export interface Language {
  /** In links (`lang=zh`) and file names. */
  code: string;
  /** Its own name, in the language switch. */
  name: string;
  /** Its short form (EN), shown in the header. */
  shortName: string;
  /** BCP 47 tag for html[lang] and number formats. */
  htmlLang: string;
}

const files = import.meta.glob<{ default: Catalogue }>('./locales/*.ts', { eager: true });

export const LANGUAGES: Language[] = Object.entries(files)
  .map(([path, module]) => {
    const code = /([\w-]+)\.ts$/.exec(path)?.[1] ?? '';
    if (!i18n.hasResourceBundle(code, 'translation'))
      i18n.addResourceBundle(code, 'translation', module.default.translation);
    const { name, shortName, htmlLang } = module.default;
    return { code, name, shortName, htmlLang };
  })
  // English first, the rest by code.
  .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code.localeCompare(b.code)));

export const LANGUAGE_CODES = LANGUAGES.map((l) => l.code);

/** The first of the browser's preferred languages the page has (`zh-CN` → `zh`), else English. */
export function browserLanguage(preferred: readonly string[]): string {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = LANGUAGES.find((l) => l.code === lower || l.htmlLang.toLowerCase() === lower);
    if (exact) return exact.code;
    const base = LANGUAGES.find((l) => l.code === lower.split('-')[0]);
    if (base) return base.code;
  }
  return 'en';
}

export function languageOf(code: string): Language {
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}

/** Switches every `t` (and every React component that uses it) to `code`. */
export function setLanguage(code: string): void {
  const language = languageOf(code);
  if (i18n.language !== language.code) void i18n.changeLanguage(language.code);
}
