import type { Problem } from './diagnostic.ts';
import type { MachineConfig, Scenario } from './scenario-types.ts';
import { machineSchema, scenarioSchema } from './scenario-schema.ts';
import { GENERIC, issuesToProblems } from './schema-problems.ts';

/** The outcome of checking plain data against the schema. */
export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

// zod's generic messages become a marker, so only the schema's own messages survive as text.
const parseOptions = { error: () => GENERIC };

/** Checks data against format 1 and fills defaults; never throws. */
export function validateScenario(data: unknown): Validation {
  const result = scenarioSchema.safeParse(data, parseOptions);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: issuesToProblems(result.error.issues, data) };
}

/** The machine block alone when it is valid, so its graph can be checked while other keys are wrong. */
export function validMachine(data: unknown): MachineConfig | undefined {
  const machine =
    typeof data === 'object' && data !== null && 'machine' in data ? data.machine : undefined;
  const result = machineSchema.safeParse(machine, parseOptions);
  return result.success ? result.data : undefined;
}
