// Keeps the interface's language in step with the page: the link's lang= (or the header's
// choice, which writes it there) wins, else the browser's first language the page has. The
// document's lang follows, so screen readers and fonts pick the right one.
import { i18n } from '../i18n/core';
import { browserLanguage, languageOf, setLanguage, LANGUAGE_CODES } from '../i18n/languages';
import type { PlaygroundStore } from './store';

/** The language a page with this view shows. */
export function languageFor(lang: string | undefined, preferred: readonly string[]): string {
  return lang && LANGUAGE_CODES.includes(lang) ? lang : browserLanguage(preferred);
}

/**
 * `linkLang`: the lang= of the link being opened, applied before the link is read so that its
 * notices are already in that language.
 */
export function startLanguageSync(store: PlaygroundStore, linkLang?: string): () => void {
  const apply = (lang = store.getState().view.lang) => {
    const code = languageFor(lang, navigator.languages ?? []);
    setLanguage(code);
    document.documentElement.lang = languageOf(code).htmlLang;
  };
  apply(linkLang);
  // Texts the store made in the old language (the settings' problems) are made again.
  const onChanged = () => store.getState().relocalize();
  i18n.on('languageChanged', onChanged);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view.lang !== previous.view.lang) apply(state.view.lang);
  });
  return () => {
    unsubscribe();
    i18n.off('languageChanged', onChanged);
  };
}
