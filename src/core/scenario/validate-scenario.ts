import type { Problem } from './diagnostic.ts';
import type { MachineConfig, Scenario } from './scenario-types.ts';
import { machineSchema, scenarioSchema } from './scenario-schema.ts';
import { fastPath, MISS } from './schema-fast-path.ts';
import { GENERIC, issuesToProblems } from './schema-problems.ts';

/** The outcome of checking plain data against the schema. */
export type Validation = { ok: true; scenario: Scenario } | { ok: false; problems: Problem[] };

// zod's generic messages become a marker, so only the schema's own messages survive as text.
const parseOptions = { error: () => GENERIC };

// Valid data takes the fast path, which gives what zod gives; zod runs in full to explain a failure.
let fastScenario: ((data: unknown) => unknown) | undefined;
let fastMachine: ((data: unknown) => unknown) | undefined;

/** Checks data against format 1 and fills defaults; never throws. */
export function validateScenario(data: unknown): Validation {
  const fast = (fastScenario ??= fastPath(scenarioSchema))(data);
  if (fast !== MISS) return { ok: true, scenario: fast as Scenario };
  const result = scenarioSchema.safeParse(data, parseOptions);
  if (result.success) return { ok: true, scenario: result.data };
  return { ok: false, problems: issuesToProblems(result.error.issues, data) };
}

/** The machine block alone when it is valid, so its graph can be checked while other keys are wrong. */
export function validMachine(data: unknown): MachineConfig | undefined {
  const machine =
    typeof data === 'object' && data !== null && 'machine' in data ? data.machine : undefined;
  const fast = (fastMachine ??= fastPath(machineSchema))(machine);
  if (fast !== MISS) return fast as MachineConfig;
  const result = machineSchema.safeParse(machine, parseOptions);
  return result.success ? result.data : undefined;
}
