// extwee ships typings but its package.json "exports" does not point at them, so TypeScript's
// bundler resolution cannot find them: this declares the two parsers the import uses.
declare module 'extwee' {
  /** What the import reads of extwee's Story (its own typings say `any` for the passages). */
  export interface ExtweeStory {
    /** The story's title ("Untitled Story" when it has none). */
    readonly name: string;
    /** Name of the start passage, '' when the story does not say. */
    readonly start: string;
    /** Passage objects with `name`, `text` and `tags`. */
    readonly passages: readonly unknown[];
  }
  /** Parses Twee 3 text; throws on a malformed passage header. */
  export function parseTwee(content: string): ExtweeStory;
  /** Parses a published Twine 2 HTML file; throws when it has no `<tw-storydata>`. */
  export function parseTwine2HTML(content: string): ExtweeStory;
}
