import { runCheck } from './check-command.ts';

process.exitCode = runCheck(process.argv.slice(2));
