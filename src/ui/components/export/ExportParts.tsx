// The export panel's pieces: the status line under each block, the upload button, and the
// helpers the blocks share (ExportPanel.tsx).
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../config/playgroundConfig';

export type Status =
  | { kind: 'error'; text: string }
  | { kind: 'ok'; text: string; notices?: Notice[]; note?: string }
  | { kind: 'busy'; text: string };

/** A file's name, shortened for a status line. */
export const fileLabel = (file: File) =>
  file.name.length > 80 ? `${file.name.slice(0, 77)}…` : file.name;

/** The promise, or an Error(what) after ms. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(what)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** What became of the last action on a file: an error, a result (with its notices) or progress. */
export function StatusLine({ status, testId }: { status: Status | null; testId: string }) {
  const { t } = useTranslation();
  if (!status) return null;
  if (status.kind === 'error') {
    return (
      <p className="export-status export-error" role="alert" data-testid={testId}>
        {status.text}
      </p>
    );
  }
  return (
    <div className="export-status export-ok" role="status" data-testid={testId}>
      <p>{status.text}</p>
      {status.kind === 'ok' && status.note && <p className="export-note">{status.note}</p>}
      {status.kind === 'ok' && status.notices && status.notices.length > 0 && (
        <ul className="export-notices" data-testid={`${testId}-notices`}>
          {status.notices.map((n, i) => (
            <li key={i}>
              <code>{n.key}</code>{' '}
              {t('charts.export.notice', { action: n.action, reason: n.reason })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A file input behind a button; resets itself so the same file can be picked again. */
export function UploadButton({
  label,
  accept,
  testId,
  disabled,
  onFile,
}: {
  label: string;
  accept: string;
  testId: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <button
        type="button"
        className="secondary"
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="export-file"
        data-testid={testId}
        aria-label={label}
        tabIndex={-1}
        onChange={onChange}
      />
    </>
  );
}
