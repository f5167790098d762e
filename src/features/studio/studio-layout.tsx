import { useRef, type ReactNode } from 'react';
import { useFocusOnNavigation } from '../../ui/use-focus-on-navigation.ts';
import { studioHref } from './studio-links.ts';
import './studio.css';

/** The studio's pages: a title, the studio's own navigation and the page. */
export function StudioLayout({ children }: { children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="studio">
      <header className="studio__header">
        <h1>Extra Mile · Studio</h1>
        <nav aria-label="Studio" className="studio__nav">
          <a href={studioHref.home()}>Scenarios and drafts</a>
          <a href="#/review">Review</a>
          <a href="#/">Back to training</a>
        </nav>
      </header>
      <main ref={main} className="studio__main">
        {children}
      </main>
    </div>
  );
}
