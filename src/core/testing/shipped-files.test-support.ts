import { readdirSync, readFileSync } from 'node:fs';

/** A shipped scenario file as tests read it: `scenarios/<name>` and its text. */
export interface ShippedFile {
  /** `scenarios/<name>.yaml`. */
  file: string;
  /** The file's text. */
  text: string;
}

/**
 * For tests (Node only, so outside the core's own build: see tsconfig.core.json): every file
 * in `scenarios/`, in name order, as the checker and the build read them.
 */
export function readShippedFiles(): ShippedFile[] {
  const dir = new URL('../../../scenarios/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .sort()
    .map((name) => ({ file: `scenarios/${name}`, text: readFileSync(new URL(name, dir), 'utf8') }));
}
