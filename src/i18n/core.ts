// The one i18next instance every layer translates through (framework-free: the engine, config,
// worker and CLI use `t` from here; the page wraps the same instance for React). English is
// always loaded, so Node (CLI, tests) speaks it without Vite; the page and the worker add every
// language file through `languages.ts`. keras-tcn's identifiers and the Keras warning text are
// never translated: the catalogues keep them as they are.
import i18next, { type TOptions } from 'i18next';
import en from './locales/en';

export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en.translation } },
  // Resources are in memory: initialise synchronously, so `t` works at import time.
  initAsync: false,
  // React escapes what it renders; messages are also used as plain text (notices, the CLI).
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** The text of `key` in the current language, with its values filled in. */
export function t(key: string, options: TOptions = {}): string {
  return i18n.t(key, options) as string;
}

/** The current language's code, as in links (`en`, `zh`). */
export function currentLanguage(): string {
  return i18n.language;
}

/** Numbers in the current language's form (digit grouping). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(i18n.language, options).format(value);
}
