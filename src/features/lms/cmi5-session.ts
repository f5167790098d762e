/**
 * Starts a cmi5 session: auth token, LMS.LaunchData, Initialized, and what the registration
 * already holds. The running session lives in cmi5-session-run.ts, the shapes in
 * cmi5-session-types.ts; both are re-exported here.
 */
import Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import { fetchAuthToken } from './cmi5-auth-token.ts';
import { describeHttpError } from './cmi5-http-error.ts';
import { checkLaunchData, type Cmi5LaunchData } from './cmi5-launch-data.ts';
import { readOutcome } from './cmi5-outcome-state.ts';
import { runCmi5Session } from './cmi5-session-run.ts';
import { cmi5SessionStore, type StoredCmi5Session } from './cmi5-session-store.ts';
import type { Cmi5Client, Cmi5Start, StartCmi5Options } from './cmi5-session-types.ts';
import { cmi5Statement } from './cmi5-statements.ts';
import { errorText } from './lms-result.ts';

export { OUTCOME_STATE_ID } from './cmi5-outcome-state.ts';
export type { Cmi5Report, Cmi5Session, Cmi5Start, StartCmi5Options } from './cmi5-session-types.ts';

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

  const running = runCmi5Session({
    launch,
    launchData,
    cmi5,
    session,
    store,
    recorded,
    passMark: options.passMark,
    pageEvents,
    navigate,
    fetchImpl,
    now,
  });
  return { ok: true, session: running };
}
