import type { JsonPath, Problem } from './diagnostic.ts';
import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import { canRest, stateName, type GraphWalk } from './graph-walk.ts';

/** Marks that only mean something on an option; on an eventless transition nobody sees them. */
const OPTION_ONLY_MARKS = [
  'reply',
  'tone',
  'promptness',
  'extraMile',
  'feedback',
  'principle',
] as const;

const has = (text: string | undefined): boolean => text !== undefined && text.trim().length > 0;

/** Points at a key when the path ends in one, at the list item otherwise. */
const keyed = (path: JsonPath): boolean => typeof path[path.length - 1] === 'string';

/** Rules about what each turn, option and ending must carry. */
export function turnRules(walk: GraphWalk): Problem[] {
  const { graph } = walk;
  const problems: Problem[] = [];
  for (const id of graph.order) {
    const node = graph.states.get(id);
    if (node === undefined) continue;
    endingRules(node, problems);
    transitionRules(graph, node, problems);
  }
  for (const i of walk.leaves) {
    const leaf = walk.nodes[i] as StateNodeInfo;
    if (leaf.kind !== 'final' && canRest(walk, i)) restingTurnRules(walk, i, problems);
  }
  return problems;
}

// The rules below add to one list and name a state only when they report it: most states of a
// large file pass, and building their names and lists for nothing was much of the cost.

function endingRules(node: StateNodeInfo, problems: Problem[]): void {
  if (node.kind === 'final') {
    if (node.meta.ending === undefined) {
      problems.push({
        path: node.path,
        severity: 'error',
        code: 'missing-ending',
        message: `final state '${stateName(node)}' has no 'meta.ending': add { title, retained, review } to say how the conversation ends`,
        atKey: true,
      });
    }
    for (const [key, count] of [
      ['on', node.options.length],
      ['after', node.timeouts.length],
      ['always', node.always.length],
    ] as const) {
      if (count === 0) continue;
      problems.push({
        path: [...node.path, key],
        severity: 'error',
        code: 'final-with-transitions',
        message: `final state '${stateName(node)}' cannot have '${key}': the conversation is over once an ending is reached`,
        atKey: true,
      });
    }
  } else if (node.meta.ending !== undefined) {
    problems.push({
      path: [...node.path, 'meta', 'ending'],
      severity: 'warning',
      code: 'ending-on-turn',
      message: `'ending' is only read on final states: add type: final to '${stateName(node)}' or remove the ending`,
      atKey: true,
    });
  }
}

function transitionRules(graph: ScenarioGraph, node: StateNodeInfo, problems: Problem[]): void {
  for (const option of node.options) {
    for (const branch of option.branches) {
      if (has(branch.meta.reply)) continue;
      const which = keyed(branch.path)
        ? `option '${option.event}'`
        : `alternative ${branch.index + 1} of option '${option.event}'`;
      problems.push({
        path: branch.path,
        severity: 'error',
        code: 'missing-reply',
        message: `${which} in state '${stateName(node)}' has no 'meta.reply': add the words the trainee says or does`,
        atKey: keyed(branch.path),
      });
    }
  }
  for (const branch of node.always) {
    if (branch.target === null) {
      problems.push({
        path: branch.path,
        severity: 'error',
        code: 'eventless-without-target',
        message: `eventless transition in state '${stateName(node)}' has no target: XState would take it again and again; add a 'target'`,
        atKey: keyed(branch.path),
      });
    }
    const meta = branch.meta;
    if (OPTION_ONLY_MARKS.some((mark) => meta[mark] !== undefined)) {
      const ignored = OPTION_ONLY_MARKS.filter((mark) => meta[mark] !== undefined);
      problems.push({
        path: [...branch.path, 'meta'],
        severity: 'warning',
        code: 'ignored-meta',
        message: `${ignored.map((m) => `'${m}'`).join(', ')} on an eventless transition in state '${stateName(node)}' ${ignored.length === 1 ? 'is' : 'are'} ignored: only options show a reply and earn marks ('mood' does apply)`,
        atKey: true,
      });
    }
  }
  const rootId = graph.root.id;
  for (const option of node.options) {
    for (const branch of option.branches) {
      if (branch.target === rootId) problems.push(rootTarget(graph, node, branch));
    }
  }
  for (const timeout of node.timeouts) {
    for (const branch of timeout.branches) {
      if (branch.target === rootId) problems.push(rootTarget(graph, node, branch));
    }
  }
  for (const branch of node.always) {
    if (branch.target === rootId) problems.push(rootTarget(graph, node, branch));
  }
}

function rootTarget(graph: ScenarioGraph, node: StateNodeInfo, branch: TransitionInfo): Problem {
  return {
    path: [...branch.path, 'target'],
    severity: 'error',
    code: 'root-target',
    message: `a transition in state '${stateName(node)}' targets the whole machine '#${graph.machineId}': target a state inside it`,
  };
}

/** A leaf where the conversation can rest is a customer turn: it needs words and a real choice. */
function restingTurnRules(walk: GraphWalk, i: number, problems: Problem[]): void {
  const leaf = walk.nodes[i] as StateNodeInfo;
  if (!has(leaf.meta.customer)) {
    problems.push({
      path: leaf.path,
      severity: 'error',
      code: 'missing-customer',
      message: `state '${stateName(leaf)}' is a customer turn but has no 'meta.customer': write what the customer says, or end its 'always' list with an unguarded alternative to pass straight through`,
      atKey: true,
    });
  }
  // One distinct event among the leaf's and its ancestors' options (not a count of options).
  let first: string | undefined;
  let single = true;
  for (let a = i; a >= 0; a = walk.parent[a] ?? -1) {
    for (const option of (walk.nodes[a] as StateNodeInfo).options) {
      if (first === undefined) first = option.event;
      else if (option.event !== first) single = false;
    }
  }
  if (first !== undefined && single) {
    problems.push({
      path: leaf.path,
      severity: 'warning',
      code: 'single-option',
      message: `state '${stateName(leaf)}' offers a single reply option ('${first}'): add another so the trainee has a real choice`,
      atKey: true,
    });
  }
}

/** `extraMile` listed as a skill needs at least one option that rewards it. */
export function extraMileSkillRule(graph: ScenarioGraph, skills: readonly string[]): Problem[] {
  const index = skills.indexOf('extraMile');
  if (index < 0) return [];
  for (const node of graph.states.values()) {
    for (const option of node.options) {
      if (option.branches.some((b) => (b.meta.extraMile ?? 0) > 0)) return [];
    }
  }
  return [
    {
      path: ['skills', index],
      severity: 'warning',
      code: 'extra-mile-unused',
      message:
        "'extraMile' is listed in skills but no option has extraMile above 0: add an extra-mile option or remove the skill",
    },
  ];
}
