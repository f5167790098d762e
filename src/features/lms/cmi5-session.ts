import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import type { Statement } from '@xapi/xapi';
import { fetchAuthToken } from './cmi5-auth-token.ts';
import { describeHttpError } from './cmi5-http-error.ts';
import { checkLaunchData, type Cmi5LaunchData } from './cmi5-launch-data.ts';
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';
import { isSatisfied, type MoveOn, type RecordedOutcome } from './cmi5-move-on.ts';
import { cmi5SessionStore, type StoredCmi5Session } from './cmi5-session-store.ts';
import { cmi5Statement, MASTERY_SCORE_EXTENSION, type Cmi5Verb } from './cmi5-statements.ts';
import { planCmi5Result, type LaunchMode } from './cmi5-verdict.ts';
import { errorText, resultProblem, type LmsResult } from './lms-result.ts';

/** The state document where the AU remembers what the registration already holds. */
export const OUTCOME_STATE_ID = 'https://extra-mile.app/xapi/state/outcome';

/** Options of {@link startCmi5Session}. */
export interface StartCmi5Options {
  /** The checked launch parameters (parseCmi5Launch). */
  launch: Cmi5LaunchParams;
  /** The scenario's pass mark 0..100, used when LMS.LaunchData has no masteryScore. */
  passMark: number;
  /** Where the session is remembered across reloads; sessionStorage by default, null for nowhere. */
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** What fires `pagehide`; the window by default, null for none. */
  pageEvents?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Goes to the LMS's returnURL after Terminated; `location.assign` by default, null to stay. */
  navigate?: ((url: string) => void) | null;
  /** HTTP for the token and the page-hide Terminated; the global fetch by default. */
  fetch?: typeof fetch;
  /** Clock. */
  now?: () => Date;
}

/** What a call on the session sent. */
export interface Cmi5Report {
  /** Verbs sent, in order. */
  sent: Cmi5Verb[];
  /** The verdict, when a score was judged. */
  passed?: boolean;
  /** Whether the LMS now counts the AU as satisfied under its moveOn. */
  satisfied: boolean;
  /** Why something was deliberately not sent (already recorded, not Normal mode…). */
  notes: string[];
  /** What went wrong, in sentences; empty when everything reached the LRS. */
  problems: string[];
}

/** A running cmi5 session: report the result once, then terminate (page hide terminates too). */
export interface Cmi5Session {
  /** Which standard. */
  readonly kind: 'cmi5';
  /** The learner's name for display (the actor's name, else the account name). */
  readonly learnerName: string;
  /** The launch. */
  readonly launch: Cmi5LaunchParams;
  /** Normal, Browse or Review. */
  readonly launchMode: LaunchMode;
  /** Only Normal mode records completion and results; in Browse and Review the app plays without judgement. */
  readonly recordsResults: boolean;
  /** The LMS's moveOn. */
  readonly moveOn: MoveOn;
  /** The scaled pass mark results are judged against (the LMS's masteryScore, else the scenario's). */
  readonly masteryScore: number;
  /** Where the LMS wants the learner after the session, if anywhere. */
  readonly returnUrl: string | undefined;
  /** Whether the LMS counts the AU as satisfied so far. */
  readonly satisfied: boolean;
  /** Terminated was sent: nothing more reaches the LMS. */
  readonly terminated: boolean;
  /** Sends Passed/Failed and Completed as the result calls for. */
  report(result: LmsResult): Promise<Cmi5Report>;
  /** Sends Terminated (last), then goes to the returnURL if the LMS gave one. */
  terminate(): Promise<Cmi5Report>;
}

/** A started session, or why it could not start. */
export type Cmi5Start = { ok: true; session: Cmi5Session } | { ok: false; message: string };

type Cmi5Client = InstanceType<typeof Cmi5>;

async function readOutcome(cmi5: Cmi5Client, launch: Cmi5LaunchParams): Promise<RecordedOutcome> {
  try {
    const response = await cmi5.xapi?.getState({
      agent: launch.actor,
      activityId: launch.activityId,
      registration: launch.registration,
      stateId: OUTCOME_STATE_ID,
    });
    const data: unknown = response?.data;
    const fields =
      typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    return { completed: fields.completed === true, passed: fields.passed === true };
  } catch {
    // 404 for a first launch; for any other failure the session still works, it just cannot
    // know about earlier sessions of the registration.
    return { completed: false, passed: false };
  }
}

/**
 * Starts a cmi5 session: the auth token from the fetch URL (or the one this tab already
 * holds after a reload), LMS.LaunchData, Initialized, and what the registration already
 * holds. Every failure is a sentence naming the step and what the LMS or LRS answered.
 */
export async function startCmi5Session(options: StartCmi5Options): Promise<Cmi5Start> {
  try {
    return await start(options);
  } catch (error) {
    return { ok: false, message: `the cmi5 session could not start: ${errorText(error)}` };
  }
}

/** The tab's sessionStorage, or null where reading it throws (sandboxed frames, strict privacy settings). */
function tabStorage(browser: Window | undefined): Storage | null {
  try {
    return browser?.sessionStorage ?? null;
  } catch {
    return null;
  }
}

async function start(options: StartCmi5Options): Promise<Cmi5Start> {
  const { launch } = options;
  const now = options.now ?? (() => new Date());
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const browser = typeof window === 'undefined' ? undefined : window;
  const storage = options.storage === undefined ? tabStorage(browser) : options.storage;
  const pageEvents = options.pageEvents === undefined ? (browser ?? null) : options.pageEvents;
  const navigate =
    options.navigate === undefined
      ? (url: string) => browser?.location.assign(url)
      : options.navigate;
  const store = cmi5SessionStore(storage, launch.registration, launch.activityId, launch.fetch);

  let stored = store.load();
  if (stored?.terminated === true) {
    return {
      ok: false,
      message:
        'this cmi5 session has already ended (Terminated was sent); start the scenario again from the LMS',
    };
  }
  if (stored === undefined) {
    const token = await fetchAuthToken(launch.fetch, fetchImpl);
    if ('problem' in token) return { ok: false, message: token.problem };
    stored = {
      authToken: token.token,
      initializedAt: now().toISOString(),
      sent: [],
      reported: false,
      terminated: false,
    };
    store.save(stored);
  }
  const session: StoredCmi5Session = stored;

  let cmi5: Cmi5Client;
  try {
    cmi5 = new Cmi5(launch);
    await cmi5.initialize({
      authToken: session.authToken,
      initializedDate: new Date(session.initializedAt),
    });
  } catch (error) {
    return { ok: false, message: describeHttpError('LMS.LaunchData could not be read', error) };
  }
  const checked = checkLaunchData(cmi5.getLaunchData());
  if ('problem' in checked) return { ok: false, message: checked.problem };
  const launchData: Cmi5LaunchData = checked.value;
  const context = { params: launch, contextTemplate: launchData.contextTemplate };

  // A reload resumes the session: Initialized is sent once, whenever the first start got that far.
  if (!session.sent.includes('initialized')) {
    try {
      await cmi5.sendXapiStatement(cmi5Statement(context, 'initialized', now()));
    } catch (error) {
      return {
        ok: false,
        message: describeHttpError('the Initialized statement was refused', error),
      };
    }
    session.sent.push('initialized');
    store.save(session);
  }
  const recorded = await readOutcome(cmi5, launch);
  const masteryScore = launchData.masteryScore ?? options.passMark / 100;
  const recordsResults = launchData.launchMode === 'Normal';

  // Statements leave in order: Terminated must be the session's last.
  let queue: Promise<unknown> = Promise.resolve();
  const inOrder = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };
  const outcome = (out: Omit<Cmi5Report, 'satisfied'>): Cmi5Report => ({
    ...out,
    satisfied: isSatisfied(launchData.moveOn, recorded),
  });

  async function send(
    verb: Cmi5Verb,
    out: Omit<Cmi5Report, 'satisfied'>,
    go: () => Promise<unknown>,
  ): Promise<boolean> {
    try {
      await go();
      out.sent.push(verb);
      session.sent.push(verb);
      store.save(session);
      return true;
    } catch (error) {
      out.problems.push(
        describeHttpError(
          `${verb[0]?.toUpperCase() ?? ''}${verb.slice(1)} was not recorded`,
          error,
        ),
      );
      return false;
    }
  }

  // Passed and Failed carry the LMS's masteryScore whenever it judged them, 0 included.
  const withMastery = (statement: Statement): Statement =>
    launchData.masteryScore === undefined
      ? statement
      : {
          ...statement,
          context: {
            ...statement.context,
            extensions: {
              ...statement.context?.extensions,
              [MASTERY_SCORE_EXTENSION]: launchData.masteryScore,
            },
          },
        };

  async function report(result: LmsResult): Promise<Cmi5Report> {
    return inOrder(async () => {
      const out: Omit<Cmi5Report, 'satisfied'> = { sent: [], notes: [], problems: [] };
      const invalid = resultProblem(result);
      if (invalid !== undefined) out.problems.push(invalid);
      else if (session.terminated)
        out.problems.push('the cmi5 session has ended; nothing more reaches the LMS');
      else if (session.reported) out.problems.push('a result was already reported in this session');
      if (out.problems.length > 0) return outcome(out);
      const plan = planCmi5Result({
        result,
        launchMode: launchData.launchMode,
        masteryScore: launchData.masteryScore,
        passMark: options.passMark / 100,
        recorded,
      });
      out.notes.push(...plan.notes);
      if (!recordsResults || !result.ended) return outcome(out);
      let changed = false;
      // A retry after a failed send must not repeat what did reach the LRS: one verdict and
      // one Completed per session.
      const judged = session.sent.includes('passed') || session.sent.includes('failed');
      if (plan.judgement !== undefined && !judged) {
        const { verb, score } = plan.judgement;
        const options_ = { transform: withMastery };
        out.passed = verb === 'passed';
        const sent = await send(verb, out, () =>
          verb === 'passed' ? cmi5.pass(score, options_) : cmi5.fail(score, options_),
        );
        if (sent && verb === 'passed') {
          recorded.passed = true;
          changed = true;
        }
      }
      if (
        plan.complete &&
        !session.sent.includes('completed') &&
        (await send('completed', out, () => cmi5.complete()))
      ) {
        recorded.completed = true;
        changed = true;
      }
      // Only a report that fully reached the LRS closes the door on another; otherwise the app may retry.
      if (out.problems.length === 0) {
        session.reported = true;
        store.save(session);
      }
      if (changed) {
        try {
          await cmi5.xapi?.setState({
            agent: launch.actor,
            activityId: launch.activityId,
            registration: launch.registration,
            stateId: OUTCOME_STATE_ID,
            state: { ...recorded },
          });
        } catch (error) {
          out.problems.push(
            describeHttpError('the outcome could not be remembered for later sessions', error),
          );
        }
      }
      return outcome(out);
    });
  }

  function markTerminated(): boolean {
    if (session.terminated) return false;
    session.terminated = true;
    store.save(session);
    pageEvents?.removeEventListener('pagehide', onPageHide);
    return true;
  }

  async function terminate(): Promise<Cmi5Report> {
    return inOrder(async () => {
      const out: Omit<Cmi5Report, 'satisfied'> = { sent: [], notes: [], problems: [] };
      if (!markTerminated()) {
        out.notes.push('Terminated was already sent');
        return outcome(out);
      }
      await send('terminated', out, () => cmi5.terminate());
      if (launchData.returnURL !== undefined && navigate !== null) {
        try {
          navigate(launchData.returnURL);
        } catch (error) {
          out.problems.push(`could not go back to the LMS: ${errorText(error)}`);
        }
      }
      return outcome(out);
    });
  }

  // The page is going (closed, reloaded, navigated away): Terminated must still be sent, and
  // only a keepalive request outlives the page. If even that is lost, the LMS records Abandoned.
  function onPageHide(): void {
    if (!markTerminated()) return;
    const at = now();
    const statement = cmi5Statement(
      context,
      'terminated',
      at,
      at.getTime() - Date.parse(session.initializedAt),
    );
    try {
      void fetchImpl(`${launch.endpoint}statements`, {
        method: 'POST',
        keepalive: true,
        headers: {
          Authorization: `Basic ${session.authToken}`,
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
        },
        body: JSON.stringify(statement),
      }).catch(() => undefined);
      session.sent.push('terminated');
      store.save(session);
    } catch {
      // Nothing can be reported from a page that is going away.
    }
  }
  pageEvents?.addEventListener('pagehide', onPageHide);

  return {
    ok: true,
    session: {
      kind: 'cmi5',
      // The account name is often an opaque LMS id: no name is better than a number.
      learnerName: launch.actor.name ?? '',
      launch,
      launchMode: launchData.launchMode,
      recordsResults,
      moveOn: launchData.moveOn,
      masteryScore,
      returnUrl: launchData.returnURL,
      get satisfied() {
        return isSatisfied(launchData.moveOn, recorded);
      },
      get terminated() {
        return session.terminated;
      },
      report,
      terminate,
    },
  };
}
