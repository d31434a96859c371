// "Embed": the <iframe> of this exact state for a slide or a course page (960×540, the compact
// layout of `embed=true`), in a small panel beside "Copy link": a read-only field, Copy and
// Close. Focus moves into the panel when it opens and back to the button when it closes; Escape
// closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../download';
import { embedSnippet } from '../../embedLink';
import { useCurrentLink } from '../../linkContext';

export function EmbedButton() {
  const { t } = useTranslation();
  const [snippet, setSnippet] = useState<string | null>(null);
  // What the last Copy did, shown beside the buttons.
  const [status, setStatus] = useState<'copied' | 'refused' | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const currentLink = useCurrentLink();
  const id = useId();
  const open = snippet !== null;

  useEffect(() => {
    if (!open) return;
    field.current?.focus();
    field.current?.select();
  }, [open]);

  const toggle = () => {
    setStatus(null);
    setSnippet(open ? null : embedSnippet(currentLink()));
  };
  const close = () => {
    setSnippet(null);
    setStatus(null);
    button.current?.focus();
  };
  const copy = async () => {
    if (snippet === null) return;
    if (await copyText(snippet)) setStatus('copied');
    else {
      setStatus('refused');
      field.current?.focus();
      field.current?.select();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    close();
  };

  return (
    <>
      <button
        type="button"
        ref={button}
        data-testid="embed"
        className="secondary"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        onClick={toggle}
        title={t('app.embed.title')}
        aria-label={t('app.embed.button')}
      >
        {/* The header holds one row at 1280 px: there the button shows its sign only. */}
        <span aria-hidden="true">&lt;/&gt;</span>
        <span className="embed-word" aria-hidden="true">
          {' '}
          {t('app.embed.button')}
        </span>
      </button>
      {open && (
        <div
          id={`${id}-panel`}
          className="share-manual embed-panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby={`${id}-title`}
          data-testid="embed-panel"
          onKeyDown={onKeyDown}
        >
          <h2 id={`${id}-title`} className="embed-panel-title">
            {t('app.embed.heading')}
          </h2>
          <label htmlFor={`${id}-snippet`} className="embed-panel-help">
            {t('app.embed.help')}
          </label>
          <textarea
            id={`${id}-snippet`}
            ref={field}
            data-testid="embed-snippet"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.target.select()}
          />
          <div className="share-manual-row">
            <button type="button" onClick={() => void copy()} data-testid="embed-copy">
              {t('app.embed.copy')}
            </button>
            <button type="button" className="secondary" onClick={close}>
              {t('app.close')}
            </button>
            <span role="status" className="embed-panel-status">
              {status === 'copied' && t('app.embed.copied')}
              {status === 'refused' && t('app.embed.copyRefused', { shortcut: 'Ctrl+C' })}
            </span>
          </div>
        </div>
      )}
    </>
  );
}
