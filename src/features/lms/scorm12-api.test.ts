// @vitest-environment jsdom
import { Scorm12API } from 'scorm-again';
import { afterEach, describe, expect, it } from 'vitest';
import {
  findScorm12Api,
  MAX_PARENT_HOPS,
  startScorm12Session,
  type ApiWindow,
} from './scorm12-api.ts';
import type { Scorm12Session } from './scorm12-session.ts';

/** What the LMS knows before launch: cmi.core and cmi.student_data values. */
interface Cmi {
  core?: Record<string, string>;
  student_data?: Record<string, string>;
}

/** The LMS side: scorm-again's SCORM 1.2 API, recording every value the SCO sets. */
function lms(cmi: Cmi = {}) {
  const api = new Scorm12API({ logLevel: 'NONE', autocommit: false, lmsCommitUrl: false });
  api.loadFromJSON(
    {
      core: {
        student_id: 'u-1042',
        student_name: 'Hollis, Megan',
        lesson_mode: 'normal',
        credit: 'credit',
        ...cmi.core,
      },
      ...(cmi.student_data === undefined ? {} : { student_data: cmi.student_data }),
    },
    '',
  );
  const received: string[] = [];
  api.on('LMSSetValue.cmi.*', (element: string, value: unknown) =>
    received.push(`${element}=${String(value)}`),
  );
  let commits = 0;
  api.on('LMSCommit', () => commits++);
  return { api, received, commits: () => commits };
}

let clock = 0;
const now = () => clock;
const events = new EventTarget();

afterEach(() => {
  clock = 0;
});

function start(api: unknown, passMark = 70): Scorm12Session {
  const started = startScorm12Session({ window: { API: api }, passMark, now, pageEvents: events });
  if (started?.ok !== true) throw new Error(`no session: ${JSON.stringify(started)}`);
  return started.session;
}

describe('a SCORM 1.2 session against scorm-again', () => {
  it('reads the learner and marks a first launch incomplete', () => {
    const { api, received, commits } = lms();
    const session = start(api);
    expect(session.learner).toEqual({
      id: 'u-1042',
      name: 'Hollis, Megan',
      displayName: 'Megan Hollis',
    });
    expect(session.statusAtStart).toBe('not attempted');
    expect(session.recordsResults).toBe(true);
    expect(received).toEqual(['cmi.core.lesson_status=incomplete']);
    expect(commits()).toBe(1);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(session.problems).toEqual([]);
  });

  it('sends passed with the score, session time and a normal exit', () => {
    const { api, received } = lms();
    const session = start(api);
    clock = 754_320;
    const report = session.report({ ended: true, score: 85 });
    expect(report).toEqual({
      recorded: [
        'cmi.core.score.min=0',
        'cmi.core.score.max=100',
        'cmi.core.score.raw=85',
        'cmi.core.lesson_status=passed',
      ],
      passed: true,
      problems: [],
    });
    expect(session.finish().problems).toEqual([]);
    expect(received).toEqual([
      'cmi.core.lesson_status=incomplete',
      'cmi.core.score.min=0',
      'cmi.core.score.max=100',
      'cmi.core.score.raw=85',
      'cmi.core.lesson_status=passed',
      'cmi.core.session_time=0000:12:34.32',
      'cmi.core.exit=',
    ]);
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(api.cmi.core.score.raw).toBe('85');
    expect(api.isTerminated()).toBe(true);
  });

  it('sends failed below the mastery score', () => {
    const { api } = lms();
    const session = start(api);
    expect(session.report({ ended: true, score: 69 }).passed).toBe(false);
    session.finish();
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(api.cmi.core.score.raw).toBe('69');
  });

  it("judges against the LMS's mastery score, not the scenario's, when it sends one", () => {
    const { api } = lms({ student_data: { mastery_score: '90' } });
    const session = start(api, 70);
    expect(session.masteryScore).toBe(90);
    expect(session.report({ ended: true, score: 85 }).passed).toBe(false);
    expect(api.cmi.core.lesson_status).toBe('failed');
  });

  it('leaves an abandoned attempt incomplete and unscored, and still finishes', () => {
    const { api, received } = lms();
    const session = start(api);
    clock = 30_000;
    expect(session.report({ ended: false, score: 40 })).toEqual({ recorded: [], problems: [] });
    session.finish();
    expect(received).toEqual([
      'cmi.core.lesson_status=incomplete',
      'cmi.core.session_time=0000:00:30.00',
      'cmi.core.exit=',
    ]);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
    expect(api.cmi.core.score.raw).toBe('');
    expect(api.isTerminated()).toBe(true);
  });

  it('finishes by itself when the page goes away, once', () => {
    const { api, received } = lms();
    start(api);
    clock = 5_000;
    events.dispatchEvent(new Event('pagehide'));
    events.dispatchEvent(new Event('pagehide'));
    expect(api.isTerminated()).toBe(true);
    expect(received.filter((r) => r.startsWith('cmi.core.session_time'))).toEqual([
      'cmi.core.session_time=0000:00:05.00',
    ]);
  });

  it('marks an ended but unassessed conversation completed', () => {
    const { api } = lms();
    start(api).report({ ended: true, score: null });
    expect(api.cmi.core.lesson_status).toBe('completed');
  });

  it('does not let a weaker retry undo an earlier pass', () => {
    const { api, received } = lms({ core: { lesson_status: 'passed' } });
    const session = start(api);
    expect(session.statusAtStart).toBe('passed');
    expect(session.report({ ended: true, score: 20 })).toEqual({
      recorded: [],
      passed: false,
      problems: [],
    });
    session.finish();
    expect(api.cmi.core.lesson_status).toBe('passed');
    expect(received).toEqual(['cmi.core.session_time=0000:00:00.00', 'cmi.core.exit=']);
  });

  it('records nothing in review mode', () => {
    const { api, received } = lms({ core: { lesson_mode: 'review', lesson_status: 'failed' } });
    const session = start(api);
    expect(session.recordsResults).toBe(false);
    expect(session.report({ ended: true, score: 99 })).toEqual({ recorded: [], problems: [] });
    expect(api.cmi.core.lesson_status).toBe('failed');
    expect(received).toEqual([]);
  });

  it('marks a first browse-mode launch browsed and judges nothing', () => {
    const { api } = lms({ core: { lesson_mode: 'browse' } });
    const session = start(api);
    session.report({ ended: true, score: 99 });
    expect(api.cmi.core.lesson_status).toBe('browsed');
  });

  it('treats a normal launch after a browse as the first real one', () => {
    const { api } = lms({ core: { lesson_status: 'browsed' } });
    start(api);
    expect(api.cmi.core.lesson_status).toBe('incomplete');
  });

  it('judges on the score as sent (rounded to two decimals)', () => {
    const { api } = lms();
    const session = start(api, 70);
    const report = session.report({ ended: true, score: 69.996 });
    expect(report.passed).toBe(true);
    expect(api.cmi.core.score.raw).toBe('70');
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it("surfaces the LMS's own error text when it refuses a value", () => {
    const { api } = lms();
    // Some 1.2 LMSs take only whole numbers for score.raw: refuse a decimal the way scorm-again reports errors.
    const setValue = api.LMSSetValue.bind(api);
    api.LMSSetValue = (element: string, value: unknown) => {
      if (element === 'cmi.core.score.raw' && String(value).includes('.')) {
        api.throwSCORMError(element, 405, 'whole numbers only');
        return 'false';
      }
      return setValue(element, value);
    };
    const session = start(api);
    const report = session.report({ ended: true, score: 85.5 });
    expect(report.problems).toEqual([
      'LMSSetValue("cmi.core.score.raw", "85.5") failed: LMS error 405 Incorrect Data Type (whole numbers only)',
    ]);
    expect(report.recorded).toContain('cmi.core.lesson_status=passed');
    expect(session.problems).toEqual(report.problems);
  });

  it('says so when the app reports after finishing', () => {
    const { api } = lms();
    const session = start(api);
    session.finish();
    expect(session.report({ ended: true, score: 80 }).problems).toEqual([
      'the SCORM session is already finished; nothing more reaches the LMS',
    ]);
    expect(session.saveSuspendData('x'.repeat(5000)).problems).toEqual([
      'the SCORM session is already finished; nothing more reaches the LMS',
    ]);
  });

  it('refuses suspend data longer than SCORM 1.2 keeps', () => {
    const { api } = lms();
    expect(start(api).saveSuspendData('x'.repeat(4097)).problems).toEqual([
      'suspend data is 4097 characters; SCORM 1.2 keeps at most 4096',
    ]);
  });

  it('refuses a nonsense result and a second result', () => {
    const { api } = lms();
    const session = start(api);
    expect(session.report({ ended: true, score: 140 }).problems).toEqual([
      'result.score must be a number from 0 to 100 or null, not 140',
    ]);
    session.report({ ended: true, score: 80 });
    expect(session.report({ ended: true, score: 10 }).problems).toEqual([
      'a result was already reported in this session',
    ]);
    expect(api.cmi.core.lesson_status).toBe('passed');
  });

  it('records interactions and suspend data where SCORM 1.2 allows them', () => {
    const { api, received } = lms();
    const session = start(api);
    const first = session.recordInteraction({
      id: 'turn 1/asks',
      response: 'check_and_confirm',
      result: 'correct',
      latencyMs: 12_300,
      at: new Date(2026, 0, 1, 9, 5, 7),
    });
    expect(first.problems).toEqual([]);
    session.recordInteraction({ id: 'turn-2', response: 'point_to_faq', result: 0.25 });
    expect(session.saveSuspendData('{"turn":2}').problems).toEqual([]);
    expect(received.slice(1)).toEqual([
      'cmi.interactions.0.id=turn_1_asks',
      'cmi.interactions.0.type=performance',
      'cmi.interactions.0.student_response=check_and_confirm',
      'cmi.interactions.0.result=correct',
      'cmi.interactions.0.latency=0000:00:12.30',
      'cmi.interactions.0.time=09:05:07',
      'cmi.interactions.1.id=turn-2',
      'cmi.interactions.1.type=performance',
      'cmi.interactions.1.student_response=point_to_faq',
      'cmi.interactions.1.result=0.25',
      expect.stringMatching(/^cmi\.interactions\.1\.time=\d\d:\d\d:\d\d$/) as string,
      'cmi.suspend_data={"turn":2}',
    ]);
    expect(api.cmi.interactions.childArray).toHaveLength(2);
    expect(api.cmi.suspend_data).toBe('{"turn":2}');
  });

  it('says why when the LMS refuses to initialise', () => {
    const { api } = lms();
    api.LMSInitialize('');
    const started = startScorm12Session({
      window: { API: api },
      passMark: 70,
      now,
      pageEvents: null,
    });
    expect(started).toEqual({
      ok: false,
      message: expect.stringMatching(/^LMSInitialize\(""\) failed: LMS error 101 /) as string,
    });
  });

  it('plays standalone without an API', () => {
    expect(startScorm12Session({ window: {}, passMark: 70 })).toBeUndefined();
  });
});

describe('findScorm12Api', () => {
  it('finds the API of the LMS page three frames up (real nested iframes)', () => {
    const { api } = lms();
    const frames: Window[] = [];
    let document_ = document;
    for (let depth = 0; depth < 3; depth++) {
      const iframe = document_.createElement('iframe');
      document_.body.append(iframe);
      frames.push(iframe.contentWindow!);
      document_ = iframe.contentWindow!.document;
    }
    // The page's own window, as its frames see it (the test's global is a copy of it).
    const lmsPage = frames[0]!.parent as unknown as ApiWindow;
    lmsPage.API = api;
    try {
      const sco = frames[2]!;
      expect(sco.parent.parent.parent).toBe(lmsPage);
      expect(findScorm12Api(sco)).toBe(api);
      expect(startScorm12Session({ window: sco, passMark: 70, pageEvents: null })?.ok).toBe(true);
      expect(api.isInitialized()).toBe(true);
    } finally {
      delete lmsPage.API;
      document.body.replaceChildren();
    }
  });

  function chain(levels: number, api: unknown): ApiWindow {
    const top: ApiWindow = { API: api };
    top.parent = top;
    let current = top;
    for (let i = 0; i < levels; i++) current = { parent: current };
    return current;
  }

  it(`goes at most ${MAX_PARENT_HOPS} parents up, as ADL's algorithm does`, () => {
    const { api } = lms();
    expect(findScorm12Api(chain(MAX_PARENT_HOPS, api))).toBe(api);
    expect(findScorm12Api(chain(MAX_PARENT_HOPS + 1, api))).toBeUndefined();
  });

  it('then looks in the opener and its parents', () => {
    const { api } = lms();
    expect(findScorm12Api({ parent: null, opener: chain(2, api) })).toBe(api);
  });

  it('ignores an API-like object that lacks the functions, and frames it may not read', () => {
    expect(findScorm12Api({ API: { LMSInitialize: () => 'true' } })).toBeUndefined();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    const { api } = lms();
    expect(findScorm12Api({ parent: foreign, opener: { API: api } })).toBe(api);
  });
});
