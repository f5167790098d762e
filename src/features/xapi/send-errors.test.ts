import { describe, expect, it } from 'vitest';
import { outcomeOfSendError, retryAfterMs } from './send-errors.ts';

const answered = (status: number, data?: unknown, headers?: Record<string, unknown>) => ({
  response: { status, data, headers },
});

describe('outcomeOfSendError', () => {
  it('tries again when the LRS did not answer', () => {
    expect(outcomeOfSendError(new Error('Network Error'))).toMatchObject({
      kind: 'retry',
      reason: expect.stringContaining('could not be reached') as string,
    });
    expect(outcomeOfSendError('garbage').kind).toBe('retry');
    expect(outcomeOfSendError(null).kind).toBe('retry');
  });

  it('stops on refused credentials or a wrong address', () => {
    expect(outcomeOfSendError(answered(401, { message: 'Unauthorised' }))).toEqual({
      kind: 'refused-credentials',
      reason: 'The LRS refused the credentials (HTTP 401): Unauthorised.',
    });
    expect(outcomeOfSendError(answered(403)).kind).toBe('refused-credentials');
    for (const status of [404, 405, 410, 415]) {
      // A plain web server or a proxy: the statements are not at fault, the address is.
      expect(outcomeOfSendError(answered(status))).toMatchObject({
        kind: 'refused-credentials',
        reason: expect.stringContaining('check the endpoint') as string,
      });
    }
  });

  it('tries again when busy or down, as long as the LRS asks', () => {
    expect(
      outcomeOfSendError(answered(503, 'down for maintenance', { 'retry-after': '120' })),
    ).toEqual({
      kind: 'retry',
      reason: 'The LRS is busy or down (HTTP 503): down for maintenance.',
      retryAfterMs: 120_000,
    });
    expect(outcomeOfSendError(answered(429)).kind).toBe('retry');
    expect(outcomeOfSendError(answered(408)).kind).toBe('retry');
  });

  it('refuses for good what the LRS rejects, in its own words', () => {
    expect(outcomeOfSendError(answered(400, { warnings: ['verb.id is not an IRI'] }))).toEqual({
      kind: 'refused',
      reason: 'The LRS refused the statement (HTTP 400): verb.id is not an IRI.',
    });
    const reason = (outcome: ReturnType<typeof outcomeOfSendError>) =>
      outcome.kind === 'accepted' ? '' : outcome.reason;
    expect(reason(outcomeOfSendError(answered(409)))).toContain('different statement with this id');
    expect(reason(outcomeOfSendError(answered(400, 'x'.repeat(1_000)))).length).toBeLessThan(400);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores the unreadable', () => {
    expect(retryAfterMs('5')).toBe(5_000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:10 GMT', Date.parse('2026-10-21T07:28:00Z'))).toBe(
      10_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});
