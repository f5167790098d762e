import XAPI from '@xapi/xapi';
import type { LrsSettings } from './lrs-settings.ts';
import type { StatementsReader } from './lrs-import.ts';

/** Statements per page asked of the LRS (it may send fewer). */
const PAGE = 500;

/** Reads statements from the configured LRS with xAPI.js, following its `more` links. */
export function xapiStatementsReader(settings: LrsSettings): StatementsReader {
  const client = new XAPI({
    endpoint: settings.endpoint,
    auth: settings.authorization,
    version: '1.0.3',
  });
  return async function* read(query) {
    const first = await client.getStatements({ ...query, limit: PAGE });
    let page: { statements: readonly unknown[]; more?: string } = first.data;
    yield page.statements;
    while (typeof page.more === 'string' && page.more !== '') {
      const next = await client.getMoreStatements({ more: page.more });
      // Attachments are never asked for, so every page is a plain statements result.
      page = next.data as { statements: readonly unknown[]; more?: string };
      yield page.statements;
    }
  };
}
