import { buildGraph } from './build-graph.ts';
import { failureDiagnostic, type Diagnostic, type Problem } from './diagnostic.ts';
import { fingerprint } from './fingerprint.ts';
import { graphRules } from './graph-rules.ts';
import type { ScenarioGraph } from './graph-types.ts';
import { identityRules } from './identity-rules.ts';
import type { LoadedScenario } from './loaded-scenario.ts';
import { parseSource } from './parse-source.ts';
import type { MachineConfig } from './scenario-types.ts';
import { valueAt } from './schema-problems.ts';
import type { Locate } from './source-locator.ts';
import { validateScenario, validMachine } from './validate-scenario.ts';

/** A scenario ready to use with its warnings, or the diagnostics that stop it. */
export type LoadResult =
  | {
      ok: true;
      /** The validated scenario, its graph and fingerprint. */
      loaded: LoadedScenario;
      /** Warnings only. */
      diagnostics: Diagnostic[];
      /** Where a path of the file is written, for rules that span files (unique ids). */
      locate: Locate;
    }
  | {
      ok: false;
      /** At least one error, sorted by position. */
      diagnostics: Diagnostic[];
    };

/** Beyond this many, more diagnostics help nobody; the rest are counted. */
const MAX_DIAGNOSTICS = 200;

/**
 * Loads a scenario file: parse, schema (with defaults), graph, graph rules,
 * fingerprint. Never throws: an unexpected failure becomes an `internal`
 * diagnostic. Diagnostics are sorted by line and column.
 */
export function loadScenario(text: string, file: string): LoadResult {
  try {
    return load(text, file);
  } catch (error) {
    return {
      ok: false,
      diagnostics: [
        failureDiagnostic(
          file,
          'internal',
          'internal error while loading (please report it)',
          error,
        ),
      ],
    };
  }
}

function load(text: string, file: string): LoadResult {
  const source = parseSource(text, file);
  if (source.diagnostics.length > 0)
    return { ok: false, diagnostics: sortDiagnostics(source.diagnostics) };
  const data = source.data;
  const problems = identityRules(valueAt(data, ['id']), valueAt(data, ['machine', 'id']), file);

  const validation = validateScenario(data);
  if (!validation.ok) {
    // The machine may still be checkable: show its problems in the same pass.
    const machine = validMachine(data);
    const skills = valueAt(data, ['skills']);
    const skillList = Array.isArray(skills) ? skills.filter((s) => typeof s === 'string') : [];
    if (machine !== undefined) problems.push(...machineProblems(machine, skillList).problems);
    return {
      ok: false,
      diagnostics: locateProblems([...validation.problems, ...problems], file, source.locate),
    };
  }

  const scenario = validation.scenario;
  const checked = machineProblems(scenario.machine, scenario.skills);
  const diagnostics = locateProblems([...problems, ...checked.problems], file, source.locate);
  const { graph } = checked;
  if (graph === undefined) throw new Error('the state graph could not be built');
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return {
    ok: true,
    loaded: { scenario, graph, fingerprint: fingerprint(scenario), file },
    diagnostics,
    locate: source.locate,
  };
}

/** Builds the graph and, when it resolved cleanly, runs the graph rules on it. */
function machineProblems(
  machine: MachineConfig,
  skills: readonly string[],
): { graph?: ScenarioGraph; problems: Problem[] } {
  const built = buildGraph(machine);
  if (built.graph === undefined || built.problems.some((p) => p.severity === 'error')) {
    return { graph: built.graph, problems: built.problems };
  }
  return { graph: built.graph, problems: [...built.problems, ...graphRules(built.graph, skills)] };
}

/** Problems as diagnostics at their line and column, sorted and capped. */
export function locateProblems(
  problems: readonly Problem[],
  file: string,
  locate: Locate,
): Diagnostic[] {
  return sortDiagnostics(
    problems.map((p) => {
      const { line, column } = locate(p.path, p.atKey ?? false);
      return {
        file,
        line,
        column,
        severity: p.severity,
        code: p.code,
        message: p.message,
        path: p.path,
      };
    }),
  );
}

/** Diagnostics in reading order; past the cap, one line says how many more there are. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  const all = [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  if (all.length <= MAX_DIAGNOSTICS) return all;
  const rest = all.length - MAX_DIAGNOSTICS;
  const next = all[MAX_DIAGNOSTICS];
  const kept = all.slice(0, MAX_DIAGNOSTICS);
  if (next !== undefined) {
    kept.push({
      ...next,
      code: 'too-many',
      message: `${rest} more problems not shown; fix these first`,
      path: [],
    });
  }
  return kept;
}
