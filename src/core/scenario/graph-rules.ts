import type { Problem } from './diagnostic.ts';
import type { ScenarioGraph } from './graph-types.ts';
import { graphWalk } from './graph-walk.ts';
import { reachabilityRules } from './reachability-rules.ts';
import { extraMileSkillRule, turnRules } from './turn-rules.ts';

/**
 * Every rule on the resolved graph (run only when the graph built without
 * errors): reachability, traps and loops, then what turns, options and
 * endings must carry. `skills` comes from the file for the extra-mile check.
 */
export function graphRules(graph: ScenarioGraph, skills: readonly string[]): Problem[] {
  const walk = graphWalk(graph);
  return [...reachabilityRules(walk), ...turnRules(walk), ...extraMileSkillRule(graph, skills)];
}
