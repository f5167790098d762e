import { useSyncExternalStore } from 'react';

const PRINT = '(print)';

/** Between `beforeprint` and `afterprint` (the media query may flip only after the first). */
let printDialog = false;

const printMedia = (): MediaQueryList | undefined =>
  typeof window.matchMedia === 'function' ? window.matchMedia(PRINT) : undefined;

function subscribe(onChange: () => void): () => void {
  const before = () => {
    printDialog = true;
    onChange();
  };
  const after = () => {
    printDialog = false;
    onChange();
  };
  const media = printMedia();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', onChange);
  };
}

const snapshot = (): boolean => printDialog || (printMedia()?.matches ?? false);

/**
 * True while the page is being printed (or print media is emulated). Virtualised lists
 * use it to put every row on paper, not only the ones that were on screen.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
