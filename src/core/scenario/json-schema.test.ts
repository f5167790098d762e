import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SCENARIO_SCHEMA_ID, scenarioJsonSchema, scenarioJsonSchemaText } from './json-schema.ts';

const shipped = fileURLToPath(new URL('../../../public/scenario.schema.json', import.meta.url));
const valid = import.meta.glob<string>('./fixtures/valid.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Schema = Record<string, unknown>;

/**
 * A minimal JSON Schema checker for exactly the keywords the generator emits;
 * an unknown keyword fails loudly, so it cannot silently pass what it does not read.
 */
function check(schema: Schema, value: unknown, root: Schema, at = '$'): string[] {
  const errors: string[] = [];
  const sub = (s: unknown, v: unknown, where: string) => check(s as Schema, v, root, where);
  for (const [keyword, rule] of Object.entries(schema)) {
    switch (keyword) {
      case '$schema':
      case '$id':
      case 'title':
      case 'description':
      case 'default':
      case '$defs':
      case 'required':
        break;
      case '$ref': {
        const name = String(rule).replace('#/$defs/', '');
        errors.push(...sub((root.$defs as Record<string, Schema>)[name], value, at));
        break;
      }
      case 'type': {
        const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
        const ok = rule === 'integer' ? Number.isInteger(value) : rule === actual;
        if (!ok) errors.push(`${at}: expected ${String(rule)}`);
        break;
      }
      case 'const':
        if (value !== rule) errors.push(`${at}: expected ${String(rule)}`);
        break;
      case 'enum':
        if (!(rule as unknown[]).includes(value)) errors.push(`${at}: not in enum`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(String(rule), 'u').test(value))
          errors.push(`${at}: pattern`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < Number(rule)) errors.push(`${at}: minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > Number(rule)) errors.push(`${at}: maximum`);
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= Number(rule))
          errors.push(`${at}: exclusiveMinimum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < Number(rule)) errors.push(`${at}: minItems`);
        break;
      case 'items':
        if (Array.isArray(value))
          value.forEach((v, i) => errors.push(...sub(rule, v, `${at}[${i}]`)));
        break;
      case 'anyOf':
      case 'oneOf': {
        const passing = (rule as Schema[]).filter((s) => sub(s, value, at).length === 0).length;
        if (keyword === 'anyOf' ? passing === 0 : passing !== 1)
          errors.push(`${at}: ${keyword} (${passing} match)`);
        break;
      }
      case 'properties':
      case 'additionalProperties':
      case 'propertyNames': {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) break;
        const props = (schema.properties ?? {}) as Record<string, Schema>;
        for (const [k, v] of Object.entries(value)) {
          if (keyword === 'propertyNames') errors.push(...sub(rule, k, `${at}.${k}(key)`));
          else if (keyword === 'properties' && k in props)
            errors.push(...sub(props[k], v, `${at}.${k}`));
          else if (keyword === 'additionalProperties' && !(k in props)) {
            if (rule === false) errors.push(`${at}.${k}: unknown key`);
            else errors.push(...sub(rule, v, `${at}.${k}`));
          }
        }
        if (keyword === 'properties') {
          for (const k of (schema.required ?? []) as string[])
            if (!(k in value)) errors.push(`${at}.${k}: required`);
        }
        break;
      }
      default:
        throw new Error(`the test checker does not know the keyword '${keyword}'`);
    }
  }
  return errors;
}

describe('scenarioJsonSchema', () => {
  it('matches the shipped public/scenario.schema.json', () => {
    const onDisk = readFileSync(shipped, 'utf8');
    expect(onDisk, 'public/scenario.schema.json is stale: run npm run gen:schema').toBe(
      scenarioJsonSchemaText(),
    );
  });

  it('is draft 2020-12 with an $id and a title', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
    expect(schema.title).toBe('Extra Mile scenario');
  });

  const schema = JSON.parse(readFileSync(shipped, 'utf8')) as Schema;
  const data = parse(Object.values(valid)[0] ?? '') as Record<string, unknown>;

  it('accepts the valid fixture', () => {
    expect(check(schema, data, schema)).toEqual([]);
  });

  it('rejects an unknown key, a bad range and an unknown guard', () => {
    expect(check(schema, { ...data, author: 'Sam' }, schema)).toEqual(['$.author: unknown key']);
    expect(check(schema, { ...data, difficulty: 4 }, schema)).toEqual(['$.difficulty: maximum']);
    const machine = data.machine as {
      states: { annoyed: { always: { guard: { type: string } }[] } };
    };
    const guard = machine.states.annoyed.always[0]?.guard;
    if (guard === undefined) throw new Error('fixture changed');
    guard.type = 'moodAbove';
    expect(check(schema, data, schema).length).toBeGreaterThan(0);
  });
});
