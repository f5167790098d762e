import type { Locate } from '../../core/scenario/source-locator.ts';
import type { ScenarioGraph } from '../../core/scenario/graph-types.ts';

/** Where one state's entry is written: from its key to the end of its value. */
export interface StateSpan {
  /** The state's id. */
  id: string;
  /** Line of its key. */
  line: number;
  /** Column of its key. */
  column: number;
  /** Last line of its value (its key's line when the locator cannot say). */
  endLine: number;
}

/** Where each state's text starts and ends, for going from a line to a state and back. */
export interface StateLines {
  /** States sorted by the line their entry starts on. */
  states: readonly StateSpan[];
}

/** Every state's lines in the text (the root, which spans the file, left out). */
export function stateLines(graph: ScenarioGraph, locate: Locate): StateLines {
  const states = graph.order
    .filter((id) => id !== graph.root.id)
    .flatMap((id) => {
      const node = graph.states.get(id);
      if (node === undefined) return [];
      const { line, column } = locate(node.path, true);
      const endLine = Math.max(line, locate.end?.(node.path).line ?? line);
      return [{ id, line, column, endLine }];
    })
    .sort((a, b) => a.line - b.line);
  return { states };
}

/**
 * The state whose text holds `line`: the innermost one, since states nest (a phase holds its
 * turns) and the innermost starts last. A line after a phase's turns but still in the phase
 * (its shared options, say) is the phase's, not its last turn's; a line outside every state
 * (the file's title, its scoring) is nobody's.
 */
export function stateAtLine(lines: StateLines, line: number): string | undefined {
  let found: string | undefined;
  for (const s of lines.states) {
    if (s.line > line) break;
    if (line <= s.endLine) found = s.id;
  }
  return found;
}
