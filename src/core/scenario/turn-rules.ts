import type { JsonPath, Problem } from './diagnostic.ts';
import type { ScenarioGraph, StateNodeInfo, TransitionInfo } from './graph-types.ts';
import { canRest, declaredTransitions, leaves, stateName } from './graph-walk.ts';
import { lineage } from './semantics.ts';

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
export function turnRules(graph: ScenarioGraph): Problem[] {
  const problems: Problem[] = [];
  for (const id of graph.order) {
    const node = graph.states.get(id);
    if (node === undefined) continue;
    problems.push(...endingRules(node), ...transitionRules(graph, node));
  }
  for (const leaf of leaves(graph)) {
    if (leaf.kind !== 'final' && canRest(graph, leaf.id))
      problems.push(...restingTurnRules(graph, leaf));
  }
  return problems;
}

function endingRules(node: StateNodeInfo): Problem[] {
  const name = stateName(node);
  const problems: Problem[] = [];
  if (node.kind === 'final') {
    if (node.meta.ending === undefined) {
      problems.push({
        path: node.path,
        severity: 'error',
        code: 'missing-ending',
        message: `final state '${name}' has no 'meta.ending': add { title, retained, review } to say how the conversation ends`,
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
        message: `final state '${name}' cannot have '${key}': the conversation is over once an ending is reached`,
        atKey: true,
      });
    }
  } else if (node.meta.ending !== undefined) {
    problems.push({
      path: [...node.path, 'meta', 'ending'],
      severity: 'warning',
      code: 'ending-on-turn',
      message: `'ending' is only read on final states: add type: final to '${name}' or remove the ending`,
      atKey: true,
    });
  }
  return problems;
}

function transitionRules(graph: ScenarioGraph, node: StateNodeInfo): Problem[] {
  const name = stateName(node);
  const problems: Problem[] = [];
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
        message: `${which} in state '${name}' has no 'meta.reply': add the words the trainee says or does`,
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
        message: `eventless transition in state '${name}' has no target: XState would take it again and again; add a 'target'`,
        atKey: keyed(branch.path),
      });
    }
    const ignored = OPTION_ONLY_MARKS.filter((mark) => branch.meta[mark] !== undefined);
    if (ignored.length > 0) {
      problems.push({
        path: [...branch.path, 'meta'],
        severity: 'warning',
        code: 'ignored-meta',
        message: `${ignored.map((m) => `'${m}'`).join(', ')} on an eventless transition in state '${name}' ${ignored.length === 1 ? 'is' : 'are'} ignored: only options show a reply and earn marks ('mood' does apply)`,
        atKey: true,
      });
    }
  }
  for (const branch of declaredTransitions(node)) {
    if (branch.target === graph.root.id) problems.push(rootTarget(graph, name, branch));
  }
  return problems;
}

function rootTarget(graph: ScenarioGraph, name: string, branch: TransitionInfo): Problem {
  return {
    path: [...branch.path, 'target'],
    severity: 'error',
    code: 'root-target',
    message: `a transition in state '${name}' targets the whole machine '#${graph.machineId}': target a state inside it`,
  };
}

/** A leaf where the conversation can rest is a customer turn: it needs words and a real choice. */
function restingTurnRules(graph: ScenarioGraph, leaf: StateNodeInfo): Problem[] {
  const name = stateName(leaf);
  const problems: Problem[] = [];
  if (!has(leaf.meta.customer)) {
    problems.push({
      path: leaf.path,
      severity: 'error',
      code: 'missing-customer',
      message: `state '${name}' is a customer turn but has no 'meta.customer': write what the customer says, or end its 'always' list with an unguarded alternative to pass straight through`,
      atKey: true,
    });
  }
  const events = new Set(lineage(graph, leaf.id).flatMap((n) => n.options.map((o) => o.event)));
  if (events.size === 1) {
    problems.push({
      path: leaf.path,
      severity: 'warning',
      code: 'single-option',
      message: `state '${name}' offers a single reply option ('${[...events][0] ?? ''}'): add another so the trainee has a real choice`,
      atKey: true,
    });
  }
  return problems;
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
