// The interface's language from the header. Choosing one puts it in the link (lang=zh), so a
// teacher's link opens in the class's language; without a choice the page follows the browser.
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../i18n/languages';
import { usePlayground } from '../../store';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  return (
    <select
      className="language-switch"
      data-testid="language-switch"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={i18n.language}
      onChange={(event) => setView({ ...view, lang: event.target.value })}
    >
      {LANGUAGES.map((language) => (
        <option
          key={language.code}
          value={language.code}
          lang={language.htmlLang}
          title={language.name}
        >
          {language.shortName}
        </option>
      ))}
    </select>
  );
}
