// "Paste your TCN": a keras-tcn TCN(...) call from your code, a model's to_json(), or a layer's
// get_config(), read (never run) into the settings; what was not understood is listed with the
// reason and what is used instead. The page then shows what it always shows: parameters,
// receptive field, and which variables will get no gradient and why.
import { useId, useState } from 'react';
import { applyPasted } from '../../../config/applyPasted';
import { parsePastedTcn } from '../../../config/pastedTcn';
import type { Notice } from '../../../config/playgroundConfig';
import { usePlayground } from '../../store';

const FORMS = {
  python: 'a Python TCN(...) call',
  'keras-json': 'a Keras model’s JSON',
  'config-dict': 'a TCN layer’s get_config()',
} as const;

type Outcome =
  { ok: true; form: keyof typeof FORMS; notices: Notice[] } | { ok: false; message: string };

export function PasteTcn() {
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
      <summary>Paste your TCN</summary>
      <label htmlFor={id}>
        Your <code>TCN(...)</code> call, a model’s <code>to_json()</code>, or a layer’s{' '}
        <code>get_config()</code>. It is read, never run.
      </label>
      <textarea
        id={id}
        rows={5}
        spellCheck={false}
        value={text}
        placeholder="TCN(nb_filters=64, kernel_size=3, dilations=[1, 2, 4, 8], input_shape=(100, 3))"
        data-testid="paste-tcn-text"
        onChange={(e) => setText(e.target.value)}
      />
      <button type="button" disabled={text.trim() === ''} onClick={use} data-testid="paste-tcn-use">
        Use it
      </button>
      {outcome && <PasteOutcome outcome={outcome} />}
    </details>
  );
}

function PasteOutcome({ outcome }: { outcome: Outcome }) {
  if (!outcome.ok)
    return (
      <p className="paste-tcn-error" role="alert" data-testid="paste-tcn-result">
        {outcome.message}
      </p>
    );
  return (
    <div className="paste-tcn-result" role="status" data-testid="paste-tcn-result">
      <p>
        Read as {FORMS[outcome.form]}: the settings below now match it
        {outcome.notices.length ? '. Not used as written:' : ', every argument understood.'}
      </p>
      {outcome.notices.length > 0 && (
        <ul>
          {outcome.notices.map((n, i) => (
            <li key={i} data-testid="paste-tcn-notice">
              <code>{n.key}</code>: {n.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
