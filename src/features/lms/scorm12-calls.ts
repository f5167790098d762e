import { errorText, plainText } from './lms-result.ts';

/** The SCORM 1.2 runtime API an LMS exposes as `window.API` (section 3.3 of the 1.2 RTE). */
export interface Scorm12Api {
  /** Starts the session; `"true"` on success. */
  LMSInitialize(parameter: ''): unknown;
  /** Ends the session; `"true"` on success. */
  LMSFinish(parameter: ''): unknown;
  /** Reads a data model element; `""` and an error code on failure. */
  LMSGetValue(element: string): unknown;
  /** Writes a data model element; `"true"` on success. */
  LMSSetValue(element: string, value: string): unknown;
  /** Asks the LMS to persist what was set; `"true"` on success. */
  LMSCommit(parameter: ''): unknown;
  /** The error code of the last call, `"0"` when it succeeded. */
  LMSGetLastError(): unknown;
  /** A short text for an error code. */
  LMSGetErrorString(code: string): unknown;
  /** LMS-specific detail about an error code. */
  LMSGetDiagnostic?(code: string): unknown;
}

const REQUIRED = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
  'LMSGetErrorString',
] as const;

/** Whether a value has the functions of a SCORM 1.2 API. */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  const api = value as Record<string, unknown>;
  return REQUIRED.every((name) => typeof api[name] === 'function');
}

/** A call's value, or a sentence saying which call failed and what the LMS said. */
export type CallResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** The API's calls, each checked with LMSGetLastError and explained with LMSGetErrorString. */
export interface Scorm12Calls {
  /** LMSInitialize(""). */
  initialize(): CallResult<true>;
  /** LMSGetValue(element). */
  get(element: string): CallResult<string>;
  /** LMSSetValue(element, value). */
  set(element: string, value: string): CallResult<true>;
  /** LMSCommit(""). */
  commit(): CallResult<true>;
  /** LMSFinish(""). */
  finish(): CallResult<true>;
}

function quiet(read: () => unknown): string {
  try {
    return plainText(read()).trim();
  } catch {
    return '';
  }
}

/** Wraps an API so every call reports failure as a readable sentence instead of a code. */
export function scorm12Calls(api: Scorm12Api): Scorm12Calls {
  function explain(call: string, code: string): string {
    const text = quiet(() => api.LMSGetErrorString(code));
    const diagnostic = quiet(() => api.LMSGetDiagnostic?.(code));
    const detail = diagnostic !== '' && diagnostic !== text ? ` (${diagnostic})` : '';
    return `${call} failed: LMS error ${code}${text === '' ? '' : ` ${text}`}${detail}`;
  }

  function run(call: string, invoke: () => unknown, isValue: boolean): CallResult<string> {
    let returned: unknown;
    try {
      returned = invoke();
    } catch (error) {
      return { ok: false, message: `${call} failed: the LMS threw ${errorText(error)}` };
    }
    const code = quiet(() => api.LMSGetLastError());
    if (code !== '' && code !== '0') return { ok: false, message: explain(call, code) };
    const value = plainText(returned);
    // Some LMSs answer a failed call with "false" and leave the error code at 0.
    if (!isValue && value !== 'true') {
      return {
        ok: false,
        message: `${call} failed: the LMS answered ${JSON.stringify(value)} without an error code`,
      };
    }
    return { ok: true, value };
  }

  const done = (result: CallResult<string>): CallResult<true> =>
    result.ok ? { ok: true, value: true } : result;

  return {
    initialize: () => done(run('LMSInitialize("")', () => api.LMSInitialize(''), false)),
    get: (element) => run(`LMSGetValue("${element}")`, () => api.LMSGetValue(element), true),
    set: (element, value) =>
      done(
        run(
          `LMSSetValue("${element}", ${JSON.stringify(value)})`,
          () => api.LMSSetValue(element, value),
          false,
        ),
      ),
    commit: () => done(run('LMSCommit("")', () => api.LMSCommit(''), false)),
    finish: () => done(run('LMSFinish("")', () => api.LMSFinish(''), false)),
  };
}
