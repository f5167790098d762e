/**
 * Runs the local LRS by hand, e.g. to point the app's LRS settings at it:
 *   npx tsx e2e/support/local-lrs-cli.ts [--port 8080] [--username u] [--password p] [--log error]
 * Prints the endpoint and credentials, keeps everything in memory, stops on Ctrl+C.
 */
import { parseArgs } from 'node:util';
import { startLocalLrs, type LocalLrsLogLevel, type LocalLrsOptions } from './local-lrs.ts';

const USAGE =
  'Usage: npx tsx e2e/support/local-lrs-cli.ts [--port N] [--username NAME] [--password SECRET] [--log silent|error|warn|info|debug]';

function options(): LocalLrsOptions {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      log: { type: 'string', default: 'error' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (values.port !== undefined && !/^\d+$/.test(values.port)) {
    throw new Error(`--port must be a whole number, got '${values.port}'.`);
  }
  return {
    port,
    username: values.username,
    password: values.password,
    logLevel: values.log as LocalLrsLogLevel,
  };
}

try {
  const lrs = await startLocalLrs(options());
  console.log(`Local LRS (in memory) listening.
  endpoint:      ${lrs.endpoint}
  username:      ${lrs.username}
  password:      ${lrs.password}
  Authorization: ${lrs.authorization}
Ctrl+C stops it; the statements are gone then.`);
  const shutDown = () => {
    console.log(`\nStopping; ${lrs.count()} statement(s) were stored.`);
    void lrs.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutDown);
  process.once('SIGTERM', shutDown);
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  console.error(USAGE);
  process.exit(2);
}
