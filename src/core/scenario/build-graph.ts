import type { JsonPath, Problem } from './diagnostic.ts';
import { didYouMean } from './did-you-mean.ts';
import type {
  OptionInfo,
  ScenarioGraph,
  StateNodeInfo,
  TimeoutInfo,
  TransitionInfo,
  Trigger,
} from './graph-types.ts';
import type {
  ActionSpec,
  MachineConfig,
  StateConfig,
  TransitionConfig,
  TransitionsConfig,
} from './scenario-types.ts';

/** The result of resolving a machine config: the graph, or the problems that stop it. */
export interface BuildGraphResult {
  /** The resolved graph; absent when a problem makes it unusable. */
  graph?: ScenarioGraph;
  /** Errors found while resolving (unknown targets, bad initial states...). */
  problems: Problem[];
}

const MACHINE_PATH: JsonPath = ['machine'];

/** Lists a single item or an array as an array. */
export function toList<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function toTransitions(value: TransitionsConfig | undefined): TransitionConfig[] {
  return toList(value).map((t) => (typeof t === 'string' ? { target: t } : t));
}

/** Path of the n-th alternative inside a transitions slot, for diagnostics. */
function alternativePath(
  base: JsonPath,
  slot: TransitionsConfig | undefined,
  index: number,
): JsonPath {
  return Array.isArray(slot) ? [...base, index] : base;
}

/**
 * Resolves a machine config into a graph, following XState v5's own rules for
 * ids and targets so that anything accepted here also runs in XState.
 */
export function buildGraph(machine: MachineConfig): BuildGraphResult {
  const problems: Problem[] = [];
  const states = new Map<string, StateNodeInfo>();
  const order: string[] = [];
  const configs = new Map<string, StateConfig>();

  // Pass 1: create nodes and their ids (custom `id` or the dotted key path).
  const createNode = (
    config: StateConfig,
    key: string,
    keyPath: string[],
    parent: string | null,
    path: JsonPath,
  ): string => {
    const defaultId = [machine.id, ...keyPath].join('.');
    let id = parent === null ? machine.id : (config.id ?? defaultId);
    if (states.has(id)) {
      problems.push({
        path: config.id === undefined ? path : [...path, 'id'],
        severity: 'error',
        code: 'duplicate-id',
        message: `state id '${id}' is used twice; state ids must be unique`,
      });
      // Keep the first owner; the duplicate lives on under a name no target can spell, so
      // targets to the first one do not turn into a second, misleading error.
      id = `${defaultId}#${order.length}`;
    }
    const childKeys = Object.keys(config.states ?? {});
    const isFinal = config.type === 'final';
    const node: StateNodeInfo = {
      id,
      key,
      keyPath,
      parent,
      children: [],
      initial: null,
      kind: isFinal ? 'final' : childKeys.length > 0 ? 'compound' : 'atomic',
      meta: config.meta ?? {},
      options: [],
      timeouts: [],
      always: [],
      entry: toList(config.entry),
      exit: toList(config.exit),
      path,
    };
    states.set(id, node);
    configs.set(id, config);
    order.push(id);
    for (const childKey of childKeys) {
      const child = config.states?.[childKey];
      if (child === undefined) continue;
      node.children.push(
        createNode(child, childKey, [...keyPath, childKey], id, [...path, 'states', childKey]),
      );
    }
    return id;
  };
  createNode(machine, machine.id, [], null, MACHINE_PATH);
  const root = states.get(machine.id);
  if (root === undefined) return { problems };

  // XState's idMap holds each node under its one id (custom, or the default dotted path).
  const idMap = new Map<string, StateNodeInfo>();
  for (const node of states.values()) idMap.set(node.id, node);

  // Children by key, per parent: a linear search made resolving 10,000 targets quadratic.
  const childIndex = new Map<string, Map<string, StateNodeInfo>>();
  const childByKey = (node: StateNodeInfo, key: string): StateNodeInfo | undefined => {
    let byKey = childIndex.get(node.id);
    if (byKey === undefined) {
      byKey = new Map();
      for (const childId of node.children) {
        const child = states.get(childId);
        if (child !== undefined && !byKey.has(child.key)) byKey.set(child.key, child);
      }
      childIndex.set(node.id, byKey);
    }
    return byKey.get(key);
  };

  /** Walks a dotted path of child keys; returns the node or a message. */
  const walk = (start: StateNodeInfo, segments: string[]): StateNodeInfo | string => {
    let current = start;
    for (const segment of segments) {
      if (segment.length === 0) break;
      const next = childByKey(current, segment);
      if (next === undefined) {
        const names = current.children.map((c) => states.get(c)?.key ?? '');
        const where = current.parent === null ? 'at the top level' : `inside '${current.key}'`;
        return names.length === 0
          ? `state '${current.key}' has no child states, so '${segment}' cannot be found`
          : `unknown state '${segment}' ${where}${didYouMean(segment, names)}`;
      }
      current = next;
    }
    return current;
  };

  const resolve = (source: StateNodeInfo, target: string): StateNodeInfo | string => {
    if (target.startsWith('#')) {
      const [head = '', ...rest] = target.slice(1).split('.');
      const start = idMap.get(head);
      if (start === undefined) {
        return `unknown state id '#${head}'${didYouMean(head, idMap.keys())}`;
      }
      return walk(start, rest);
    }
    const internal = target.startsWith('.');
    if (internal) return walk(source, target.slice(1).split('.'));
    const parent = source.parent === null ? undefined : states.get(source.parent);
    if (parent === undefined) {
      return `'${target}' is not a valid target from the machine itself - did you mean '.${target}'?`;
    }
    return walk(parent, target.split('.'));
  };

  // Pass 2: initial states, transitions and structure rules.
  for (const id of order) {
    const node = states.get(id);
    const config = configs.get(id);
    if (node === undefined || config === undefined) continue;
    const path = node.path;

    if (node.kind === 'compound') {
      if (config.initial === undefined) {
        problems.push({
          path,
          severity: 'error',
          code: 'missing-initial',
          message: `state '${node.key}' has child states but no 'initial'`,
          atKey: true,
        });
      } else {
        const first = childByKey(node, config.initial);
        if (first === undefined) {
          const names = node.children.map((c) => states.get(c)?.key ?? '');
          problems.push({
            path: [...path, 'initial'],
            severity: 'error',
            code: 'unknown-initial',
            message: `initial state '${config.initial}' is not a child of '${node.key}'${didYouMean(config.initial, names)}`,
          });
        } else {
          node.initial = first.id;
        }
      }
    } else if (config.initial !== undefined) {
      problems.push({
        path: [...path, 'initial'],
        severity: 'error',
        code: 'initial-without-states',
        message: `'initial' is set but state '${node.key}' has no child states`,
      });
    }
    if (node.kind === 'final' && node.parent !== root.id) {
      problems.push({
        path: [...path, 'type'],
        severity: 'error',
        code: 'nested-final',
        message: `final state '${node.key}' is inside '${node.parent ?? ''}'; endings must be top-level states in format 1`,
      });
    }
    if (node.kind === 'final' && node.children.length > 0) {
      problems.push({
        path: [...path, 'states'],
        severity: 'error',
        code: 'final-with-children',
        message: `final state '${node.key}' cannot have child states`,
        atKey: true,
      });
    }

    const makeTransitions = (
      slot: TransitionsConfig | undefined,
      slotPath: JsonPath,
      trigger: Trigger,
    ): TransitionInfo[] =>
      toTransitions(slot).flatMap((t, index) => {
        const tPath = alternativePath(slotPath, slot, index);
        let target: string | null = null;
        if (t.target !== undefined) {
          const resolved = resolve(node, t.target);
          if (typeof resolved === 'string') {
            problems.push({
              path: typeof slot === 'string' ? tPath : [...tPath, 'target'],
              severity: 'error',
              code: 'unknown-target',
              message: resolved,
            });
            return [];
          }
          target = resolved.id;
        }
        const info: TransitionInfo = {
          source: node.id,
          trigger,
          index,
          target,
          actions: toList<ActionSpec>(t.actions),
          reenter: t.reenter ?? false,
          meta: t.meta ?? {},
          path: tPath,
        };
        if (t.guard !== undefined) info.guard = t.guard;
        return [info];
      });

    for (const [event, slot] of Object.entries(config.on ?? {})) {
      const option: OptionInfo = {
        event,
        branches: makeTransitions(slot, [...path, 'on', event], { kind: 'option', event }),
      };
      node.options.push(option);
    }
    for (const [delayText, slot] of Object.entries(config.after ?? {})) {
      const delay = Number(delayText);
      const timeout: TimeoutInfo = {
        delay,
        branches: makeTransitions(slot, [...path, 'after', delayText], { kind: 'timeout', delay }),
      };
      node.timeouts.push(timeout);
    }
    node.timeouts.sort((a, b) => a.delay - b.delay);
    node.always = makeTransitions(config.always, [...path, 'always'], { kind: 'always' });
  }

  return { graph: { machineId: machine.id, states, order, root }, problems };
}
