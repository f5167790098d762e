import type { LmsLaunch } from './lms-launch.ts';
import type { LmsResult } from './lms-result.ts';

/** The course an LMS launched the app in, whichever standard it speaks. */
export interface LmsCourse {
  /** Which standard. */
  kind: LmsLaunch['kind'];
  /** The learner's name as the LMS gives it ('' when it gives none). */
  learnerName: string;
  /** False in browse or review modes: the scenario is played, nothing is recorded. */
  recordsResults: boolean;
  /** The pass mark 0..100 the course judges by (the LMS's own, else the scenario's). */
  passMark: number;
  /** Sends how the scenario ended (once); the sentences say what the LMS refused, if anything. */
  report(result: LmsResult): Promise<{ passed?: boolean; problems: string[] }>;
  /** Ends the session (SCORM LMSFinish, cmi5 Terminated, then the LMS's return page). */
  exit(): Promise<void>;
}

/** The course, or why it could not be reached (the scenario can still be played). */
export type LmsConnection =
  { kind: 'course'; course: LmsCourse } | { kind: 'standalone'; reason: string };

/**
 * Connects to the LMS that launched the app: SCORM 1.2 through the `API` object in a parent
 * frame, cmi5 through its launch parameters and LRS. Each standard's code is loaded only
 * here, for launches that need it. Never rejects: a failure says why, and the trainee still
 * plays (without the LMS recording it).
 */
export async function connectToLms(
  launch: LmsLaunch,
  search: string,
  passMark: number,
): Promise<LmsConnection> {
  try {
    if (launch.kind === 'scorm12') {
      const { startScorm12Session } = await import('./scorm12-api.ts');
      const started = startScorm12Session({ passMark });
      if (started === undefined) {
        return {
          kind: 'standalone',
          reason:
            'No SCORM LMS was found around this page, so this attempt is not recorded by a course.',
        };
      }
      if (!started.ok) return { kind: 'standalone', reason: started.message };
      const { session } = started;
      return {
        kind: 'course',
        course: {
          kind: 'scorm12',
          learnerName: session.learner.displayName,
          recordsResults: session.recordsResults,
          passMark: session.masteryScore,
          report: (result) => Promise.resolve(session.report(result)),
          exit: () => {
            session.finish();
            return Promise.resolve();
          },
        },
      };
    }
    const { parseCmi5Launch, startCmi5Session } = await import('./cmi5-launch.ts');
    const parsed = parseCmi5Launch(search);
    if (!parsed.ok) {
      return {
        kind: 'standalone',
        reason: `The course's launch link cannot be used: ${parsed.problems.join(' ')}`,
      };
    }
    const started = await startCmi5Session({ launch: parsed.params, passMark });
    if (!started.ok) return { kind: 'standalone', reason: started.message };
    const { session } = started;
    return {
      kind: 'course',
      course: {
        kind: 'cmi5',
        learnerName: session.learnerName,
        recordsResults: session.recordsResults,
        passMark: Math.round(session.masteryScore * 10_000) / 100,
        report: (result) => session.report(result),
        exit: async () => {
          await session.terminate();
        },
      },
    };
  } catch (error) {
    return {
      kind: 'standalone',
      reason: `The course could not be reached: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
