import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprint } from './fingerprint.ts';

describe('fingerprint', () => {
  it('sorts keys at every level, keeps list order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: undefined, b: 'x' } })).toBe(
      '{"a":{"b":"x","d":[3,1]},"b":1}',
    );
  });

  it('is the sha-256 hex of the canonical JSON', () => {
    expect(fingerprint({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
    expect(fingerprint({ a: 1, b: 2 })).toBe(fingerprint({ b: 2, a: 1 }));
    expect(fingerprint({ a: 1 })).not.toBe(fingerprint({ a: 2 }));
  });
});
