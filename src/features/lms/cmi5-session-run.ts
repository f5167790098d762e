/**
 * A started cmi5 session at work: reports the result, terminates, and sends Terminated when the
 * page goes. Statements leave one at a time, in call order.
 */
import type { Statement } from '@xapi/xapi';
import { describeHttpError } from './cmi5-http-error.ts';
import { postKeepaliveStatement } from './cmi5-keepalive.ts';
import type { Cmi5LaunchData } from './cmi5-launch-data.ts';
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';
import { isSatisfied, type RecordedOutcome } from './cmi5-move-on.ts';
import { writeOutcome } from './cmi5-outcome-state.ts';
import type { Cmi5SessionStore, StoredCmi5Session } from './cmi5-session-store.ts';
import type { Cmi5Client, Cmi5Report, Cmi5Session } from './cmi5-session-types.ts';
import { cmi5Statement, MASTERY_SCORE_EXTENSION, type Cmi5Verb } from './cmi5-statements.ts';
import { planCmi5Result } from './cmi5-verdict.ts';
import { errorText, resultProblem, type LmsResult } from './lms-result.ts';

/** Everything a started session works with, gathered by startCmi5Session. */
export interface Cmi5SessionParts {
  /** The checked launch parameters. */
  launch: Cmi5LaunchParams;
  /** The checked LMS.LaunchData. */
  launchData: Cmi5LaunchData;
  /** The initialized client. */
  cmi5: Cmi5Client;
  /** The session as remembered across reloads; updated in place. */
  session: StoredCmi5Session;
  /** Where the session is remembered. */
  store: Cmi5SessionStore;
  /** What the registration already holds; updated in place as statements reach the LRS. */
  recorded: RecordedOutcome;
  /** The scenario's pass mark 0..100. */
  passMark: number;
  /** What fires `pagehide`, if anything. */
  pageEvents: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  /** Goes to the LMS's returnURL, or null to stay. */
  navigate: ((url: string) => void) | null;
  /** HTTP for the page-hide Terminated. */
  fetchImpl: typeof fetch;
  /** Clock. */
  now: () => Date;
}

/** Builds the running session and starts listening for page hide. */
export function runCmi5Session(parts: Cmi5SessionParts): Cmi5Session {
  const { launch, launchData, cmi5, session, store, recorded, pageEvents, navigate } = parts;
  const { fetchImpl, now, passMark } = parts;
  const context = { params: launch, contextTemplate: launchData.contextTemplate };
  const masteryScore = launchData.masteryScore ?? passMark / 100;
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
        passMark: passMark / 100,
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
          await writeOutcome(cmi5, launch, recorded);
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
      postKeepaliveStatement(
        { fetch: fetchImpl, endpoint: launch.endpoint, authToken: session.authToken },
        statement,
      );
      session.sent.push('terminated');
      store.save(session);
    } catch {
      // Nothing can be reported from a page that is going away.
    }
  }
  pageEvents?.addEventListener('pagehide', onPageHide);

  return {
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
  };
}
