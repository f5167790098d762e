import type {
  CompletionContext,
  CompletionResult,
  CompletionSource,
  Completion,
} from '@codemirror/autocomplete';
import type { Text } from '@codemirror/state';
import type { SyntaxNode } from '@lezer/common';
import type { JsonPath } from '../../../core/scenario/diagnostic.ts';
import { placeAt } from './scenario-tree.ts';
import { descriptionOf, keysAt, kindOf, valuesAt, type JsonSchema } from './schema-walk.ts';
import { keysIn, nodeAtPath } from './yaml-path.ts';

/** Characters of a key or a plain value (targets have dots and `#`, the format a slash). */
const WORD = /[\w\-./#]*$/;

const TRANSITION_KEYS = new Set(['on', 'after', 'always']);

/**
 * State names a target or an `initial` at `path` may name: siblings of the state that
 * declares the transition, and its children as `.child`; for `initial`, the children.
 */
export function stateNamesFor(top: SyntaxNode, path: JsonPath, doc: Text): string[] {
  const last = path[path.length - 1];
  if (last === 'initial')
    return keysIn(nodeAtPath(top, [...path.slice(0, -1), 'states'], doc), doc);
  for (let i = path.length - 3; i >= 0; i--) {
    if (path[i] !== 'states' || !TRANSITION_KEYS.has(String(path[i + 2]))) continue;
    const rest = path.slice(i + 2);
    const shorthand = rest[0] === 'always' ? rest.length === 1 : rest.length === 2;
    if (last !== 'target' && !shorthand) return [];
    const siblings = keysIn(nodeAtPath(top, path.slice(0, i + 1), doc), doc);
    const children = keysIn(nodeAtPath(top, [...path.slice(0, i + 2), 'states'], doc), doc);
    return [...siblings, ...children.map((c) => `.${c}`)];
  }
  return [];
}

function keyOption(
  root: JsonSchema,
  name: string,
  schema: JsonSchema,
  required: boolean,
  colon: boolean,
): Completion {
  const info = descriptionOf(root, schema);
  return {
    label: name,
    type: 'property',
    detail: kindOf(root, schema) + (required ? ', required' : ''),
    ...(info === undefined ? {} : { info }),
    apply: colon ? `${name}: ` : name,
    boost: required ? 1 : 0,
  };
}

/**
 * Completion from the scenario's JSON Schema: the keys an object may still have (with their
 * descriptions), the fixed values of a key (channel, principle, true/false) and the state
 * names a target or `initial` may name. Pops up on typing; Ctrl+Space asks on an empty spot.
 */
export function schemaCompletion(root: JsonSchema): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const { state, pos } = context;
    const line = state.doc.lineAt(pos);
    const word = WORD.exec(line.text.slice(0, pos - line.from))?.[0] ?? '';
    if (word === '' && !context.explicit) return null;
    const found = placeAt(state, pos, pos - word.length);
    if (found === null) return null;
    const { place, doc, top, from } = found;
    // Editing an existing key: it keeps its colon.
    const colon = !/^[\w-]*\s*:/.test(line.text.slice(pos - line.from));
    let options: Completion[];
    if (place.kind === 'key') {
      const present = new Set(keysIn(place.mapping, doc));
      present.delete(found.word);
      options = keysAt(root, place.path)
        .filter((k) => !present.has(k.name))
        .map((k) => keyOption(root, k.name, k.schema, k.required, colon));
    } else if (place.kind === 'value') {
      options = [
        ...valuesAt(root, place.path).map((label) => ({ label, type: 'enum' })),
        ...stateNamesFor(top, place.path, doc).map((label) => ({
          label,
          type: 'variable',
          detail: 'state',
        })),
      ];
    } else {
      const entry = [...place.path, 0];
      options = [
        ...valuesAt(root, entry).map((label) => ({ label, type: 'enum' })),
        ...keysAt(root, entry).map((k) => keyOption(root, k.name, k.schema, k.required, colon)),
      ];
    }
    if (options.length === 0) return null;
    return { from, options, validFor: /^[\w\-./#]*$/ };
  };
}
