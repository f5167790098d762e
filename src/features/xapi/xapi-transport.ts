import XAPI from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { LrsSettings } from './lrs-settings.ts';
import type { StatementTransport } from './outbox-sender.ts';
import { outcomeOfSendError } from './send-errors.ts';
import { withTimeout } from './with-timeout.ts';

/**
 * Sends batches to the configured LRS with xAPI.js (`@xapi/xapi`): a POST of the statements
 * with the version header xAPI 1.0.3 requires. Failures become outcomes the sender acts on.
 */
export function xapiTransport(settings: LrsSettings): StatementTransport {
  const client = new XAPI({
    endpoint: settings.endpoint,
    auth: settings.authorization,
    version: '1.0.3',
  });
  return async (statements) => {
    try {
      await withTimeout(client.sendStatements({ statements: statements as Statement[] }));
      return { kind: 'accepted' };
    } catch (error) {
      return outcomeOfSendError(error);
    }
  };
}
