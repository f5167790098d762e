import type { JsonPath, Problem } from './diagnostic.ts';
import { didYouMean } from './did-you-mean.ts';
import type { ScenarioGraph, StateNodeInfo, TransitionInfo, Trigger } from './graph-types.ts';
import { targetResolver, type ResolveTarget } from './resolve-target.ts';
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
    defaultId: string,
    parent: string | null,
    path: JsonPath,
  ): string => {
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
    const children = config.states;
    const childKeys = children === undefined ? [] : Object.keys(children);
    const node: StateNodeInfo = {
      id,
      key,
      keyPath,
      parent,
      children: [],
      initial: null,
      kind: config.type === 'final' ? 'final' : childKeys.length > 0 ? 'compound' : 'atomic',
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
      const child = children?.[childKey];
      if (child === undefined) continue;
      const childPath = path.concat(['states', childKey]);
      const childId = `${defaultId}.${childKey}`;
      node.children.push(
        createNode(child, childKey, keyPath.concat([childKey]), childId, id, childPath),
      );
    }
    return id;
  };
  createNode(machine, machine.id, [], machine.id, null, MACHINE_PATH);
  const root = states.get(machine.id);
  if (root === undefined) return { problems };

  const resolve = targetResolver(states);
  // Pass 2: initial states, transitions and structure rules.
  for (const id of order) {
    const node = states.get(id);
    const config = configs.get(id);
    if (node === undefined || config === undefined) continue;
    structureRules(node, config, root, states, problems);
    const path = node.path;
    // Lists and paths are built at their final length (map, concat): arrays grown by push or
    // spread keep spare room, and on a large file that room was over half the graph's memory.
    const on = config.on;
    if (on !== undefined) {
      node.options = Object.keys(on).map((event) => {
        const trigger: Trigger = { kind: 'option', event };
        const branches = transitions(
          node,
          on[event],
          path.concat(['on', event]),
          trigger,
          resolve,
          problems,
        );
        return { event, branches };
      });
    }
    const after = config.after;
    if (after !== undefined) {
      node.timeouts = Object.keys(after).map((delayText) => {
        const delay = Number(delayText);
        const trigger: Trigger = { kind: 'timeout', delay };
        const slotPath = path.concat(['after', delayText]);
        return {
          delay,
          branches: transitions(node, after[delayText], slotPath, trigger, resolve, problems),
        };
      });
      node.timeouts.sort((a, b) => a.delay - b.delay);
    }
    const always = config.always;
    if (always !== undefined) {
      const trigger: Trigger = { kind: 'always' };
      const slotPath = path.concat(['always']);
      node.always = transitions(node, always, slotPath, trigger, resolve, problems);
    }
  }

  return { graph: { machineId: machine.id, states, order, root }, problems };
}

/** Initial states and where finals may sit. */
function structureRules(
  node: StateNodeInfo,
  config: StateConfig,
  root: StateNodeInfo,
  states: ReadonlyMap<string, StateNodeInfo>,
  problems: Problem[],
): void {
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
      const children = node.children.map((c) => states.get(c));
      const first = children.find((child) => child?.key === config.initial);
      if (first === undefined) {
        const names = children.map((child) => child?.key ?? '');
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
}

/** The alternatives of one slot (a target, a transition or a list); unresolved ones are left out. */
function transitions(
  node: StateNodeInfo,
  slot: TransitionsConfig | undefined,
  slotPath: JsonPath,
  trigger: Trigger,
  resolve: ResolveTarget,
  problems: Problem[],
): TransitionInfo[] {
  if (slot === undefined) return [];
  if (!Array.isArray(slot)) {
    const info = alternative(
      node,
      slot,
      0,
      slotPath,
      typeof slot === 'string',
      trigger,
      resolve,
      problems,
    );
    return info === undefined ? [] : [info];
  }
  // The n-th alternative of a list is at its index; a lone one is the slot itself.
  const all = slot.map((t, index) =>
    alternative(node, t, index, slotPath.concat([index]), false, trigger, resolve, problems),
  );
  return all.includes(undefined) ? all.filter((t) => t !== undefined) : (all as TransitionInfo[]);
}

/** One alternative, or undefined (with a problem) when its target does not resolve. */
function alternative(
  node: StateNodeInfo,
  slot: string | TransitionConfig,
  index: number,
  path: JsonPath,
  bare: boolean,
  trigger: Trigger,
  resolve: ResolveTarget,
  problems: Problem[],
): TransitionInfo | undefined {
  const t: TransitionConfig = typeof slot === 'string' ? { target: slot } : slot;
  let target: string | null = null;
  if (t.target !== undefined) {
    const resolved = resolve(node, t.target);
    if (typeof resolved === 'string') {
      problems.push({
        path: bare ? path : [...path, 'target'],
        severity: 'error',
        code: 'unknown-target',
        message: resolved,
      });
      return undefined;
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
    path,
  };
  if (t.guard !== undefined) info.guard = t.guard;
  return info;
}
