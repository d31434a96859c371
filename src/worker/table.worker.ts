// Reads a user's file off the page's thread: a 50 MB CSV takes seconds to parse, and the page
// must not freeze meanwhile. The columns come back as transferred buffers, not copies.
import { parseTable, type ParseResult } from '../data/table';
import { t } from '../i18n/core';
// Registers every language with this worker's own i18next: each request says which to speak.
import { setLanguage } from '../i18n/languages';
import type { TableRequest, TableResponse } from './tableReader';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<TableRequest>) => {
  const { id, text, source, options, language } = event.data;
  if (language) setLanguage(language);
  let result: ParseResult;
  try {
    result = parseTable(text, source, options);
  } catch (error) {
    // parseTable reports bad input as problems; this is a fault of its own, still shown.
    result = {
      problems: [{ line: 0, message: t('runtime.table.unreadable', { error: String(error) }) }],
    };
  }
  const buffers =
    'table' in result
      ? result.table.columns
          .map((c) => c.values)
          .filter((v): v is Float64Array => v instanceof Float64Array)
          .map((v) => v.buffer as ArrayBuffer)
      : [];
  scope.postMessage({ id, result } satisfies TableResponse, buffers);
};
