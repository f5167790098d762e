import XAPI from '@xapi/xapi';
import type { LrsSettings } from './lrs-settings.ts';
import type { StatementsReader } from './lrs-import.ts';
import { withTimeout } from './with-timeout.ts';

/** Statements per page asked of the LRS (it may send fewer). */
const PAGE = 500;

/** Pages read for one query at most: a `more` link that never ends must not loop forever. */
const MAX_PAGES = 2_000;

/** Reads statements from the configured LRS with xAPI.js, following its `more` links. */
export function xapiStatementsReader(settings: LrsSettings): StatementsReader {
  const client = new XAPI({
    endpoint: settings.endpoint,
    auth: settings.authorization,
    version: '1.0.3',
  });
  return async function* read(query) {
    const first = await withTimeout(client.getStatements({ ...query, limit: PAGE }));
    let page: { statements: readonly unknown[]; more?: string } = first.data;
    let pages = 1;
    yield page.statements;
    while (typeof page.more === 'string' && page.more !== '') {
      if (++pages > MAX_PAGES) {
        throw new Error(
          `the LRS kept sending more pages (over ${MAX_PAGES}); choose a shorter range of days`,
        );
      }
      const next = await withTimeout(client.getMoreStatements({ more: page.more }));
      // Attachments are never asked for, so every page is a plain statements result.
      page = next.data as { statements: readonly unknown[]; more?: string };
      yield page.statements;
    }
  };
}
