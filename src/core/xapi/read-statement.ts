import { validate as isUuid } from 'uuid';
import { at, isObject, kindOf, shown } from './json-read.ts';
import { headerOf, partOf } from './read-statement-part.ts';
import type { ReadOutcome } from './read-statement-types.ts';
import { fail, Unreadable } from './statement-field-readers.ts';
import { registrationOf } from './statement-ids.ts';
import { CONTEXT_EXTENSIONS, VERBS, type VerbName } from './xapi-vocabulary.ts';

/** The shapes of a read statement, which live in read-statement-types.ts. */
export type {
  ClaimedEnding,
  ClaimedScores,
  ReadOutcome,
  ReadStatement,
  StatementHeader,
  StatementPart,
} from './read-statement-types.ts';

const VERB_NAMES = new Map<string, VerbName>(
  (Object.entries(VERBS) as [VerbName, string][]).map(([name, iri]) => [iri, name]),
);

function readItem(raw: unknown, position: number): ReadOutcome {
  if (!isObject(raw))
    return { kind: 'foreign', reason: `item #${position} is ${kindOf(raw)}, not a statement` };
  const rawId = at(raw, 'id');
  const label =
    typeof rawId === 'string' && rawId.length <= 100 ? `statement ${rawId}` : `item #${position}`;
  const attemptId = at(raw, 'context', 'extensions', CONTEXT_EXTENSIONS.attemptId);
  if (typeof attemptId !== 'string' || attemptId === '')
    return { kind: 'foreign', reason: `${label}: not an Extra Mile statement` };
  const rawRegistration = at(raw, 'context', 'registration');
  const registration =
    typeof rawRegistration === 'string' && isUuid(rawRegistration)
      ? rawRegistration.toLowerCase()
      : registrationOf(attemptId);
  try {
    if (typeof rawId !== 'string' || !isUuid(rawId)) fail('its id is not a UUID');
    if (typeof rawRegistration !== 'string' || !isUuid(rawRegistration))
      fail('its registration is missing or not a UUID');
    const rawVerb = at(raw, 'verb');
    if (!isObject(rawVerb)) return fail(`its verb is ${shown(rawVerb)}, not an object with an id`);
    const verbId = at(rawVerb, 'id');
    const verb = typeof verbId === 'string' ? VERB_NAMES.get(verbId) : undefined;
    if (verb === undefined) return fail(`its verb (${shown(verbId)}) is not one Extra Mile sends`);
    const header = headerOf(at(raw, 'context', 'extensions'), attemptId);
    const part = partOf(raw, verb);
    return {
      kind: 'ours',
      statement: { id: (rawId as string).toLowerCase(), registration, header, part },
    };
  } catch (error) {
    // Unreadable carries our message; anything else is a hostile object (a throwing getter).
    const why = error instanceof Unreadable ? error.message : 'it cannot be read';
    const broken: ReadOutcome = {
      kind: 'broken',
      registration,
      attemptId,
      error: `${label}: ${why}`,
    };
    if (typeof rawId === 'string' && isUuid(rawId)) broken.id = rawId.toLowerCase();
    return broken;
  }
}

/**
 * Reads one item of an LRS answer. An Extra Mile statement is one whose context carries
 * our attempt-id extension; anything else is foreign and only counted. Never throws.
 */
export function readStatement(raw: unknown, position: number): ReadOutcome {
  try {
    return readItem(raw, position);
  } catch {
    // Only a hostile object gets here (a getter or proxy that throws): JSON never does.
    return { kind: 'foreign', reason: `item #${position} cannot be read` };
  }
}
