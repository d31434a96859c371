// The page's handle on src/worker/table.worker.ts: reads a file's text into a Table off the
// page's thread. Type-only imports of the data layer, so the page bundle stays lean.
import type { MissingPolicy, ParseResult } from '../data/table';

export interface TableRequest {
  id: number;
  text: string;
  source: { name: string; bytes: number };
  options: { missing?: MissingPolicy };
}
export interface TableResponse {
  id: number;
  result: ParseResult;
}

export type ReadTable = (
  text: string,
  source: { name: string; bytes: number },
  options: { missing?: MissingPolicy },
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
  return (text, source, options) => {
    worker ??= (() => {
      const w = new Worker(new URL('./table.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (event: MessageEvent<TableResponse>) => {
        waiting.get(event.data.id)?.(event.data.result);
        waiting.delete(event.data.id);
      };
      w.onerror = (event) =>
        failAll(`The file reader stopped: ${event.message || 'unknown error'}.`);
      return w;
    })();
    const id = next++;
    return new Promise<ParseResult>((resolve) => {
      waiting.set(id, resolve);
      worker!.postMessage({ id, text, source, options } satisfies TableRequest);
    });
  };
}
