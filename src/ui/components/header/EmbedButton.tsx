// "Embed": the <iframe> of this exact state for a slide or a course page (960×540, the compact
// layout of `embed=true`), in a small panel beside "Copy link": a read-only field, Copy and
// Close. Focus moves into the panel when it opens and back to the button when it closes; Escape
// closes it.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { copyText } from '../../download';
import { embedSnippet } from '../../embedLink';
import { useCurrentLink } from '../../linkContext';

export function EmbedButton() {
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState('');
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
    setStatus('');
    setSnippet(open ? null : embedSnippet(currentLink()));
  };
  const close = () => {
    setSnippet(null);
    setStatus('');
    button.current?.focus();
  };
  const copy = async () => {
    if (snippet === null) return;
    if (await copyText(snippet)) setStatus('Copied ✓');
    else {
      setStatus('The browser did not allow copying: the code is selected, press Ctrl+C.');
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
        title="An <iframe> of this exact state, for a slide or a course page"
        aria-label="Embed"
      >
        {/* The header holds one row at 1280 px: there the button shows its sign only. */}
        <span aria-hidden="true">&lt;/&gt;</span>
        <span className="embed-word" aria-hidden="true">
          {' '}
          Embed
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
            Embed this playground
          </h2>
          <label htmlFor={`${id}-snippet`} className="embed-panel-help">
            Paste this HTML into a slide or a course page: a 960×540 frame with this state, its
            network and its loss, and a link to the full playground.
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
              Copy
            </button>
            <button type="button" className="secondary" onClick={close}>
              Close
            </button>
            <span role="status" className="embed-panel-status">
              {status}
            </span>
          </div>
        </div>
      )}
    </>
  );
}
