// Saving a file from the page and reading one the user picked. No server: a download is an
// object URL clicked through a temporary link; an upload is read with File.text().
import { t } from '../i18n/core';

/** Offers `blob` as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started by now; give slow browsers a moment before freeing the data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function saveText(text: string, filename: string, type = 'text/plain'): void {
  saveBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}

export function saveJson(value: unknown, filename: string): void {
  saveText(`${JSON.stringify(value, null, 2)}\n`, filename, 'application/json');
}

/** "1.2 MB", "340 kB", "12 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${Math.round(bytes / 1e3)} kB`;
  return t('app.download.bytes', { count: bytes });
}

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

/** Reads an uploaded file as text, refusing one over `maxBytes` before reading any of it. */
export async function readFileText(file: File, maxBytes: number): Promise<ReadResult> {
  if (file.size > maxBytes) {
    return {
      ok: false,
      message: t('app.download.tooBig', {
        file: file.name,
        size: formatBytes(file.size),
        limit: formatBytes(maxBytes),
      }),
    };
  }
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      message: t('app.download.unreadable', {
        file: file.name,
        error: error instanceof Error ? error.message : String(error),
      }),
    };
  }
}

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse that reports instead of throwing. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Copies text to the clipboard; false when the browser refuses (no permission, no HTTPS). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
