import type { TwinePassage } from './read-twine-story.ts';
import type { TwineLink } from './twine-links.ts';

/** Passages that story formats run as code (SugarCube, Harlowe, Snowman, Chapbook): not turns. */
const SPECIAL_PASSAGES = new Set([
  'StoryInit',
  'StoryCaption',
  'StoryMenu',
  'StoryBanner',
  'StorySubtitle',
  'StoryAuthor',
  'StoryInterface',
  'StoryShare',
  'PassageReady',
  'PassageDone',
  'PassageHeader',
  'PassageFooter',
]);
const SPECIAL_TAGS = new Set([
  'widget',
  'startup',
  'header',
  'footer',
  'debug-startup',
  'debug-header',
  'debug-footer',
  'Twine.private',
  'Twine.image',
]);

/** Whether a passage is a story format's code or asset rather than a passage people read. */
export const isSpecial = (p: TwinePassage): boolean =>
  SPECIAL_PASSAGES.has(p.name) || p.tags.some((t) => SPECIAL_TAGS.has(t));

/** Names of the passages reached from `start` by links, in the order they are reached. */
export function reachedFrom(start: string, linksOf: (name: string) => TwineLink[]): Set<string> {
  const reached = new Set([start]);
  const queue = [start];
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    for (const link of linksOf(name)) {
      if (!reached.has(link.target)) {
        reached.add(link.target);
        queue.push(link.target);
      }
    }
  }
  return reached;
}

/** Turns from which no ending can be reached (links that only go round in circles). */
export function trapped(
  turns: readonly string[],
  linksOf: (name: string) => TwineLink[],
): string[] {
  const ends = new Set<string>();
  const isTurn = new Set(turns);
  let grew = true;
  while (grew) {
    grew = false;
    for (const name of turns) {
      if (ends.has(name)) continue;
      if (linksOf(name).some((l) => !isTurn.has(l.target) || ends.has(l.target))) {
        ends.add(name);
        grew = true;
      }
    }
  }
  return turns.filter((name) => !ends.has(name));
}
