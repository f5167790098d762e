import { describe, expect, it } from 'vitest';
import type { TurnRecord } from '../../core/attempt/turn-record.ts';
import type { PlayView } from '../../core/play/play-view.ts';
import { latestCustomerLine, transcriptLines } from './transcript-lines.ts';

const answered: TurnRecord = {
  index: 0,
  state: 'asks',
  customer: 'Where is my parcel?',
  subject: 'Parcel',
  startedT: 0,
  answeredT: 41_000,
  budgetMs: 30_000,
  offered: [{ event: 'check', reply: 'It arrives tomorrow.', meta: { tone: 2 } }],
  response: { kind: 'reply', event: 'check', meta: { tone: 2 } },
  moodBefore: 50,
  moodAfter: 70,
};

const silent: TurnRecord = {
  ...answered,
  index: 1,
  state: 'chases',
  narration: 'Two days later.',
  customer: 'Hello?',
  startedT: 41_000,
  answeredT: 101_000,
  response: { kind: 'timeout', state: 'chases', delay: 60_000, meta: {} },
};

const view = (over: Partial<PlayView>): PlayView => ({
  state: 'next',
  customer: 'Are you there?',
  replyWithinMs: 30_000,
  options: [],
  mood: 50,
  turnStartedT: 101_000,
  elapsedT: 0,
  paused: false,
  done: false,
  saving: false,
  ...over,
});

describe('transcriptLines', () => {
  it('gives every channel the speakers, subjects and time taken', () => {
    const lines = transcriptLines([answered, silent], view({ narration: 'Later.' }));
    expect(lines.map((l) => [l.key, l.speaker, l.text, l.turn])).toEqual([
      ['t0-c', 'customer', 'Where is my parcel?', 0],
      ['t0-r', 'trainee', 'It arrives tomorrow.', 0],
      ['t1-n', 'narration', 'Two days later.', 1],
      ['t1-c', 'customer', 'Hello?', 1],
      ['t1-r', 'silence', 'You did not reply in time.', 1],
      ['t2-n', 'narration', 'Later.', 2],
      ['t2-c', 'customer', 'Are you there?', 2],
    ]);
    expect(lines[0]?.subject).toBe('Parcel');
    expect(lines[1]).toMatchObject({ subject: 'Parcel', tookMs: 41_000 });
    expect(lines[4]?.tookMs).toBe(60_000);
    expect(latestCustomerLine(lines)?.key).toBe('t2-c');
  });

  it('ends with the ending text and has no latest customer line after a reply', () => {
    const ended = transcriptLines(
      [answered],
      view({
        done: true,
        customer: 'Thanks!',
        ending: { title: 'Kept', retained: true, review: 5 },
      }),
    );
    expect(ended.map((l) => l.key)).toEqual(['t0-c', 't0-r', 'end-c']);
    const quiet = transcriptLines([answered], view({ done: true, customer: '' }));
    expect(latestCustomerLine(quiet)).toBeUndefined();
  });
});
