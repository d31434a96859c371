// The page's handle on src/worker/table.worker.ts: reads a file's text into a Table off the
// page's thread. Type-only imports of the data layer, so the page bundle stays lean.
import type { MissingPolicy, ParseResult } from '../data/table';
import { currentLanguage, t } from '../i18n/core';

export interface TableRequest {
  id: number;
  text: string;
  source: { name: string; bytes: number };
  options: { missing?: MissingPolicy };
  /** The language the problems are told in (a code of src/i18n/languages). */
  language?: string;
}
export interface TableResponse {
  id: number;
  result: ParseResult;
}

/** `language`: the problems' language; the page's current one unless given. */
export type ReadTable = (
  text: string,
  source: { name: string; bytes: number },
  options: { missing?: MissingPolicy },
  language?: string,
) => Promise<ParseResult>;

/** One worker for every read, made on the first; a worker that fails answers with a problem. */
export function createTableReader(): ReadTable {
  let worker: Worker | null = null;
  let next = 0;
  const waiting = new Map<number, (result: ParseResult) => void>();
  const failAll = (message: string) => {
    for (const resolve of waiting.values()) resolve({ problems: [{ line: 0, message }] });
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return (text, source, options, language = currentLanguage()) => {
    worker ??= (() => {
      const w = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<TableResponse>) => {
        waiting.get(event.data.id)?.(event.data.result);
        waiting.delete(event.data.id);
      };
      w.onerror = (event) =>
        failAll(
          t('runtime.table.readerStopped', {
            error: event.message || t('runtime.table.unknownError'),
          }),
        );
      return w;
    })();
    const id = next++;
    return new Promise<ParseResult>((resolve) => {
      waiting.set(id, resolve);
      worker!.postMessage({ id, text, source, options, language } satisfies TableRequest);
    });
  };
}
