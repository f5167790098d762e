/** Hash links inside the author's studio (the app mounts it at `#/studio`). */
export const studioHref = {
  /** The studio's start: open or create a scenario, and the drafts. */
  home: () => '#/studio',
  /** One draft in the editor. */
  draft: (draftId: string) => `#/studio/draft/${encodeURIComponent(draftId)}`,
  /** A playtest of a draft from one of its turns. */
  play: (draftId: string, state: string) =>
    `#/studio/play/${encodeURIComponent(draftId)}/${encodeURIComponent(state)}`,
};
