// Shows what went wrong instead of a blank page when a component throws while rendering.
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What the message calls the part that failed, e.g. "the model view". */
  what?: string;
  /** When this value changes, the boundary tries to render its children again. */
  resetKey?: unknown;
  /** Offered as a button under the message, e.g. going back to keras-tcn's defaults. */
  onReset?: () => void;
  resetLabel?: string;
}

interface State {
  error: Error | null;
  resetKey: unknown;
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

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`TCN Playground: ${this.props.what ?? 'the page'} failed to render`, error, info);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { what = 'the page', onReset, resetLabel = 'Try again' } = this.props;
    return (
      <div className="crash" role="alert">
        <h2>Something went wrong while showing {what}.</h2>
        <p>
          This is a bug in the playground, not in your configuration. The error was:{' '}
          <code>{error.message || error.name}</code>
        </p>
        <button
          type="button"
          onClick={() => {
            onReset?.();
            this.setState({ error: null });
          }}
        >
          {resetLabel}
        </button>
      </div>
    );
  }
}
