import { utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { canonicalBytes } from './canonical-bytes.ts';
import { canonicalJson } from './fingerprint.ts';

// A property test over many random values: slow on a busy 2-core machine, not hung.
vi.setConfig({ testTimeout: 120_000 });

const key = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('__proto__', 'toJSON', '0', '1', '10', '01', '4294967294', '4294967295', 'a'),
);
const leaf = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
  fc.double(),
  fc.boolean(),
  fc.constantFrom(null, undefined, -0, 1e21, 5e-324, Infinity),
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 5 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 12 }),
}));

describe('canonicalBytes', () => {
  it('writes the UTF-8 of canonicalJson for plain data', () => {
    fc.assert(
      fc.property(tree, (value) => {
        const bytes = canonicalBytes({ value });
        expect(bytes).toEqual(utf8ToBytes(canonicalJson({ value })));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives up on what JSON.stringify treats specially', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const value of [new Date(0), { at: new Date(0) }, [1n], new Map(), cycle, undefined]) {
      expect(canonicalBytes(value)).toBeUndefined();
    }
  });
});
