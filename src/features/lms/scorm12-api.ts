import { isScorm12Api, scorm12Calls, type Scorm12Api } from './scorm12-calls.ts';
import {
  createScorm12Session,
  type Scorm12Session,
  type Scorm12SessionOptions,
} from './scorm12-session.ts';

export type { Scorm12Api } from './scorm12-calls.ts';
export type { Scorm12Session } from './scorm12-session.ts';

/** What the search needs of a window: its `API`, its parent and the window that opened it. */
export interface ApiWindow {
  /** The LMS's API object, if this window carries it. */
  API?: unknown;
  /** The enclosing frame's window (itself at the top). */
  parent?: ApiWindow | null;
  /** The window that opened this one, for a SCO launched in a pop-up. */
  opener?: ApiWindow | null;
}

/** How many frames up the search goes, as in ADL's SCORM 1.2 API discovery algorithm. */
export const MAX_PARENT_HOPS = 7;

/** `win.API` when it is a SCORM 1.2 API; undefined when absent or unreadable (another origin). */
function apiOf(win: ApiWindow): Scorm12Api | undefined {
  try {
    const api = win.API;
    return isScorm12Api(api) ? api : undefined;
  } catch {
    return undefined;
  }
}

function parentOf(win: ApiWindow): ApiWindow | undefined {
  try {
    const parent = win.parent;
    return parent === null || parent === undefined || parent === win ? undefined : parent;
  } catch {
    return undefined;
  }
}

/** The window itself, then up its parents, at most {@link MAX_PARENT_HOPS} hops. */
function searchUp(start: ApiWindow): Scorm12Api | undefined {
  let current: ApiWindow | undefined = start;
  for (let hops = 0; current !== undefined && hops <= MAX_PARENT_HOPS; hops++) {
    const api = apiOf(current);
    if (api !== undefined) return api;
    current = parentOf(current);
  }
  return undefined;
}

/**
 * Finds the LMS's SCORM 1.2 API the way ADL's discovery algorithm does: this window and up
 * to seven parents, then the opener and its parents. Undefined when there is none (the app
 * was not launched by a SCORM 1.2 LMS) so the app can play standalone.
 */
export function findScorm12Api(start: ApiWindow): Scorm12Api | undefined {
  const found = searchUp(start);
  if (found !== undefined) return found;
  let opener: ApiWindow | null | undefined;
  try {
    opener = start.opener;
  } catch {
    opener = undefined;
  }
  return opener === null || opener === undefined ? undefined : searchUp(opener);
}

/** Options of {@link startScorm12Session}. */
export interface StartScorm12Options extends Omit<Scorm12SessionOptions, 'calls'> {
  /** Where the search starts; the app's window by default. */
  window?: ApiWindow;
}

/** A started session, or why the LMS refused to start one. */
export type Scorm12Start = { ok: true; session: Scorm12Session } | { ok: false; message: string };

/**
 * Finds the API, calls LMSInitialize and reads the learner and the lesson. Undefined when
 * no LMS API is there (play standalone); `ok: false` with the LMS's own words when it is
 * there but refuses to start.
 */
export function startScorm12Session(options: StartScorm12Options): Scorm12Start | undefined {
  const start = options.window ?? (typeof window === 'undefined' ? undefined : window);
  const api = start === undefined ? undefined : findScorm12Api(start);
  if (api === undefined) return undefined;
  const calls = scorm12Calls(api);
  const started = calls.initialize();
  if (!started.ok) return { ok: false, message: started.message };
  return { ok: true, session: createScorm12Session({ ...options, calls }) };
}
