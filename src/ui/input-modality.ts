/** How the trainee last interacted: with keys, or by pointing (mouse, touch, pen). */
export type InputModality = 'keyboard' | 'pointer';

let last: InputModality | undefined;
let installed = false;

/** Starts listening (once per page) for the last input modality. */
export function trackInputModality(): void {
  if (installed || typeof document === 'undefined') return;
  installed = true;
  document.addEventListener(
    'keydown',
    (event) => {
      if (!event.metaKey && !event.ctrlKey && !event.altKey) last = 'keyboard';
    },
    true,
  );
  document.addEventListener('pointerdown', () => (last = 'pointer'), true);
}

/** The last modality seen since tracking started, if any. */
export function lastInputModality(): InputModality | undefined {
  return last;
}

function coarsePointer(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

/**
 * Whether the app may move focus after something it did itself (a new turn, the scorecard):
 * yes for keyboard users, and when focus was lost with the control that had it, except on
 * touch screens, where a screen reader's own cursor must not be yanked away.
 */
export function mayMoveFocus(): boolean {
  if (last === 'keyboard') return true;
  const active = document.activeElement;
  const lost = active === null || active === document.body;
  return lost && !coarsePointer();
}
