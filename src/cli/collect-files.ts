import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Extensions the checker reads. */
export const SCENARIO_EXTENSIONS = /\.(ya?ml|json)$/i;

/** The files named on the command line, folders expanded (recursively, sorted), or why a name was not usable. */
export interface CollectedFiles {
  /** Scenario files to check, in a stable order. */
  files: string[];
  /** `name: error: ...` lines for names that do not exist or cannot be read. */
  errors: string[];
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile() && SCENARIO_EXTENSIONS.test(entry.name)) out.push(path);
  }
}

/** Expands files and folders into the scenario files to check. */
export function collectFiles(names: readonly string[]): CollectedFiles {
  const files: string[] = [];
  const errors: string[] = [];
  for (const name of names) {
    try {
      const stat = statSync(name);
      if (stat.isDirectory()) walk(name, files);
      else files.push(name);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(
        `${name}: error: ${code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${code ?? String(error)})`}`,
      );
    }
  }
  return { files: [...new Set(files)], errors };
}
