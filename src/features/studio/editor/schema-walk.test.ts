import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../../core/scenario/json-schema.ts';
import { helpAt, helpText, keysAt, valuesAt } from './schema-walk.ts';

const schema = scenarioJsonSchema();
const option = ['machine', 'states', 'asks', 'on', 'reply'];

describe('walking the scenario schema', () => {
  it('lists the top-level keys, required ones marked', () => {
    const keys = keysAt(schema, []);
    expect(keys.map((k) => k.name)).toEqual(
      expect.arrayContaining(['format', 'id', 'title', 'channel', 'customer', 'machine']),
    );
    expect(keys.find((k) => k.name === 'title')?.required).toBe(true);
    expect(keys.find((k) => k.name === 'summary')?.required).toBe(false);
  });

  it('follows states, options and their alternatives (shorthand, object, list)', () => {
    expect(keysAt(schema, ['machine', 'states', 'asks']).map((k) => k.name)).toEqual(
      expect.arrayContaining(['meta', 'on', 'after', 'always', 'type', 'states']),
    );
    expect(keysAt(schema, option).map((k) => k.name)).toEqual(
      expect.arrayContaining(['target', 'meta', 'actions', 'guard']),
    );
    expect(keysAt(schema, [...option, 0, 'meta']).map((k) => k.name)).toEqual(
      expect.arrayContaining(['reply', 'tone', 'promptness', 'extraMile', 'mood', 'principle']),
    );
    expect(
      keysAt(schema, ['machine', 'states', 'phase', 'states', 'turn', 'meta']).map((k) => k.name),
    ).toContain('customer');
  });

  it('gives the fixed values of enums, consts and booleans', () => {
    expect(valuesAt(schema, ['channel'])).toEqual(['email', 'chat', 'phone', 'in-person']);
    expect(valuesAt(schema, ['format'])).toEqual(['cx-scenario/1']);
    expect(valuesAt(schema, [...option, 'meta', 'principle'])).toContain('go-the-extra-mile');
    expect(valuesAt(schema, ['machine', 'states', 'end', 'meta', 'ending', 'retained'])).toEqual([
      'true',
      'false',
    ]);
    expect(valuesAt(schema, [...option, 'actions', 'type'])).toEqual(
      expect.arrayContaining(['setFlag', 'clearFlag', 'addMood']),
    );
  });

  it('explains a key with its description, its kind and its range', () => {
    const mood = helpAt(schema, ['customer', 'mood'])!;
    expect(mood.title).toBe('mood');
    expect(mood.description).toMatch(/furious/);
    expect(helpText(mood)).toMatch(/number from 0 to 100/);
    const tone = helpAt(schema, [...option, 'meta', 'tone'])!;
    expect(helpText(tone)).toMatch(/from -2 to 2/);
    expect(helpText(helpAt(schema, ['channel'])!)).toMatch(
      /Values: email, chat, phone, in-person\./,
    );
  });

  it('says nothing about keys the schema does not know', () => {
    expect(helpAt(schema, ['nonsense'])).toBeUndefined();
    expect(keysAt(schema, ['title', 'deeper'])).toEqual([]);
    expect(valuesAt(schema, ['nonsense', 3])).toEqual([]);
  });
});
