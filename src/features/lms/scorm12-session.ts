import { displayName } from './learner-name.ts';
import { resultProblem, type LmsResult } from './lms-result.ts';
import type { Scorm12Calls } from './scorm12-calls.ts';
import { scorm12Time, scorm12Timespan } from './scorm12-time.ts';

/** cmi.core.lesson_status values (SCORM 1.2 RTE 3.4.4). */
export type LessonStatus =
  'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

/** cmi.core.lesson_mode values: only `normal` records results. */
export type LessonMode = 'normal' | 'browse' | 'review';

/** Options of a session. */
export interface Scorm12SessionOptions {
  /** The checked API calls. */
  calls: Scorm12Calls;
  /** The scenario's pass mark 0..100, used when the LMS gives no cmi.student_data.mastery_score. */
  passMark: number;
  /** Milliseconds clock, for session time. */
  now?: () => number;
  /** What fires `pagehide` when the page goes away; the window by default, null for none. */
  pageEvents?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
}

/** Who the LMS says is playing. */
export interface Scorm12Learner {
  /** cmi.core.student_id. */
  id: string;
  /** cmi.core.student_name as sent ("Last, First"). */
  name: string;
  /** The name in reading order ("First Last"). */
  displayName: string;
}

/** What a call on the session did. */
export interface Scorm12Report {
  /** Every element set, as `element=value`, in order. */
  recorded: string[];
  /** The verdict against the mastery score, when a score was judged. */
  passed?: boolean;
  /** Sentences for everything that went wrong (LMS errors included); empty when all went through. */
  problems: string[];
}

/** One trainee reply, for the optional cmi.interactions record. */
export interface Scorm12Interaction {
  /** A stable id, such as `turn-3-asks_about_address` (made safe for CMIIdentifier). */
  id: string;
  /** What the trainee chose, such as the option id (at most 255 characters). */
  response: string;
  /** How it went: a vocabulary word, or a number (the turn's value). */
  result: 'correct' | 'wrong' | 'neutral' | 'unanticipated' | number;
  /** How long the trainee took, ms. */
  latencyMs?: number;
  /** When it was answered. */
  at?: Date;
}

/** A running SCORM 1.2 session: report the result once, then finish. */
export interface Scorm12Session {
  /** Which standard. */
  readonly kind: 'scorm12';
  /** Who is playing. */
  readonly learner: Scorm12Learner;
  /** normal, browse or review. */
  readonly lessonMode: LessonMode;
  /** Whether results are recorded (normal mode); in browse and review the app plays without judgement. */
  readonly recordsResults: boolean;
  /** The status the LMS had when the session started. */
  readonly statusAtStart: string;
  /** The pass mark 0..100 results are judged against (the LMS's, else the scenario's). */
  readonly masteryScore: number;
  /** Every problem so far, reading the launch data included. */
  readonly problems: readonly string[];
  /** Records how the scenario ended: status and score, then a commit. */
  report(result: LmsResult): Scorm12Report;
  /** Records one reply as an interaction (optional; LMSs may not implement interactions). */
  recordInteraction(interaction: Scorm12Interaction): Scorm12Report;
  /** Saves text the app wants back on a later launch (cmi.suspend_data, at most 4096 characters). */
  saveSuspendData(text: string): Scorm12Report;
  /** Session time, exit, commit and LMSFinish; once. Also run on `pagehide`. */
  finish(): Scorm12Report;
}

const FINAL_STATUSES: readonly string[] = ['passed', 'failed', 'completed'];
const SUSPEND_DATA_LIMIT = 4096;

function lessonMode(raw: string): LessonMode {
  return raw === 'browse' || raw === 'review' ? raw : 'normal';
}

/** The LMS's mastery score when it is a usable 0..100 number. */
function masteryFrom(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : undefined;
}

/** Reads the launch data, marks the lesson started, and returns the session. */
export function createScorm12Session(options: Scorm12SessionOptions): Scorm12Session {
  const { calls } = options;
  const now = options.now ?? (() => Date.now());
  const browser = typeof window === 'undefined' ? null : window;
  const pageEvents = options.pageEvents === undefined ? browser : options.pageEvents;
  const startedAt = now();
  const problems: string[] = [];
  const read = (element: string): string => {
    const result = calls.get(element);
    if (result.ok) return result.value;
    problems.push(result.message);
    return '';
  };
  const write = (element: string, value: string, report: Scorm12Report): boolean => {
    const result = calls.set(element, value);
    if (result.ok) report.recorded.push(`${element}=${value}`);
    else report.problems.push(result.message);
    return result.ok;
  };
  const commit = (report: Scorm12Report): void => {
    const result = calls.commit();
    if (!result.ok) report.problems.push(result.message);
  };
  const settle = (report: Scorm12Report): Scorm12Report => {
    problems.push(...report.problems);
    return report;
  };

  const name = read('cmi.core.student_name');
  const learner: Scorm12Learner = {
    id: read('cmi.core.student_id'),
    name,
    displayName: displayName(name),
  };
  const statusAtStart = read('cmi.core.lesson_status');
  const mode = lessonMode(read('cmi.core.lesson_mode'));
  const lmsMastery = masteryFrom(read('cmi.student_data.mastery_score'));
  const masteryScore = lmsMastery ?? options.passMark;
  const recordsResults = mode === 'normal';
  let status = statusAtStart;
  let reported = false;
  let finished = false;
  let interactionCount: number | undefined;
  let interactionsWork = true;

  {
    // A first launch is "not attempted"; the LMS needs to hear the lesson was started. A
    // final status from an earlier attempt stays until this attempt has a result.
    const start: Scorm12Report = { recorded: [], problems: [] };
    // "browsed" is a look without credit: a normal launch after it is the first real one.
    const first =
      statusAtStart === 'not attempted' ||
      statusAtStart === '' ||
      (statusAtStart === 'browsed' && mode === 'normal');
    if (first && mode === 'normal' && write('cmi.core.lesson_status', 'incomplete', start))
      status = 'incomplete';
    if (first && mode === 'browse' && write('cmi.core.lesson_status', 'browsed', start))
      status = 'browsed';
    if (start.recorded.length > 0) commit(start);
    settle(start);
  }

  function closed(report: Scorm12Report): boolean {
    if (!finished) return false;
    report.problems.push('the SCORM session is already finished; nothing more reaches the LMS');
    return true;
  }

  function report(result: LmsResult): Scorm12Report {
    const out: Scorm12Report = { recorded: [], problems: [] };
    if (closed(out)) return settle(out);
    const invalid = resultProblem(result);
    if (invalid !== undefined) {
      out.problems.push(invalid);
      return settle(out);
    }
    if (reported) {
      out.problems.push('a result was already reported in this session');
      return settle(out);
    }
    if (!recordsResults || !result.ended) return out;
    reported = true;
    if (result.score === null) {
      if (!FINAL_STATUSES.includes(status) && write('cmi.core.lesson_status', 'completed', out))
        status = 'completed';
    } else {
      // Judged on the score as sent, so an LMS recomputing the status from it agrees.
      const raw = Math.round(result.score * 100) / 100;
      const passed = raw >= masteryScore;
      out.passed = passed;
      // An LMS keeps the last status it hears: a weaker retry must not undo an earlier pass.
      if (status === 'passed' && !passed) return settle(out);
      write('cmi.core.score.min', '0', out);
      write('cmi.core.score.max', '100', out);
      write('cmi.core.score.raw', String(raw), out);
      if (write('cmi.core.lesson_status', passed ? 'passed' : 'failed', out))
        status = passed ? 'passed' : 'failed';
    }
    commit(out);
    return settle(out);
  }

  function recordInteraction(interaction: Scorm12Interaction): Scorm12Report {
    const out: Scorm12Report = { recorded: [], problems: [] };
    if (closed(out) || !recordsResults || !interactionsWork) return settle(out);
    if (interactionCount === undefined) {
      const count = calls.get('cmi.interactions._count');
      if (!count.ok) {
        // Interactions are optional in SCORM 1.2: an LMS without them is not an error worth repeating.
        interactionsWork = false;
        out.problems.push(`interactions are not recorded: ${count.message}`);
        return settle(out);
      }
      interactionCount = Number.parseInt(count.value, 10) || 0;
    }
    const n = interactionCount++;
    const prefix = `cmi.interactions.${n}`;
    const result =
      typeof interaction.result === 'number'
        ? String(Math.round(interaction.result * 100) / 100)
        : interaction.result;
    const ok =
      write(
        `${prefix}.id`,
        interaction.id.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255) || `interaction_${n}`,
        out,
      ) &&
      write(`${prefix}.type`, 'performance', out) &&
      write(`${prefix}.student_response`, interaction.response.slice(0, 255), out) &&
      write(`${prefix}.result`, result, out);
    if (ok && interaction.latencyMs !== undefined)
      write(`${prefix}.latency`, scorm12Timespan(interaction.latencyMs), out);
    if (ok) write(`${prefix}.time`, scorm12Time(interaction.at ?? new Date(now())), out);
    return settle(out);
  }

  function saveSuspendData(text: string): Scorm12Report {
    const out: Scorm12Report = { recorded: [], problems: [] };
    if (closed(out)) return settle(out);
    if (text.length > SUSPEND_DATA_LIMIT) {
      out.problems.push(
        `suspend data is ${text.length} characters; SCORM 1.2 keeps at most ${SUSPEND_DATA_LIMIT}`,
      );
      return settle(out);
    }
    if (write('cmi.suspend_data', text, out)) commit(out);
    return settle(out);
  }

  const onPageHide = (): void => {
    finish();
  };

  function finish(): Scorm12Report {
    const out: Scorm12Report = { recorded: [], problems: [] };
    if (finished) return out;
    finished = true;
    pageEvents?.removeEventListener('pagehide', onPageHide);
    write('cmi.core.session_time', scorm12Timespan(now() - startedAt), out);
    // A conversation cannot be resumed half way, so every exit is a normal one.
    write('cmi.core.exit', '', out);
    commit(out);
    const done = calls.finish();
    if (!done.ok) out.problems.push(done.message);
    return settle(out);
  }

  pageEvents?.addEventListener('pagehide', onPageHide);

  return {
    kind: 'scorm12',
    learner,
    lessonMode: mode,
    recordsResults,
    statusAtStart,
    masteryScore,
    problems,
    report,
    recordInteraction,
    saveSuspendData,
    finish,
  };
}
