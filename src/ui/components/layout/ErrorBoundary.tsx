// Shows what went wrong instead of a blank page when a component throws while rendering.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../../../i18n/core';
import en from '../../../i18n/locales/en';

const english = en.translation.app;

/** A text, or a function that gives it when the message shows (in the language of that moment). */
type Label = string | (() => string);

interface Props {
  children: ReactNode;
  /** What the message calls the part that failed, e.g. "the model view". */
  what?: Label;
  /** When this value changes, the boundary tries to render its children again. */
  resetKey?: unknown;
  /** Offered as a button under the message, e.g. going back to keras-tcn's defaults. */
  onReset?: () => void;
  resetLabel?: Label;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/**
 * One of the boundary's texts. The failure it shows may be the translations' own, so a text that
 * cannot be translated falls back to its English catalogue entry: the message always shows.
 */
function say(key: string, fallback: string, values: Record<string, string> = {}): string {
  try {
    return t(key, { ...values, defaultValue: fallback });
  } catch {
    return fallback.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
  }
}

function text(label: Label | undefined, key: string, fallback: string): string {
  if (label === undefined) return say(key, fallback);
  try {
    return typeof label === 'function' ? label() : label;
  } catch {
    return fallback;
  }
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // A new configuration may render fine: give the children another chance.
    if (props.resetKey !== state.resetKey) return { error: null, resetKey: props.resetKey };
    return null;
  }

  private what(): string {
    return text(this.props.what, 'app.parts.page', english.parts.page);
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(say('app.crash.log', english.crash.log, { what: this.what() }), error, info);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { onReset, resetLabel } = this.props;
    return (
      <div className="crash" role="alert">
        <h2>{say('app.crash.title', english.crash.title, { what: this.what() })}</h2>
        <p>
          {say('app.crash.body', english.crash.body)} <code>{error.message || error.name}</code>
        </p>
        <button
          type="button"
          onClick={() => {
            onReset?.();
            this.setState({ error: null });
          }}
        >
          {text(resetLabel, 'app.crash.tryAgain', english.crash.tryAgain)}
        </button>
      </div>
    );
  }
}
