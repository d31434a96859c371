// The shape of one language file in ./locales.
export interface Catalogue {
  /** The language's own name, shown in the switch. */
  name: string;
  /** Its short form for the header (EN, 中文), so that the header stays one row at 1280 px. */
  shortName: string;
  /** BCP 47 tag for html[lang]. */
  htmlLang: string;
  /** Keys grouped by panel; plural forms end in _one, _other (i18next's Intl plural rules). */
  translation: Record<string, unknown>;
}
