import { describe, expect, it } from 'vitest';
import { checkConnection, type ConnectionProbe } from './connection-check.ts';

const ENDPOINT = 'https://lrs.example.com/xapi/';
const http = (status: number) =>
  Object.assign(new Error(`HTTP ${status}`), { response: { status } });
const probe = (
  about: () => Promise<unknown>,
  readOne: () => Promise<unknown>,
): ConnectionProbe => ({
  about,
  readOne,
});
const ok =
  (value: unknown = {}) =>
  () =>
    Promise.resolve(value);
const fail = (error: Error) => () => Promise.reject(error);
const ABOUT = { version: ['1.0.3', '1.0.2'] };

describe('checkConnection', () => {
  it('is connected when /about speaks 1.0 and a read with the credentials works', async () => {
    expect(await checkConnection(ENDPOINT, probe(ok(ABOUT), ok()))).toEqual({
      ok: true,
      canRead: true,
      message: expect.stringMatching(/^Connected: /) as string,
    });
  });

  it('says when the address cannot be reached at all', async () => {
    const verdict = await checkConnection(ENDPOINT, probe(fail(new Error('Network Error')), ok()));
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe(
      `Could not reach ${ENDPOINT}: the address may be wrong, the LRS may be down, or it does not accept requests from this site (CORS).`,
    );
  });

  it('says when no LRS answers there', async () => {
    const verdict = await checkConnection(ENDPOINT, probe(fail(http(404)), ok()));
    expect(verdict).toMatchObject({ ok: false });
    expect(verdict.message).toContain('HTTP 404 for /about');
  });

  it('says when what answers is not an LRS (no xAPI versions at /about)', async () => {
    const verdict = await checkConnection(ENDPOINT, probe(ok('<html>Welcome</html>'), ok()));
    expect(verdict).toMatchObject({ ok: false });
    expect(verdict.message).toContain('not an xAPI LRS');
  });

  it('says when the LRS speaks another version of xAPI', async () => {
    const verdict = await checkConnection(ENDPOINT, probe(ok({ version: ['2.0.0'] }), ok()));
    expect(verdict.message).toBe('The LRS speaks xAPI 2.0.0, not 1.0.3, which Extra Mile sends.');
  });

  it('names refused credentials, also when /about itself wants them', async () => {
    for (const about of [ok(ABOUT), fail(http(401))]) {
      const verdict = await checkConnection(ENDPOINT, probe(about, fail(http(401))));
      expect(verdict).toMatchObject({ ok: false, canRead: false });
      expect(verdict.message).toMatch(/refused the key and secret \(HTTP 401\)/);
    }
  });

  it('accepts a key that may only write, and says the review cannot read with it', async () => {
    const verdict = await checkConnection(ENDPOINT, probe(ok(ABOUT), fail(http(403))));
    expect(verdict).toMatchObject({ ok: true, canRead: false });
    expect(verdict.message).toContain('may not read statements');
  });

  it('tells a blocked credentialed request from a failing LRS', async () => {
    const cors = await checkConnection(
      ENDPOINT,
      probe(ok(ABOUT), fail(new Error('Network Error'))),
    );
    expect(cors.message).toContain('(CORS)');
    const down = await checkConnection(ENDPOINT, probe(ok(ABOUT), fail(http(500))));
    expect(down.message).toBe('The LRS failed a test read (HTTP 500); try again later.');
  });
});
