import type { EndingRef, PathStep } from '../../../core/analysis/analysis-types.ts';
import { delayWords } from '../../../core/studio/diagram-words.ts';

/** "1 turn", "3 turns". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** An ending by title, or "no ending". */
export function endingName(ending: EndingRef | null): string {
  return ending === null ? 'no ending' : `\u201c${ending.title}\u201d`;
}

/** One decision in words: "greet: good" or "greet: wait 30 s". */
export function stepWords(step: PathStep, nameOf: (id: string) => string): string {
  const choice = step.choice === 'wait' ? `wait ${delayWords(step.delay ?? 0)}` : step.choice;
  return `${nameOf(step.state)}: ${choice}`;
}

/** A path as "choice → choice", waits spelt out. */
export function pathWords(path: readonly PathStep[]): string {
  if (path.length === 0) return '(no decision)';
  return path
    .map((s) => (s.choice === 'wait' ? `wait ${delayWords(s.delay ?? 0)}` : s.choice))
    .join(' \u2192 ');
}
