import { useRef, type ReactNode } from 'react';
import { useFocusOnNavigation } from '../../ui/use-focus-on-navigation.ts';
import { reviewHref } from './review-links.ts';
import './review.css';

/** Props of {@link ReviewLayout}. */
export interface ReviewLayoutProps {
  /** Which section is open, for the navigation's current marker. */
  current: 'attempts' | 'data' | 'lrs' | 'detail';
  /** The section. */
  children: ReactNode;
}

/** The manager's pages: a title, the review's own navigation and the section. */
export function ReviewLayout({ current, children }: ReviewLayoutProps) {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="review">
      <header className="review__header">
        <h1>Extra Mile · Review</h1>
        <nav aria-label="Review" className="review__nav">
          <a
            href={reviewHref.attempts()}
            aria-current={current === 'attempts' ? 'page' : undefined}
          >
            Attempts
          </a>
          <a href={reviewHref.data()} aria-current={current === 'data' ? 'page' : undefined}>
            Import, export and storage
          </a>
          <a href={reviewHref.lrs()} aria-current={current === 'lrs' ? 'page' : undefined}>
            Learning Record Store
          </a>
          <a href="#/studio">Studio</a>
          <a href="#/">Back to training</a>
        </nav>
      </header>
      <main ref={main} className="review__main">
        {children}
      </main>
    </div>
  );
}
