import type { AnalysisReport } from '../analysis/analysis-types.ts';
import type { StateNodeInfo, TransitionInfo } from '../scenario/graph-types.ts';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import type {
  DiagramEdge,
  DiagramEdgeKind,
  DiagramMarks,
  DiagramNode,
  DiagramNodeKind,
  ScenarioDiagram,
} from './diagram-types.ts';
import { delayWords, endingOutcome, guardWords, shorten } from './diagram-words.ts';
import { flagNodes } from './flag-nodes.ts';
import { markModelAnswer } from './mark-model-answer.ts';

/** Characters of the reply kept on an option's label (after the option id). */
const REPLY_CHARS = 32;

function kindOf(node: StateNodeInfo): DiagramNodeKind {
  if (node.kind === 'compound') return 'phase';
  if (node.kind === 'final') return 'ending';
  // A state that only branches on its own is scaffolding, not something the customer says.
  const eventless =
    node.options.length === 0 && node.timeouts.length === 0 && node.always.length > 0;
  return eventless && node.meta.customer === undefined ? 'branch' : 'turn';
}

function textOf(node: StateNodeInfo, kind: DiagramNodeKind, keyOf: (id: string) => string): string {
  if (kind === 'ending') return shorten(node.meta.ending?.title ?? '');
  if (kind === 'phase') return node.initial === null ? '' : `starts at ${keyOf(node.initial)}`;
  if (kind === 'branch') return 'branches at once';
  return shorten(node.meta.customer ?? node.meta.narration ?? '');
}

function marksOf(t: TransitionInfo): DiagramMarks {
  const marks: DiagramMarks = {};
  const { tone, promptness, extraMile, mood } = t.meta;
  if (tone !== undefined) marks.tone = tone;
  if (promptness !== undefined) marks.promptness = promptness;
  if (extraMile !== undefined) marks.extraMile = extraMile;
  if (mood !== undefined) marks.mood = mood;
  return marks;
}

function labelOf(t: TransitionInfo): string {
  const guard = t.guard === undefined ? undefined : `if ${guardWords(t.guard)}`;
  if (t.trigger.kind === 'option') {
    const reply = t.meta.reply === undefined ? '' : `: ${shorten(t.meta.reply, REPLY_CHARS)}`;
    return `${t.trigger.event}${reply}`;
  }
  if (t.trigger.kind === 'timeout') {
    const after = `after ${delayWords(t.trigger.delay)}`;
    return guard === undefined ? after : `${after}, ${guard}`;
  }
  return guard ?? (t.index === 0 ? 'at once' : 'otherwise');
}

function edgeOf(t: TransitionInfo, kind: DiagramEdgeKind, key: string): DiagramEdge {
  const edge: DiagramEdge = {
    id: `${t.source}\u241f${key}\u241f${t.index}`,
    source: t.source,
    target: t.target ?? t.source,
    kind,
    label: labelOf(t),
    marks: marksOf(t),
    onModelAnswer: false,
    path: t.path,
  };
  if (t.trigger.kind === 'option') edge.event = t.trigger.event;
  if (t.meta.reply !== undefined) edge.reply = t.meta.reply;
  if (t.guard !== undefined) edge.guard = guardWords(t.guard);
  return edge;
}

function edgesOf(node: StateNodeInfo): DiagramEdge[] {
  const edges: DiagramEdge[] = [];
  if (node.kind === 'compound' && node.initial !== null && node.parent !== null) {
    edges.push({
      id: `${node.id}\u241finitial`,
      source: node.id,
      target: node.initial,
      kind: 'initial',
      label: 'starts',
      marks: {},
      onModelAnswer: false,
      path: node.path,
    });
  }
  for (const option of node.options)
    for (const t of option.branches) edges.push(edgeOf(t, 'option', `on\u241f${option.event}`));
  for (const timeout of node.timeouts)
    for (const t of timeout.branches)
      edges.push(edgeOf(t, 'timeout', `after\u241f${timeout.delay}`));
  for (const t of node.always) edges.push(edgeOf(t, 'always', 'always'));
  return edges;
}

/** The root is drawn only when it declares options or timeouts that every state shares. */
function drawsRoot(root: StateNodeInfo): boolean {
  return root.options.length > 0 || root.timeouts.length > 0 || root.always.length > 0;
}

/**
 * A scenario as nodes and edges for the studio's graph: a node per state (phases included,
 * the root only when it declares transitions), an edge per option branch, timeout branch,
 * eventless branch and phase start, with the analysis' flags and the model answer marked.
 * Pure and linear in the size of the file, so it can run on every edit.
 */
export function buildScenarioDiagram(
  loaded: LoadedScenario,
  analysis?: AnalysisReport,
): ScenarioDiagram {
  const { graph } = loaded;
  const keyOf = (id: string): string => graph.states.get(id)?.key ?? id;
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  for (const id of graph.order) {
    const state = graph.states.get(id);
    if (state === undefined) continue;
    const isRoot = state.parent === null;
    if (isRoot && !drawsRoot(state)) continue;
    const kind = isRoot ? 'phase' : kindOf(state);
    const node: DiagramNode = {
      id,
      name: isRoot ? id : state.keyPath.join('.'),
      kind,
      text: isRoot ? 'shared by every state' : textOf(state, kind, keyOf),
      phase: state.parent === null || state.parent === graph.root.id ? null : state.parent,
      flags: { unreachable: false, trap: false, noWayOut: false },
      notes: [],
      start: id === graph.root.initial,
      onModelAnswer: false,
      path: state.path,
    };
    const ending = state.meta.ending;
    if (kind === 'ending' && ending !== undefined) {
      node.ending = { title: ending.title, outcome: endingOutcome(ending), review: ending.review };
    }
    nodes.push(node);
    edges.push(...edgesOf(state));
  }
  const diagram: ScenarioDiagram = {
    scenarioId: loaded.scenario.id,
    nodes,
    edges,
    analysed: analysis !== undefined,
  };
  if (analysis !== undefined) {
    flagNodes(diagram, loaded, analysis);
    markModelAnswer(diagram, loaded, analysis);
  }
  return diagram;
}
