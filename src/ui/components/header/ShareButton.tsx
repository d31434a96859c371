// "Copy link": the address of this page holds every setting (seeds included), as the form
// shows them; the link copied is the address bar's, letter for letter (urlSync's currentLink).
// When the clipboard is not available, the link appears selected in a read-only field to copy
// by hand. Beside it, "Embed" gives the <iframe> of the same state (EmbedButton).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLink } from '../../linkContext';
import { EmbedButton } from './EmbedButton';

type State = 'idle' | 'copied' | 'manual';

export function ShareButton() {
  const { t } = useTranslation();
  const [state, setState] = useState<State>('idle');
  const [link, setLink] = useState('');
  const field = useRef<HTMLInputElement>(null);
  const currentLink = useCurrentLink();

  useEffect(() => {
    if (state === 'manual') {
      field.current?.focus();
      field.current?.select();
    }
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state, link]);

  const copy = async () => {
    const href = currentLink();
    setLink(href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
  };

  return (
    <div className="share">
      <button
        type="button"
        data-testid="share"
        className="secondary"
        onClick={() => void copy()}
        title={t('app.share.title')}
      >
        {/* Both labels share one grid cell, the other one hidden, so that the button keeps
            the wider one's width and "Copied" never moves the header. */}
        <span className="swap-labels">
          <span className={state === 'copied' ? 'swap-hidden' : undefined}>
            {t('app.share.copy')}
          </span>
          <span className={state === 'copied' ? undefined : 'swap-hidden'}>
            {t('app.share.copied')}
          </span>
        </span>
      </button>
      <EmbedButton />
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t('app.share.copiedStatus') : ''}
      </span>
      {state === 'manual' && (
        <div className="share-manual">
          <label htmlFor="share-link">{t('app.share.manual')}</label>
          <div className="share-manual-row">
            <input
              id="share-link"
              data-testid="share-link"
              ref={field}
              type="text"
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="secondary" onClick={() => setState('idle')}>
              {t('app.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
