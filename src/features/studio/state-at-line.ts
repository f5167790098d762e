import type { Locate } from '../../core/scenario/source-locator.ts';
import type { ScenarioGraph } from '../../core/scenario/graph-types.ts';

/** Where each state's text starts, for going from a line to a state and back. */
export interface StateLines {
  /** State ids sorted by the line their entry starts on. */
  states: readonly { id: string; line: number; column: number }[];
}

/** Every state's first line in the text (the root, which spans the file, left out). */
export function stateLines(graph: ScenarioGraph, locate: Locate): StateLines {
  const states = graph.order
    .filter((id) => id !== graph.root.id)
    .flatMap((id) => {
      const node = graph.states.get(id);
      if (node === undefined) return [];
      const { line, column } = locate(node.path, true);
      return [{ id, line, column }];
    })
    .sort((a, b) => a.line - b.line);
  return { states };
}

/**
 * The state whose text holds `line`: the last one starting on or before it. States nest
 * (a phase holds its turns), and the innermost starts last, so this is the innermost.
 */
export function stateAtLine(lines: StateLines, line: number): string | undefined {
  let found: string | undefined;
  for (const s of lines.states) {
    if (s.line > line) break;
    found = s.id;
  }
  return found;
}
