import type { ReactNode } from 'react';
import { studioHref } from './studio-links.ts';
import './studio.css';

/** The studio's pages: a title, the studio's own navigation and the page. */
export function StudioLayout({ children }: { children: ReactNode }) {
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
      <main className="studio__main">{children}</main>
    </div>
  );
}
