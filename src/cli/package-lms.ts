import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRelativeApp } from './lms/build-app.ts';
import { runPackageLms } from './lms/package-lms-command.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

process.exitCode = await runPackageLms(process.argv.slice(2), {
  scenariosDir: join(projectRoot, 'scenarios'),
  buildApp: (outDir) => buildRelativeApp(projectRoot, outDir),
  io: { out: (line) => console.log(line), err: (line) => console.error(line) },
  now: () => new Date(),
  cwd: process.cwd(),
});
