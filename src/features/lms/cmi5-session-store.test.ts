import { describe, expect, it } from 'vitest';
import { cmi5SessionKey, cmi5SessionStore, type StoredCmi5Session } from './cmi5-session-store.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem'> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

const SESSION: StoredCmi5Session = {
  authToken: 't',
  initializedAt: '2026-11-22T10:00:00.000Z',
  sent: ['initialized'],
  reported: false,
  terminated: false,
};

describe('cmi5SessionStore', () => {
  it('remembers a session per launch: registration, AU and fetch URL', () => {
    const storage = memory();
    cmi5SessionStore(storage, 'r1', 'https://au/1', 'https://lms/fetch/1').save(SESSION);
    expect(cmi5SessionStore(storage, 'r1', 'https://au/1', 'https://lms/fetch/1').load()).toEqual(
      SESSION,
    );
    expect(
      cmi5SessionStore(storage, 'r2', 'https://au/1', 'https://lms/fetch/1').load(),
    ).toBeUndefined();
    // Another launch of the same AU in the same registration (a retry) starts afresh.
    expect(
      cmi5SessionStore(storage, 'r1', 'https://au/1', 'https://lms/fetch/2').load(),
    ).toBeUndefined();
    expect([...storage.items.keys()]).toEqual([
      cmi5SessionKey('r1', 'https://au/1', 'https://lms/fetch/1'),
    ]);
  });

  it('ignores what it cannot trust and storage that throws', () => {
    const storage = memory();
    storage.items.set(cmi5SessionKey('r', 'a', 'f'), '{"authToken": 1}');
    expect(cmi5SessionStore(storage, 'r', 'a', 'f').load()).toBeUndefined();
    storage.items.set(cmi5SessionKey('r', 'a', 'f'), 'not json');
    expect(cmi5SessionStore(storage, 'r', 'a', 'f').load()).toBeUndefined();
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(cmi5SessionStore(broken, 'r', 'a', 'f').load()).toBeUndefined();
    expect(() => cmi5SessionStore(broken, 'r', 'a', 'f').save(SESSION)).not.toThrow();
    expect(cmi5SessionStore(null, 'r', 'a', 'f').load()).toBeUndefined();
  });
});
