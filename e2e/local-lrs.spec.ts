import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { startLocalLrs, type LocalLrs } from './support/local-lrs.ts';

/** Where the app's preview server serves the page that will call the LRS. */
const APP_ORIGIN = 'http://127.0.0.1:4173';
const TRAINEE = { objectType: 'Agent', name: 'Trainee', mbox: 'mailto:trainee@example.org' };

/** A unique activity per test, so tests sharing one LRS never see each other's statements. */
function newActivity(): string {
  return `https://extra-mile.example/scenarios/${randomUUID()}`;
}

/** A statement of `verb` on `activity`; fixed timestamp so the same statement can be re-sent. */
function statement(activity: string, verb = 'completed', id: string = randomUUID()) {
  return {
    id,
    actor: TRAINEE,
    verb: { id: `http://adlnet.gov/expapi/verbs/${verb}`, display: { 'en-US': verb } },
    object: { objectType: 'Activity', id: activity },
    timestamp: '2026-01-15T10:00:00.000Z',
  };
}

function batch(activity: string, size: number) {
  return Array.from({ length: size }, () => statement(activity));
}

let lrs: LocalLrs;
let startMs = 0;

// No page is drawn here: one device is enough (the mobile project would repeat it to no end).
test.skip(({ isMobile }) => isMobile, 'The LRS is tested once, from the desktop project.');

test.beforeAll(async () => {
  const started = performance.now();
  lrs = await startLocalLrs();
  startMs = performance.now() - started;
});

test.afterAll(async () => {
  await lrs.close();
});

async function post(request: APIRequestContext, data: unknown, headers = lrs.headers) {
  return request.post(`${lrs.endpoint}statements`, { headers, data });
}

test('stores a batch and returns it by id and by activity and since', async ({ request }) => {
  const activity = newActivity();
  const first = batch(activity, 3);
  const res = await post(request, first);
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual(first.map((s) => s.id));

  const byId = await request.get(`${lrs.endpoint}statements`, {
    headers: lrs.headers,
    params: { statementId: first[1]!.id },
  });
  expect(byId.status()).toBe(200);
  const stored = (await byId.json()) as Record<string, unknown>;
  expect(stored).toMatchObject({ ...first[1], authority: { objectType: 'Agent' } });
  expect(typeof stored.stored).toBe('string');

  const afterFirst = await lrs.statements({ activity });
  expect(afterFirst.map((s) => s.id).sort()).toEqual(first.map((s) => s.id).sort());

  const since =
    afterFirst
      .map((s) => s.stored ?? '')
      .sort()
      .at(-1) ?? '';
  const second = batch(activity, 2);
  expect((await post(request, second)).status()).toBe(200);
  const newer = await lrs.statements({ activity, since });
  expect(newer.map((s) => s.id).sort()).toEqual(second.map((s) => s.id).sort());
  expect(await lrs.statements({ activity: newActivity() })).toEqual([]);
});

test('reads every page when the query has a small limit', async ({ request }) => {
  const activity = newActivity();
  const five = batch(activity, 5);
  expect((await post(request, five)).status()).toBe(200);
  const firstPage = await request.get(`${lrs.endpoint}statements`, {
    headers: lrs.headers,
    params: { activity, limit: 2 },
  });
  const page = (await firstPage.json()) as { statements: unknown[]; more: string };
  expect(page.statements).toHaveLength(2);
  expect(page.more).toContain('cursor=');
  const all = await lrs.statements({ activity, limit: 2, ascending: true });
  expect(all.map((s) => s.id)).toEqual(five.map((s) => s.id));
});

test('ignores a batch sent again and answers 409 to a changed statement with a known id', async ({
  request,
}) => {
  const activity = newActivity();
  const sent = batch(activity, 3);
  const before = lrs.count();
  expect((await post(request, sent)).status()).toBe(200);
  const again = await post(request, sent);
  expect(again.status()).toBe(200);
  expect(await again.json()).toEqual(sent.map((s) => s.id));
  expect(lrs.count() - before).toBe(3);
  expect(await lrs.statements({ activity })).toHaveLength(3);

  const same = await request.put(`${lrs.endpoint}statements`, {
    headers: lrs.headers,
    params: { statementId: sent[0]!.id },
    data: sent[0],
  });
  expect(same.status()).toBe(204);

  const changed = statement(activity, 'failed', sent[0]!.id);
  const conflict = await post(request, [changed]);
  expect(conflict.status()).toBe(409);
  expect(await conflict.text()).toContain(sent[0]!.id);
  const kept = await lrs.statements({ activity });
  expect(kept).toHaveLength(3);
  expect(kept.find((s) => s.id === sent[0]!.id)?.verb.id).toBe(sent[0]!.verb.id);
});

test('refuses wrong or missing credentials with 401 and stores nothing', async ({ request }) => {
  const activity = newActivity();
  const wrong = `Basic ${Buffer.from(`${lrs.username}:not-the-password`).toString('base64')}`;
  const version = { 'X-Experience-API-Version': '1.0.3' };
  expect(
    (await post(request, batch(activity, 1), { ...version, Authorization: wrong })).status(),
  ).toBe(401);
  expect((await post(request, batch(activity, 1), version)).status()).toBe(401);
  const read = await request.get(`${lrs.endpoint}statements`, {
    headers: { ...version, Authorization: wrong },
  });
  expect(read.status()).toBe(401);
  const state = await request.get(`${lrs.endpoint}activities/state`, {
    headers: { ...version, Authorization: wrong },
    params: { activityId: activity, agent: JSON.stringify(TRAINEE), stateId: 'x' },
  });
  expect(state.status()).toBe(401);
  expect(await lrs.statements({ activity })).toEqual([]);
});

test('refuses a request without the xAPI version header', async ({ request }) => {
  const res = await post(request, batch(newActivity(), 1), { Authorization: lrs.authorization });
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain('X-Experience-API-Version');
});

test('stop refuses connections, restart serves the same statements on the same port', async ({
  request,
}) => {
  const activity = newActivity();
  const sent = batch(activity, 2);
  expect((await post(request, sent)).status()).toBe(200);
  const { endpoint, port } = lrs;
  const count = lrs.count();

  await lrs.stop();
  expect(lrs.running).toBe(false);
  await expect(post(request, batch(activity, 1))).rejects.toThrow(/ECONNREFUSED/);
  await expect(request.get(`${endpoint}about`)).rejects.toThrow(/ECONNREFUSED/);
  expect(lrs.count()).toBe(count);
  await expect(lrs.statements({ activity })).rejects.toThrow(/stopped/);

  await lrs.restart();
  expect(lrs.running).toBe(true);
  expect(lrs.port).toBe(port);
  const back = await lrs.statements({ activity });
  expect(back.map((s) => s.id).sort()).toEqual(sent.map((s) => s.id).sort());
});

test("allows a CORS preflight from the app's origin with the xAPI headers", async ({ request }) => {
  for (const resource of ['statements', 'activities/state', 'about']) {
    const preflight = await request.fetch(`${lrs.endpoint}${resource}`, {
      method: 'OPTIONS',
      headers: {
        Origin: APP_ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization,content-type,x-experience-api-version',
      },
    });
    expect(preflight.status(), resource).toBeLessThan(300);
    const headers = preflight.headers();
    expect(headers['access-control-allow-origin'], resource).toBe(APP_ORIGIN);
    const allowed = (headers['access-control-allow-headers'] ?? '').toLowerCase();
    expect(allowed, resource).toContain('authorization');
    expect(allowed, resource).toContain('x-experience-api-version');
    expect(headers['access-control-allow-methods'], resource).toContain('PUT');
  }
  const res = await request.post(`${lrs.endpoint}statements`, {
    headers: { ...lrs.headers, Origin: APP_ORIGIN },
    data: batch(newActivity(), 1),
  });
  expect(res.headers()['access-control-allow-origin']).toBe(APP_ORIGIN);
});

test("a page on the app's origin can send and read statements", async ({ page }) => {
  await page.goto('/');
  const activity = newActivity();
  const result = await page.evaluate(
    async ({ endpoint, headers, sent }) => {
      const post = await fetch(`${endpoint}statements`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(sent),
      });
      const url = `${endpoint}statements?activity=${encodeURIComponent(sent[0]!.object.id)}`;
      const get = await fetch(url, { headers });
      const body = (await get.json()) as { statements: { id: string }[] };
      return { post: post.status, get: get.status, ids: body.statements.map((s) => s.id) };
    },
    { endpoint: lrs.endpoint, headers: { ...lrs.headers }, sent: [statement(activity)] },
  );
  expect(result.post).toBe(200);
  expect(result.get).toBe(200);
  expect(result.ids).toHaveLength(1);
});

test('answers about with version 1.0.3', async ({ request }) => {
  const res = await request.get(`${lrs.endpoint}about`);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { version: string[] }).version).toContain('1.0.3');
});

test('keeps state documents: put, get, merge, list, delete', async ({ request }) => {
  const activityId = newActivity();
  const registration = randomUUID();
  const scope = { activityId, agent: JSON.stringify(TRAINEE), registration };
  const url = `${lrs.endpoint}activities/state`;
  const one = { ...scope, stateId: 'LMS.LaunchData' };
  const launchData = { launchMode: 'Normal', moveOn: 'Completed', contextTemplate: {} };

  expect((await request.get(url, { headers: lrs.headers, params: one })).status()).toBe(404);
  const put = await request.put(url, { headers: lrs.headers, params: one, data: launchData });
  expect(put.status()).toBe(204);
  const got = await request.get(url, { headers: lrs.headers, params: one });
  expect(got.status()).toBe(200);
  expect(await got.json()).toEqual(launchData);
  expect(got.headers()['etag']).toMatch(/^"[0-9a-f]{40}"$/);

  const merge = await request.post(url, {
    headers: lrs.headers,
    params: one,
    data: { returnURL: 'https://lms.example/' },
  });
  expect(merge.status()).toBe(204);
  const merged = await request.get(url, { headers: lrs.headers, params: one });
  expect(await merged.json()).toEqual({ ...launchData, returnURL: 'https://lms.example/' });

  const stale = await request.put(url, {
    headers: { ...lrs.headers, 'If-Match': got.headers()['etag'] ?? '' },
    params: one,
    data: {},
  });
  expect(stale.status()).toBe(412);

  const other = { ...scope, stateId: 'bookmark' };
  await request.put(url, { headers: lrs.headers, params: other, data: { at: 3 } });
  const ids = await request.get(url, { headers: lrs.headers, params: scope });
  expect(((await ids.json()) as string[]).sort()).toEqual(['LMS.LaunchData', 'bookmark']);
  const elsewhere = { ...scope, registration: randomUUID() };
  const none = await request.get(url, { headers: lrs.headers, params: elsewhere });
  expect(await none.json()).toEqual([]);

  expect((await request.delete(url, { headers: lrs.headers, params: one })).status()).toBe(204);
  expect((await request.get(url, { headers: lrs.headers, params: one })).status()).toBe(404);

  const badAgent = await request.get(url, {
    headers: lrs.headers,
    params: { ...one, agent: '{"name":"no identifier"}' },
  });
  expect(badAgent.status()).toBe(400);
  expect(await badAgent.text()).toContain('mbox');
});

test('says plainly that activity and agent profiles are not supported', async ({ request }) => {
  for (const resource of ['activities/profile', 'agents/profile', 'agents']) {
    const res = await request.get(`${lrs.endpoint}${resource}`, { headers: lrs.headers });
    expect(res.status(), resource).toBe(404);
    expect(await res.text(), resource).toContain('local LRS has no GET');
  }
});

test('listens on 127.0.0.1 only and loads nothing that reaches for a database or AWS', async () => {
  expect(new URL(lrs.endpoint).hostname).toBe('127.0.0.1');
  // Linux routes all of 127/8 to loopback: a server on 0.0.0.0 would accept 127.0.0.2 too.
  const refused = await new Promise<string>((resolve) => {
    const socket = connect({ host: '127.0.0.2', port: lrs.port });
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
  });
  expect(refused).not.toBe('connected');

  const loaded = Object.keys(createRequire(import.meta.url).cache);
  expect(loaded.some((path) => path.includes('/xapi-statements/dist/'))).toBe(true);
  const networked = loaded.filter((path) =>
    /node_modules\/(mongodb|redis|aws-sdk|node-fetch|winston|dotenv)\//.test(path),
  );
  expect(networked).toEqual([]);
});

test('refuses bad options with a clear message', async () => {
  await expect(startLocalLrs({ port: 70_000 })).rejects.toThrow(/port must be an integer/);
  await expect(startLocalLrs({ username: 'a:b' })).rejects.toThrow(/without ':'/);
  await expect(startLocalLrs({ port: lrs.port })).rejects.toThrow(/already in use/);
});

test('measures start-up and posting 1,000 statements', async ({ request }) => {
  const activity = newActivity();
  const thousand = batch(activity, 1000);
  let started = performance.now();
  const one = await post(request, thousand);
  const oneBatchMs = performance.now() - started;
  expect(one.status()).toBe(200);

  const tens = batch(activity, 1000);
  started = performance.now();
  for (let i = 0; i < tens.length; i += 100) {
    expect((await post(request, tens.slice(i, i + 100))).status()).toBe(200);
  }
  const tenBatchesMs = performance.now() - started;
  expect(await lrs.statements({ activity, limit: 500 })).toHaveLength(2000);

  const report = `start ${startMs.toFixed(0)} ms; 1,000 statements: one batch ${oneBatchMs.toFixed(0)} ms, 10 × 100 ${tenBatchesMs.toFixed(0)} ms; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`;
  test.info().annotations.push({ type: 'local-lrs', description: report });
  console.log(`local LRS: ${report}`);
  // Generous: the machine is shared; this only catches a pathological slow-down.
  expect(oneBatchMs).toBeLessThan(20_000);
});
