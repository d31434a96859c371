// "Paste your TCN": a keras-tcn TCN(...) call from your code, a model's to_json(), or a layer's
// get_config(), read (never run) into the settings; what was not understood is listed with the
// reason and what is used instead. The page then shows what it always shows: parameters,
// receptive field, and which variables will get no gradient and why.
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { applyPasted } from '../../../config/applyPasted';
import { parsePastedTcn } from '../../../config/pastedTcn';
import type { Notice } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';

/** How each form the text was read as is named in the outcome. */
const FORMS = {
  python: 'settings.paste.forms.python',
  'keras-json': 'settings.paste.forms.kerasJson',
  'config-dict': 'settings.paste.forms.configDict',
} as const;

type Outcome =
  { ok: true; form: keyof typeof FORMS; notices: Notice[] } | { ok: false; message: string };

export function PasteTcn() {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const replace = usePlayground((s) => s.replaceSettings);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const id = useId();
  const use = () => {
    const parsed = parsePastedTcn(text);
    if (!parsed.ok) {
      setOutcome({ ok: false, message: parsed.message });
      return;
    }
    const applied = applyPasted(raw, parsed.result);
    replace(applied.raw);
    setOutcome({
      ok: true,
      form: parsed.result.form,
      notices: [...parsed.result.notices, ...applied.notices],
    });
  };
  return (
    <details className="paste-tcn" data-testid="paste-tcn">
      <summary>{t('settings.paste.title')}</summary>
      <label htmlFor={id}>
        <Trans i18nKey="settings.paste.label" components={{ code: <code /> }} />
      </label>
      <textarea
        id={id}
        rows={5}
        spellCheck={false}
        value={text}
        // Python code: the same in every language.
        placeholder="TCN(nb_filters=64, kernel_size=3, dilations=[1, 2, 4, 8], input_shape=(100, 3))"
        data-testid="paste-tcn-text"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="button" disabled={text.trim() === ''} onClick={use} data-testid="paste-tcn-use">
        {t('settings.paste.use')}
      </button>
      {outcome && <PasteOutcome outcome={outcome} />}
    </details>
  );
}

function PasteOutcome({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  if (!outcome.ok)
    return (
      <p className="paste-tcn-error" role="alert" data-testid="paste-tcn-result">
        {outcome.message}
      </p>
    );
  return (
    <div className="paste-tcn-result" role="status" data-testid="paste-tcn-result">
      <p>
        {t(outcome.notices.length ? 'settings.paste.readWithNotices' : 'settings.paste.readAll', {
          form: t(FORMS[outcome.form]),
        })}
      </p>
      {outcome.notices.length > 0 && (
        <ul>
          {outcome.notices.map((n, i) => (
            <li key={i} data-testid="paste-tcn-notice">
              <Trans
                i18nKey="settings.namedMessage"
                values={{ name: n.key, message: n.reason }}
                components={{ code: <code /> }}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
