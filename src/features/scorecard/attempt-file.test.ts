import { describe, expect, it } from 'vitest';
import { attemptFileName, attemptFileText, type AttemptFile } from './attempt-file.ts';
import { playSample } from './testing/sample-attempt.ts';

describe('attempt file', () => {
  it('is named <scenario>-<trainee>-<date>.json', () => {
    const { log } = playSample([{ wait: 1_000, option: 'check' }]);
    expect(attemptFileName(log)).toBe('parcel-question-sam-rivera-2025-03-17.json');
    expect(attemptFileName({ ...log, trainee: 'Zoë  O’Neil!' })).toBe(
      'parcel-question-zoe-o-neil-2025-03-17.json',
    );
    expect(attemptFileName({ ...log, trainee: '***' })).toBe(
      'parcel-question-trainee-2025-03-17.json',
    );
  });

  it('holds the log and the scorecard', () => {
    const { log, scorecard } = playSample([{ wait: 1_000, option: 'check' }]);
    const file = JSON.parse(attemptFileText(log, scorecard)) as AttemptFile;
    expect(file.attempt).toEqual(log);
    expect(file.scorecard).toEqual(scorecard);
  });
});
