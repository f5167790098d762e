import XAPI from '@xapi/xapi';
import { checkConnection, type ConnectionVerdict } from './connection-check.ts';
import type { LrsSettings } from './lrs-settings.ts';
import { withTimeout } from './with-timeout.ts';

/** Checks the settings against the real LRS with xAPI.js (see checkConnection). */
export function checkLrsConnection(settings: LrsSettings): Promise<ConnectionVerdict> {
  const client = new XAPI({
    endpoint: settings.endpoint,
    auth: settings.authorization,
    version: '1.0.3',
  });
  return checkConnection(settings.endpoint, {
    about: async () => (await withTimeout(client.getAbout())).data,
    readOne: async () => (await withTimeout(client.getStatements({ limit: 1 }))).data,
  });
}
