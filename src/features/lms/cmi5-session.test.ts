// @vitest-environment jsdom
// @xapi/cmi5 talks through XMLHttpRequest (axios); jsdom's is real HTTP with CORS checks, so the
// fake LRS below is a real server, and the page-hide Terminated goes out through fetch.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Statement } from '@xapi/xapi';
import validateStatement from 'xapi-validation';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';
import { MOVE_ON_VALUES, type MoveOn } from './cmi5-move-on.ts';
import {
  OUTCOME_STATE_ID,
  startCmi5Session,
  type Cmi5Session,
  type StartCmi5Options,
} from './cmi5-session.ts';

const TOKEN = 'QWxhZGRpbjpvcGVuIHNlc2FtZQ==';
const SESSION_ID = 'session-7f3a';
const PUBLISHER_ID = 'https://extra-mile.app/xapi/activities/scenario/into-the-email-void';
const SESSION_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';
const MASTERY_EXT = 'https://w3id.org/xapi/cmi5/context/extensions/masteryscore';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const REGISTRATION = '760e3480-ba55-4991-94b0-01820dbd23a2';
const ACTIVITY = 'https://lms.example.com/au/4c07';

/** A cmi5 LMS's LRS: hands out one token, serves LMS.LaunchData, validates and keeps statements. */
class FakeLrs {
  server: Server;
  base = '';
  statements: Statement[] = [];
  refused: string[] = [];
  tokenCalls = 0;
  states = new Map<string, string>();
  launchData: Record<string, unknown> = {};
  /** The verb of the next statement to answer with a 503, once. */
  failNext: string | undefined;

  constructor() {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => this.handle(req, res, body));
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  launch(): Cmi5LaunchParams {
    return {
      endpoint: `${this.base}/xapi/`,
      fetch: `${this.base}/fetch?k=2390289x0`,
      actor: {
        objectType: 'Agent',
        account: { homePage: 'https://lms.example.com', name: '1625378' },
        name: 'Megan Hollis',
      },
      registration: REGISTRATION,
      activityId: ACTIVITY,
    };
  }

  verbs(): string[] {
    return this.statements.map((s) => s.verb.id.slice(s.verb.id.lastIndexOf('/') + 1));
  }

  statement(verb: string): Statement {
    const found = this.statements.find((s) => s.verb.id.endsWith(`/${verb}`));
    if (found === undefined)
      throw new Error(`no ${verb} statement; got ${this.verbs().join(', ')}`);
    return found;
  }

  /** Resolves once `count` statements arrived (the page-hide one is not awaited by anyone). */
  async waitFor(count: number): Promise<void> {
    const deadline = Date.now() + 3000;
    while (this.statements.length < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'Authorization, Content-Type, X-Experience-API-Version, Accept',
    );
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, OPTIONS');
    const url = new URL(req.url ?? '/', this.base);
    const json = (status: number, value: unknown) => {
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(value));
    };
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (url.pathname === '/fetch') {
      if (req.method !== 'POST') return json(405, { message: 'POST only' });
      this.tokenCalls++;
      return this.tokenCalls === 1
        ? json(200, { 'auth-token': TOKEN })
        : json(200, {
            'error-code': '1',
            'error-text': 'The authorization token has already been returned.',
          });
    }
    if (req.headers.authorization !== `Basic ${TOKEN}`) return json(401, { message: 'bad token' });
    if (req.headers['x-experience-api-version'] === undefined)
      return json(400, { message: 'no version header' });
    if (url.pathname === '/xapi/activities/state') {
      const stateId = url.searchParams.get('stateId') ?? '';
      const agent = JSON.parse(url.searchParams.get('agent') ?? 'null') as {
        account?: { name?: string };
      } | null;
      if (
        agent?.account?.name !== '1625378' ||
        url.searchParams.get('registration') !== REGISTRATION ||
        url.searchParams.get('activityId') !== ACTIVITY
      ) {
        return json(400, { message: 'state request for someone else' });
      }
      if (stateId === 'LMS.LaunchData') {
        if (req.method !== 'GET')
          return json(403, { message: 'the AU must not change LMS.LaunchData' });
        return Object.keys(this.launchData).length === 0
          ? json(404, { message: 'no launch data' })
          : json(200, this.launchData);
      }
      if (req.method === 'GET') {
        const doc = this.states.get(stateId);
        return doc === undefined ? json(404, { message: 'none' }) : json(200, JSON.parse(doc));
      }
      this.states.set(stateId, body);
      return void res.writeHead(204).end();
    }
    if (url.pathname === '/xapi/agents/profile') return json(404, { message: 'no preferences' });
    if (url.pathname === '/xapi/statements' && req.method === 'POST') {
      const statement = JSON.parse(body) as Statement;
      const warnings = validateStatement(statement);
      if (warnings.length > 0) {
        this.refused.push(JSON.stringify(warnings));
        return json(400, { message: 'invalid statement' });
      }
      if (this.failNext !== undefined && statement.verb.id.endsWith(`/${this.failNext}`)) {
        this.failNext = undefined;
        return json(503, { message: 'try again later' });
      }
      // Like an LMS: nothing is recorded for a session after its Terminated.
      if (this.verbs().includes('terminated')) {
        this.refused.push(`after terminated: ${statement.verb.id}`);
        return json(403, { message: 'session terminated' });
      }
      this.statements.push(statement);
      return json(200, [statement.id]);
    }
    json(404, { message: `no route ${req.method} ${url.pathname}` });
  }
}

let lrs: FakeLrs;
let storage: Storage;
let page: EventTarget;
let visited: string[];

beforeEach(async () => {
  lrs = new FakeLrs();
  await lrs.listen();
  storage = window.sessionStorage;
  storage.clear();
  page = new EventTarget();
  visited = [];
});

afterEach(async () => {
  await new Promise((resolve) => lrs.server.close(resolve));
});

function launchData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contextTemplate: {
      contextActivities: { grouping: [{ objectType: 'Activity', id: PUBLISHER_ID }] },
      extensions: { [SESSION_EXT]: SESSION_ID },
    },
    launchMode: 'Normal',
    moveOn: 'Passed',
    masteryScore: 0.7,
    returnURL: 'https://lms.example.com/course/12',
    ...overrides,
  };
}

async function start(overrides: Partial<StartCmi5Options> = {}): Promise<Cmi5Session> {
  const started = await startCmi5Session({
    launch: lrs.launch(),
    passMark: 70,
    storage,
    pageEvents: page,
    navigate: (url) => visited.push(url),
    ...overrides,
  });
  if (!started.ok) throw new Error(started.message);
  return started.session;
}

function categories(statement: Statement): string[] {
  return (statement.context?.contextActivities?.category ?? []).map((c) => c.id);
}

describe('a cmi5 session against a fake LRS', () => {
  it('(the fake LRS really validates: it refuses a statement without an actor it can identify)', async () => {
    const response = await fetch(`${lrs.base}/xapi/statements`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${TOKEN}`,
        'X-Experience-API-Version': '1.0.3',
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({
        actor: { objectType: 'Agent' },
        verb: { id: 'http://adlnet.gov/expapi/verbs/initialized' },
        object: { id: ACTIVITY },
      }),
    });
    expect(response.status).toBe(400);
    expect(lrs.refused).toHaveLength(1);
  });

  it('moveOn Passed, a pass: Initialized, Passed with the score, Completed, Terminated, then the returnURL', async () => {
    lrs.launchData = launchData();
    const session = await start();
    expect(session).toMatchObject({
      launchMode: 'Normal',
      moveOn: 'Passed',
      masteryScore: 0.7,
      learnerName: 'Megan Hollis',
      satisfied: false,
    });
    const report = await session.report({ ended: true, score: 85 });
    expect(report).toEqual({
      sent: ['passed', 'completed'],
      passed: true,
      satisfied: true,
      notes: [],
      problems: [],
    });
    const end = await session.terminate();
    expect(end.sent).toEqual(['terminated']);
    expect(visited).toEqual(['https://lms.example.com/course/12']);
    expect(lrs.verbs()).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    expect(lrs.refused).toEqual([]);
    expect(lrs.tokenCalls).toBe(1);

    for (const statement of lrs.statements) {
      expect(statement.actor).toEqual(lrs.launch().actor);
      expect(statement.object).toMatchObject({ id: ACTIVITY });
      expect(statement.context?.registration).toBe(REGISTRATION);
      expect(statement.context?.extensions?.[SESSION_EXT]).toBe(SESSION_ID);
      expect(statement.context?.contextActivities?.grouping).toEqual([
        { objectType: 'Activity', id: PUBLISHER_ID },
      ]);
      expect(categories(statement)).toContain(CMI5);
    }
    const passed = lrs.statement('passed');
    expect(passed.result).toMatchObject({
      success: true,
      score: { scaled: 0.85, raw: 85, min: 0, max: 100 },
    });
    expect(passed.result?.duration).toMatch(/^PT[\d.]+S$/);
    expect(passed.context?.extensions?.[MASTERY_EXT]).toBe(0.7);
    expect(categories(passed)).toEqual([CMI5, MOVEON]);
    const completed = lrs.statement('completed');
    expect(completed.result?.completion).toBe(true);
    expect(completed.result).not.toHaveProperty('score');
    expect(completed.result).not.toHaveProperty('success');
    expect(categories(completed)).toEqual([CMI5, MOVEON]);
    expect(categories(lrs.statement('initialized'))).toEqual([CMI5]);
    expect(lrs.statement('initialized')).not.toHaveProperty('result');
    expect(lrs.statement('terminated').result?.duration).toMatch(/^PT/);
    expect(categories(lrs.statement('terminated'))).toEqual([CMI5]);
    expect(JSON.parse(lrs.states.get(OUTCOME_STATE_ID) ?? '{}')).toEqual({
      completed: true,
      passed: true,
    });
  });

  it('moveOn Passed, a fail: Failed below the mastery score, Completed, not satisfied', async () => {
    lrs.launchData = launchData();
    const session = await start();
    const report = await session.report({ ended: true, score: 40 });
    expect(report).toMatchObject({
      sent: ['failed', 'completed'],
      passed: false,
      satisfied: false,
    });
    await session.terminate();
    expect(lrs.verbs()).toEqual(['initialized', 'failed', 'completed', 'terminated']);
    const failed = lrs.statement('failed');
    expect(failed.result).toMatchObject({ success: false, score: { scaled: 0.4, raw: 40 } });
    expect(failed.context?.extensions?.[MASTERY_EXT]).toBe(0.7);
    expect(JSON.parse(lrs.states.get(OUTCOME_STATE_ID) ?? '{}')).toEqual({
      completed: true,
      passed: false,
    });
  });

  const SATISFIED: Record<MoveOn, { pass: boolean; fail: boolean; before: boolean }> = {
    Passed: { pass: true, fail: false, before: false },
    Completed: { pass: true, fail: true, before: false },
    CompletedAndPassed: { pass: true, fail: false, before: false },
    CompletedOrPassed: { pass: true, fail: true, before: false },
    NotApplicable: { pass: true, fail: true, before: true },
  };

  for (const moveOn of MOVE_ON_VALUES) {
    it(`moveOn ${moveOn}: the LMS hears what happened and is satisfied when moveOn says so`, async () => {
      for (const [score, verb, key] of [
        [90, 'passed', 'pass'],
        [50, 'failed', 'fail'],
      ] as const) {
        lrs.statements = [];
        lrs.states.clear();
        lrs.tokenCalls = 0;
        storage.clear();
        lrs.launchData = launchData({ moveOn });
        const session = await start();
        expect(session.satisfied).toBe(SATISFIED[moveOn].before);
        const report = await session.report({ ended: true, score });
        expect(report.sent).toEqual([verb, 'completed']);
        expect(report.satisfied).toBe(SATISFIED[moveOn][key]);
        await session.terminate();
        expect(lrs.verbs()).toEqual(['initialized', verb, 'completed', 'terminated']);
        for (const statement of lrs.statements) {
          expect(statement.context?.registration).toBe(REGISTRATION);
          expect(statement.context?.extensions?.[SESSION_EXT]).toBe(SESSION_ID);
          expect(categories(statement)[0]).toBe(CMI5);
        }
      }
    });
  }

  for (const launchMode of ['Browse', 'Review'] as const) {
    it(`${launchMode} mode: only Initialized and Terminated, whatever the result`, async () => {
      lrs.launchData = launchData({ launchMode });
      const session = await start();
      expect(session.recordsResults).toBe(false);
      const report = await session.report({ ended: true, score: 95 });
      expect(report).toEqual({
        sent: [],
        satisfied: false,
        notes: [`launchMode is ${launchMode}: cmi5 records no completion or result`],
        problems: [],
      });
      await session.terminate();
      expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
      expect(lrs.refused).toEqual([]);
    });
  }

  it('abandoned: leaving the page sends Terminated with keepalive, once, and nothing after it', async () => {
    lrs.launchData = launchData();
    let keepalive: boolean | undefined;
    const session = await start({
      fetch: (input, init) => {
        keepalive = init?.keepalive;
        return fetch(input, init);
      },
    });
    page.dispatchEvent(new Event('pagehide'));
    page.dispatchEvent(new Event('pagehide'));
    await lrs.waitFor(2);
    expect(keepalive).toBe(true);
    expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
    expect(lrs.statement('terminated').result?.duration).toMatch(/^PT[\d.]+S$/);
    expect(session.terminated).toBe(true);
    expect((await session.report({ ended: true, score: 90 })).problems).toEqual([
      'the cmi5 session has ended; nothing more reaches the LMS',
    ]);
    expect((await session.terminate()).notes).toEqual(['Terminated was already sent']);
    expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
    expect(visited).toEqual([]);
  });

  it('a conversation left before its ending sends neither Completed nor a verdict', async () => {
    lrs.launchData = launchData();
    const session = await start();
    expect(await session.report({ ended: false, score: 80 })).toEqual({
      sent: [],
      satisfied: false,
      notes: ['the conversation did not reach an ending'],
      problems: [],
    });
    await session.terminate();
    expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
  });

  it('keeps Terminated last even when the app does not wait for the report', async () => {
    lrs.launchData = launchData();
    const session = await start();
    const reported = session.report({ ended: true, score: 75 });
    const ended = session.terminate();
    await Promise.all([reported, ended]);
    expect(lrs.verbs()).toEqual(['initialized', 'passed', 'completed', 'terminated']);
  });

  it('never sends a second Passed, nor a Failed after a Passed, in the same registration', async () => {
    lrs.launchData = launchData();
    lrs.states.set(OUTCOME_STATE_ID, JSON.stringify({ completed: true, passed: true }));
    const session = await start();
    expect(session.satisfied).toBe(true);
    const report = await session.report({ ended: true, score: 30 });
    expect(report).toEqual({
      sent: [],
      satisfied: true,
      notes: [
        'Passed is already recorded for this registration, and a Failed must not follow it',
        'Completed is already recorded for this registration',
      ],
      problems: [],
    });
    await session.terminate();
    expect(lrs.verbs()).toEqual(['initialized', 'terminated']);
  });

  it("judges against the scenario's pass mark when the LMS gives no masteryScore, without the extension", async () => {
    lrs.launchData = launchData({ masteryScore: undefined });
    const session = await start({ passMark: 80 });
    expect(session.masteryScore).toBe(0.8);
    expect((await session.report({ ended: true, score: 75 })).sent).toEqual([
      'failed',
      'completed',
    ]);
    expect(lrs.statement('failed').context?.extensions).not.toHaveProperty(MASTERY_EXT);
  });

  it('carries a masteryScore of 0 on the verdict too', async () => {
    lrs.launchData = launchData({ masteryScore: 0 });
    const session = await start();
    await session.report({ ended: true, score: 0 });
    expect(lrs.statement('passed').context?.extensions?.[MASTERY_EXT]).toBe(0);
  });

  it('survives a reload: the same token, no second Initialized, the result still reported once', async () => {
    lrs.launchData = launchData();
    await start();
    const reloaded = await start();
    expect(lrs.tokenCalls).toBe(1);
    await reloaded.report({ ended: true, score: 90 });
    await reloaded.terminate();
    expect(lrs.verbs()).toEqual(['initialized', 'passed', 'completed', 'terminated']);
    const again = await startCmi5Session({
      launch: lrs.launch(),
      passMark: 70,
      storage,
      pageEvents: null,
      navigate: null,
    });
    expect(again).toEqual({
      ok: false,
      message:
        'this cmi5 session has already ended (Terminated was sent); start the scenario again from the LMS',
    });
  });

  it('says the launch link was used when the fetch URL refuses a second token', async () => {
    lrs.launchData = launchData();
    await start();
    storage.clear();
    expect(
      await startCmi5Session({ launch: lrs.launch(), passMark: 70, storage, pageEvents: null }),
    ).toEqual({
      ok: false,
      message:
        'fetch: the LMS refused the token, error-code 1: The authorization token has already been returned. (this launch link was already used or has expired; start the scenario again from the LMS)',
    });
  });

  it('names the request that failed when LMS.LaunchData is missing', async () => {
    const started = await startCmi5Session({
      launch: lrs.launch(),
      passMark: 70,
      storage,
      pageEvents: null,
    });
    expect(started).toEqual({
      ok: false,
      message: `LMS.LaunchData could not be read: the LRS answered 404 to GET ${lrs.base}/xapi/activities/state: no launch data`,
    });
    expect(lrs.statements).toEqual([]);
  });

  it('names the field when LMS.LaunchData is malformed', async () => {
    lrs.launchData = launchData({ launchMode: 'normal' });
    expect(
      await startCmi5Session({ launch: lrs.launch(), passMark: 70, storage, pageEvents: null }),
    ).toEqual({
      ok: false,
      message: 'LMS.LaunchData: launchMode "normal" is not Normal, Browse or Review',
    });
  });

  it('says when the token URL cannot be reached', async () => {
    const launch = { ...lrs.launch(), fetch: 'http://127.0.0.1:1/fetch' };
    const started = await startCmi5Session({ launch, passMark: 70, storage, pageEvents: null });
    expect(started.ok).toBe(false);
    expect(!started.ok && started.message).toMatch(/^fetch: the LMS's token URL did not answer \(/);
  });

  it('lets the app retry a report that did not fully reach the LRS, without repeating what did', async () => {
    lrs.launchData = launchData();
    const session = await start();
    lrs.failNext = 'completed';
    const first = await session.report({ ended: true, score: 88 });
    expect(first.sent).toEqual(['passed']);
    expect(first.problems).toEqual([
      `Completed was not recorded: the LRS answered 503 to POST ${lrs.base}/xapi/statements: try again later`,
    ]);
    expect(first.satisfied).toBe(true);
    const retry = await session.report({ ended: true, score: 88 });
    expect(retry).toMatchObject({ sent: ['completed'], problems: [] });
    expect(lrs.verbs()).toEqual(['initialized', 'passed', 'completed']);
  });

  it('sends Initialized on the reload after a start that stopped at LMS.LaunchData', async () => {
    const failed = await startCmi5Session({
      launch: lrs.launch(),
      passMark: 70,
      storage,
      pageEvents: null,
    });
    expect(failed.ok).toBe(false);
    lrs.launchData = launchData();
    await start();
    expect(lrs.tokenCalls).toBe(1);
    expect(lrs.verbs()).toEqual(['initialized']);
  });

  it('refuses a nonsense result and a second result', async () => {
    lrs.launchData = launchData();
    const session = await start();
    expect((await session.report({ ended: true, score: 101 })).problems).toEqual([
      'result.score must be a number from 0 to 100 or null, not 101',
    ]);
    await session.report({ ended: true, score: 71 });
    expect((await session.report({ ended: true, score: 71 })).problems).toEqual([
      'a result was already reported in this session',
    ]);
    expect(lrs.verbs()).toEqual(['initialized', 'passed', 'completed']);
  });
});
