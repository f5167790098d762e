import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { machineSchema, scenarioSchema } from './scenario-schema.ts';
import { fastPath, MISS } from './schema-fast-path.ts';

const texts = import.meta.glob<string>('./fixtures/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
// Every fixture: valid files and files one defect away, as plain data (YAML's own reading).
const bases = Object.values(texts).map(
  (text) => parse(text, { uniqueKeys: false, logLevel: 'silent' }) as unknown,
);

/** Keys in order, prototypes and undefined shown: what toEqual would let through. */
function exact(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const kind = Array.isArray(value) ? '[' : Object.getPrototypeOf(value) === null ? '{null' : '{';
  const entries = Reflect.ownKeys(value).map(
    (key) => `${String(key)}=${exact((value as Record<PropertyKey, unknown>)[key])}`,
  );
  return `${kind}${entries.join(',')}`;
}

/** Every (parent, key) pair in plain data, to mutate one. */
function slots(value: unknown, out: [Record<string, unknown>, string][] = []) {
  if (value === null || typeof value !== 'object') return out;
  for (const key of Object.keys(value)) {
    out.push([value as Record<string, unknown>, key]);
    slots((value as Record<string, unknown>)[key], out);
  }
  return out;
}

const replacement = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -1,
  2.5,
  101,
  '',
  ' ',
  'x',
  'final',
  'compound',
  '#valid.asks',
  [],
  {},
  ['tone'],
  { type: 'flag', params: { flag: 'f' } },
  { type: 'all', params: { guards: [] } },
  { target: 'asks', meta: { reply: 'Hi' } },
);

const fastScenario = fastPath(scenarioSchema);
const fastMachine = fastPath(machineSchema);

describe('the schema fast path', () => {
  it('accepts only what zod accepts, with the output zod gives', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), replacement, fc.boolean()), { maxLength: 3 }),
        (base, changes) => {
          const data = structuredClone(bases[base % bases.length]);
          for (const [at, value, rename] of changes) {
            const all = slots(data);
            const slot = all[at % Math.max(1, all.length)];
            if (slot === undefined) break;
            const [parent, key] = slot;
            if (rename) {
              parent[`${key}x`] = parent[key];
              delete parent[key];
            } else {
              // A copy: the replacements are shared constants, and a later change in this run
              // (or the next) must not mutate one into a cycle through itself.
              parent[key] = structuredClone(value);
            }
          }
          for (const [fast, schema, input] of [
            [fastScenario, scenarioSchema, data],
            [fastMachine, machineSchema, (data as { machine?: unknown } | null)?.machine],
          ] as const) {
            const out = fast(input);
            const zod = schema.safeParse(input);
            if (out === MISS) continue;
            accepted++;
            expect(zod.success).toBe(true);
            expect(exact(out)).toBe(exact(zod.data));
          }
        },
      ),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('takes valid files without falling back to zod', () => {
    for (const data of bases) {
      if (scenarioSchema.safeParse(data).success) expect(fastScenario(data)).not.toBe(MISS);
    }
  });
});
