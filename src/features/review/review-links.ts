/** Hash links inside the manager's review (the app mounts it at `#/review`). */
export const reviewHref = {
  /** The attempts table. */
  attempts: () => '#/review',
  /** Import, export and storage. */
  data: () => '#/review/data',
  /** The Learning Record Store's settings. */
  lrs: () => '#/review/lrs',
  /** One trainee's progress. */
  trainee: (name: string) => `#/review/trainee/${encodeURIComponent(name)}`,
  /** One scenario's results. */
  scenario: (id: string) => `#/review/scenario/${encodeURIComponent(id)}`,
  /** One attempt's scorecard. */
  attempt: (id: string) => `#/review/attempt/${encodeURIComponent(id)}`,
};
