'use client';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the user was looking at, for the message: "The mixer", "Notes". */
  label: string;
  children: ReactNode;
}

/**
 * Keeps one failing panel from taking the whole page down: the stems, notes and uploads stay usable and the
 * user can retry the panel.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.label} failed`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card stack" role="alert" aria-label={`${this.props.label} failed`}>
        <p className="error">
          {this.props.label} stopped working: {this.state.error.message || this.state.error.name}
        </p>
        <div>
          <button type="button" className="secondary" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      </section>
    );
  }
}
