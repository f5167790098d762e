import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../core/scenario/json-schema.ts';
import { schemaCompletion } from './schema-completion.ts';
import { schemaHelpAt } from './schema-help.ts';

const schema = scenarioJsonSchema();
const complete = schemaCompletion(schema);

/** Completes at the `|` in `text`. */
function at(text: string, explicit = false): { result: CompletionResult | null; labels: string[] } {
  const pos = text.indexOf('|');
  const doc = text.slice(0, pos) + text.slice(pos + 1);
  const state = EditorState.create({ doc, extensions: [yaml()] });
  const result = complete(new CompletionContext(state, pos, explicit)) as CompletionResult | null;
  return { result, labels: result?.options.map((o) => o.label) ?? [] };
}

const SCENARIO = `format: cx-scenario/1
id: demo
customer:
  name: Dana
  mood: 50
machine:
  id: demo
  initial: asks
  states:
    asks:
      meta:
        customer: Hello?
      on:
        help:
          target: done
          meta:
            reply: Hi
    done:
      type: final
`;

/** SCENARIO with `insert` put at the end of the line that contains `after`. */
function into(after: string, insert: string): string {
  const i = SCENARIO.indexOf(after) + after.length;
  return SCENARIO.slice(0, i) + insert + SCENARIO.slice(i);
}

describe('completion from the scenario schema', () => {
  it('offers the keys an object may still have, on a half-written key', () => {
    const { result, labels } = at(into('  mood: 50\n', '  pr|\n'));
    expect(labels).toContain('profile');
    expect(labels).not.toContain('name'); // already there
    expect(labels).not.toContain('mood');
    const profile = result!.options.find((o) => o.label === 'profile')!;
    expect(profile.apply).toBe('profile: ');
    expect(profile.info).toBe('One line about who they are.');
  });

  it('offers keys on an empty line when asked (Ctrl+Space), and nothing unasked', () => {
    expect(at(into('            reply: Hi\n', '            |\n'), true).labels).toEqual(
      expect.arrayContaining(['tone', 'promptness', 'extraMile', 'mood', 'feedback', 'principle']),
    );
    expect(at(into('            reply: Hi\n', '            |\n'), false).result).toBeNull();
    // A blank line before a sibling key, and one before a less indented key.
    expect(at(into('          meta:\n', '            |\n'), true).labels).toContain('tone');
    expect(at(into('  name: Dana\n', '  |\n'), true).labels).toEqual(['avatar', 'profile']);
  });

  it('offers top-level keys at the start of a line and at the end of the text', () => {
    const end = at(`${SCENARIO}ti|`);
    expect(end.labels).toContain('title');
    expect(end.labels).not.toContain('format');
    expect(at('|', true).labels).toContain('format');
  });

  it('offers enum values after a key, typed or asked for', () => {
    expect(at(into('id: demo\n', 'channel: |\n'), true).labels).toEqual([
      'email',
      'chat',
      'phone',
      'in-person',
    ]);
    const typed = at(into('id: demo\n', 'channel: ph|\n'));
    expect(typed.labels).toContain('phone');
    expect(typed.result?.from).toBe(SCENARIO.indexOf('id: demo\n') + 'id: demo\nchannel: '.length);
    expect(
      at(into('      type: final\n', '      meta:\n        ending:\n          retained: t|\n'))
        .labels,
    ).toEqual(['true', 'false']);
  });

  it('offers list entries: values of a list of values', () => {
    expect(
      at(into('            reply: Hi\n', '          actions:\n            - type: s|\n')).labels,
    ).toContain('setFlag');
  });

  it('offers the states a target or initial may name', () => {
    expect(at(SCENARIO.replace('target: done', 'target: d|')).labels).toEqual(['asks', 'done']);
    expect(at(SCENARIO.replace('initial: asks', 'initial: a|')).labels).toEqual(['asks', 'done']);
    expect(
      at(SCENARIO.replace('        help:\n', '        quick: |\n        help:\n'), true).labels,
    ).toContain('done');
  });

  it('keeps the colon of a key being renamed', () => {
    const { result } = at(SCENARIO.replace('  name: Dana', '  na|me: Dana'));
    expect(result?.options.find((o) => o.label === 'name')?.apply).toBe('name');
  });

  it('works on JSON files too (JSON is YAML)', () => {
    expect(at('{"format": "cx-scenario/1", "customer": {"name": "D", "mo|"}}').labels).toContain(
      'mood',
    );
  });
});

describe('help from the scenario schema', () => {
  const state = EditorState.create({ doc: SCENARIO, extensions: [yaml()] });

  it('explains the key under the cursor', () => {
    const pos = SCENARIO.indexOf('mood: 50') + 2;
    const found = schemaHelpAt(schema, state, pos, 1)!;
    expect(found.help.title).toBe('mood');
    expect(found.help.description).toMatch(/Start mood/);
    expect(SCENARIO.slice(found.from, found.to)).toBe('mood');
  });

  it('explains a value by its key', () => {
    const pos = SCENARIO.indexOf('final') + 1;
    const found = schemaHelpAt(schema, state, pos, 1)!;
    expect(found.help.title).toBe('type');
    expect(found.help.values).toContain('final');
  });

  it('explains a state by what states are', () => {
    const found = schemaHelpAt(schema, state, SCENARIO.indexOf('asks:') + 1, 1)!;
    expect(found.help.title).toBe('asks');
    expect(found.help.description).toMatch(/customer turn/);
  });

  it('says nothing on a comment or an unknown key', () => {
    const doc = '# a comment\nnonsense: 1\n';
    const commented = EditorState.create({ doc, extensions: [yaml()] });
    expect(schemaHelpAt(schema, commented, 3, 1)).toBeNull();
    expect(schemaHelpAt(schema, commented, doc.indexOf('nonsense') + 2, 1)).toBeNull();
  });
});
