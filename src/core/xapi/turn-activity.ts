import type { InteractionActivity, InteractionComponent } from '@xapi/xapi';
import type { LoadedScenario } from '../scenario/loaded-scenario.ts';
import { lineageOf } from '../scenario/state-tree.ts';
import { ACTIVITY_TYPES, LANGUAGE } from './xapi-vocabulary.ts';

/** The activity id of a turn: the scenario activity's id, then `/turns/<state id>`. */
export function turnActivityId(scenarioActivityId: string, stateId: string): string {
  return `${scenarioActivityId}/turns/${encodeURIComponent(stateId)}`;
}

/**
 * Every option a trainee can ever be offered at a leaf (its own and its phases'), whatever
 * the mood and flags, with the text of its first alternative. An LRS keeps one definition
 * per activity id, so it must not depend on which options one attempt happened to see.
 */
function declaredChoices(loaded: LoadedScenario, leaf: string): InteractionComponent[] {
  const seen = new Set<string>();
  const out: InteractionComponent[] = [];
  for (const state of lineageOf(loaded.graph, leaf)) {
    for (const option of state.options) {
      if (seen.has(option.event)) continue;
      seen.add(option.event);
      const text = option.branches.find((b) => b.meta.reply !== undefined)?.meta.reply;
      out.push({ id: option.event, description: { [LANGUAGE]: text ?? option.event } });
    }
  }
  return out;
}

/** A turn as an xAPI interaction activity: a choice among the turn's reply options. */
export function turnActivity(
  loaded: LoadedScenario,
  scenarioActivityId: string,
  stateId: string,
): InteractionActivity {
  const node = loaded.graph.states.get(stateId);
  const where = node === undefined ? stateId : node.keyPath.join(' / ');
  const customer = node?.meta.customer ?? '';
  const choices = declaredChoices(loaded, stateId);
  const definition: InteractionActivity['definition'] = {
    type: ACTIVITY_TYPES.turn,
    interactionType: 'choice',
    name: { [LANGUAGE]: `${loaded.scenario.title}: ${where}` },
  };
  if (customer.trim() !== '') definition.description = { [LANGUAGE]: customer };
  if (choices.length > 0) definition.choices = choices;
  return { objectType: 'Activity', id: turnActivityId(scenarioActivityId, stateId), definition };
}
