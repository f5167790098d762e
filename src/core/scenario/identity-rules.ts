import type { Problem } from './diagnostic.ts';

/** Extensions that mark `file` as a real file name whose base name must be the id. */
const SCENARIO_EXTENSION = /\.(ya?ml|json)$/i;

/** The file's name without folders and extension, when it is a scenario file name. */
export function baseName(file: string): string | undefined {
  const name = file.split(/[\\/]/).pop() ?? file;
  return SCENARIO_EXTENSION.test(name) ? name.replace(SCENARIO_EXTENSION, '') : undefined;
}

/**
 * The id names the file (the library finds scenarios by id) and should name
 * the machine too. Checked on raw values so they show even when other keys
 * are wrong.
 */
export function identityRules(id: unknown, machineId: unknown, file: string): Problem[] {
  if (typeof id !== 'string') return [];
  const problems: Problem[] = [];
  const base = baseName(file);
  if (base !== undefined && base !== id) {
    const extension = file.slice(file.lastIndexOf('.'));
    problems.push({
      path: ['id'],
      severity: 'error',
      code: 'id-file-mismatch',
      message: `id '${id}' does not match the file name '${base}${extension}': rename the file to '${id}${extension}' or change the id to '${base}'`,
    });
  }
  if (typeof machineId === 'string' && machineId !== id) {
    problems.push({
      path: ['machine', 'id'],
      severity: 'warning',
      code: 'machine-id-mismatch',
      message: `machine id '${machineId}' differs from the scenario id '${id}': use the same name for both`,
    });
  }
  return problems;
}
