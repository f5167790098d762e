import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** What to guard. */
  children: ReactNode;
  /** Where "go back" leads, as a hash link (`#/`). */
  backHref: string;
  /** The words on that link. */
  backLabel: string;
}

interface ErrorBoundaryState {
  error: Error | undefined;
}

/**
 * Catches what a page throws while rendering (data no screen was made for) and says so
 * plainly, with a way back, instead of a blank window. The stored data is untouched.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the page itself says what happened.
    console.error('Extra Mile: a page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    return (
      <main className="app-shell" role="alert">
        <h1>This page could not be shown</h1>
        <p>
          Something in the data it shows is not what the page expected: {error.message}. Nothing
          stored was changed.
        </p>
        <p>
          <a href={this.props.backHref} onClick={() => this.setState({ error: undefined })}>
            {this.props.backLabel}
          </a>{' '}
          or{' '}
          <button type="button" className="link-button" onClick={() => window.location.reload()}>
            reload the page
          </button>
          .
        </p>
      </main>
    );
  }
}
