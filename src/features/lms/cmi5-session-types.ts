/** The public shapes of a cmi5 session: its options, its reports, the session and its start. */
import type Cmi5 from '@xapi/cmi5/dist/Cmi5.esm.js';
import type { Cmi5LaunchParams } from './cmi5-launch-params.ts';
import type { MoveOn } from './cmi5-move-on.ts';
import type { Cmi5Verb } from './cmi5-statements.ts';
import type { LaunchMode } from './cmi5-verdict.ts';
import type { LmsResult } from './lms-result.ts';

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

/** The @xapi/cmi5 client a session talks through. */
export type Cmi5Client = InstanceType<typeof Cmi5>;
