// The package entry, not `extwee/web`: those builds are UMD scripts that fail as ES modules.
// Its IFID generator imports `node:crypto`, which Vite stubs in the browser; parsing never calls it.
import { parseTwee, parseTwine2HTML } from 'extwee';

/** One passage as the parser read it. */
export interface TwinePassage {
  /** The passage's name (links point at it). */
  name: string;
  /** Its text, links included. */
  text: string;
  /** Its tags. */
  tags: string[];
}

/** A Twine story reduced to what the import uses. */
export interface TwineStory {
  /** Which kind of file it was. */
  source: 'twee' | 'twine2-html';
  /** The story's title ('' when it has none). */
  title: string;
  /** Name of the start passage ('' when the story does not say). */
  start: string;
  /** The passages in file order (StoryTitle, StoryData, scripts and stylesheets left out). */
  passages: TwinePassage[];
}

const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads the parser's passages without trusting their types (its typings say `any`). */
function passagesOf(raw: readonly unknown[]): TwinePassage[] {
  return raw.flatMap((p) => {
    if (typeof p !== 'object' || p === null) return [];
    const name = 'name' in p ? textOf(p.name) : '';
    const tags = 'tags' in p && Array.isArray(p.tags) ? p.tags.map(textOf).filter(Boolean) : [];
    return name.trim() === '' ? [] : [{ name, text: 'text' in p ? textOf(p.text) : '', tags }];
  });
}

/** Extwee's messages start with their own "TypeError: " or "Error: " and end with "!". */
const plain = (message: string): string =>
  message.replace(/^(Type)?Error:\s*/, '').replace(/!$/, '');

/**
 * Parses Twee 3 text or a published Twine 2 HTML file with extwee. Returns a plain message
 * for anything that is neither; never throws.
 */
export function readTwineStory(text: string, fileName: string): TwineStory | { error: string } {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { error: `'${fileName}' is empty` };
  const html = /<tw-storydata[\s>]/i.test(content);
  if (!html && !/^::/m.test(content)) {
    const what = /<html|<!doctype|tiddler=/i.test(content)
      ? 'an HTML file without Twine 2 story data (publish the story from Twine 2, or export it as Twee)'
      : 'neither Twee 3 (passages start with lines such as ":: Start") nor a published Twine 2 HTML file';
    return { error: `'${fileName}' is not a Twine story: it is ${what}` };
  }
  try {
    const story = html ? parseTwine2HTML(content) : parseTwee(content);
    const raw: unknown = story.passages;
    return {
      source: html ? 'twine2-html' : 'twee',
      title: textOf(story.name).trim(),
      start: textOf(story.start),
      passages: Array.isArray(raw) ? passagesOf(raw) : [],
    };
  } catch (error) {
    const reason = error instanceof Error ? plain(error.message) : String(error);
    return {
      error: `'${fileName}' could not be read as ${html ? 'Twine 2 HTML' : 'Twee 3'}: ${reason}`,
    };
  }
}
