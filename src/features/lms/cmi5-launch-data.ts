import type { Context } from '@xapi/xapi';
import { isMoveOn, type MoveOn } from './cmi5-move-on.ts';
import type { LaunchMode } from './cmi5-verdict.ts';

/** What the AU uses of the LMS.LaunchData state document (cmi5 section 10), checked. */
export interface Cmi5LaunchData {
  /** Template of every statement's context (session id, publisher id). */
  contextTemplate: Context;
  /** Normal, Browse or Review. */
  launchMode: LaunchMode;
  /** What the LMS needs to hear. */
  moveOn: MoveOn;
  /** Scaled pass mark 0..1, when the LMS gives one. */
  masteryScore?: number;
  /** Where to send the learner after Terminated. */
  returnURL?: string;
}

const MODES: readonly string[] = ['Normal', 'Browse', 'Review'];

/** The launch data, or a sentence naming the first field the AU cannot work with. */
export function checkLaunchData(data: unknown): { value: Cmi5LaunchData } | { problem: string } {
  const where = 'LMS.LaunchData';
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problem: `${where}: the LRS did not return a JSON object` };
  }
  const d = data as Record<string, unknown>;
  if (
    typeof d.contextTemplate !== 'object' ||
    d.contextTemplate === null ||
    Array.isArray(d.contextTemplate)
  ) {
    return { problem: `${where}: contextTemplate is missing` };
  }
  if (typeof d.launchMode !== 'string' || !MODES.includes(d.launchMode)) {
    return {
      problem: `${where}: launchMode ${JSON.stringify(d.launchMode)} is not Normal, Browse or Review`,
    };
  }
  if (!isMoveOn(d.moveOn)) {
    return { problem: `${where}: moveOn ${JSON.stringify(d.moveOn)} is not a cmi5 moveOn value` };
  }
  const mastery = d.masteryScore;
  if (
    mastery !== undefined &&
    mastery !== null &&
    (typeof mastery !== 'number' || !(mastery >= 0 && mastery <= 1))
  ) {
    return {
      problem: `${where}: masteryScore ${JSON.stringify(mastery)} is not a decimal from 0 to 1`,
    };
  }
  return {
    value: {
      contextTemplate: d.contextTemplate,
      launchMode: d.launchMode as LaunchMode,
      moveOn: d.moveOn,
      ...(typeof mastery === 'number' ? { masteryScore: mastery } : {}),
      ...(typeof d.returnURL === 'string' && d.returnURL.trim() !== ''
        ? { returnURL: d.returnURL }
        : {}),
    },
  };
}
