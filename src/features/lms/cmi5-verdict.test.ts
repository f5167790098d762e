import { describe, expect, it } from 'vitest';
import { planCmi5Result, type Cmi5PlanInput } from './cmi5-verdict.ts';

const BASE: Cmi5PlanInput = {
  result: { ended: true, score: 70 },
  launchMode: 'Normal',
  masteryScore: 0.7,
  passMark: 0.9,
  recorded: { completed: false, passed: false },
};

describe('planCmi5Result', () => {
  it('passes at exactly the mastery score, which overrides the scenario pass mark', () => {
    expect(planCmi5Result(BASE)).toEqual({
      judgement: { verb: 'passed', score: { scaled: 0.7, raw: 70, min: 0, max: 100 } },
      complete: true,
      notes: [],
    });
  });

  it('fails just below it, and rounds raw to a whole number', () => {
    expect(planCmi5Result({ ...BASE, result: { ended: true, score: 69.6 } }).judgement).toEqual({
      verb: 'failed',
      score: { scaled: 0.696, raw: 70, min: 0, max: 100 },
    });
  });

  it("uses the scenario's pass mark without a masteryScore", () => {
    expect(planCmi5Result({ ...BASE, masteryScore: undefined }).judgement?.verb).toBe('failed');
  });

  it('completes an unscored ending without a verdict', () => {
    expect(planCmi5Result({ ...BASE, result: { ended: true, score: null } })).toEqual({
      complete: true,
      notes: ['nothing was assessed, so there is no Passed or Failed'],
    });
  });

  it('sends nothing outside Normal mode or before an ending', () => {
    expect(planCmi5Result({ ...BASE, launchMode: 'Review' })).toEqual({
      complete: false,
      notes: ['launchMode is Review: cmi5 records no completion or result'],
    });
    expect(planCmi5Result({ ...BASE, result: { ended: false, score: 90 } }).complete).toBe(false);
  });

  it('repeats neither Completed nor Passed in a registration, but may fail again before a pass', () => {
    expect(
      planCmi5Result({
        ...BASE,
        recorded: { completed: true, passed: false },
        result: { ended: true, score: 10 },
      }),
    ).toEqual({
      judgement: { verb: 'failed', score: { scaled: 0.1, raw: 10, min: 0, max: 100 } },
      complete: false,
      notes: ['Completed is already recorded for this registration'],
    });
    expect(planCmi5Result({ ...BASE, recorded: { completed: true, passed: true } })).toEqual({
      complete: false,
      notes: [
        'Passed is already recorded for this registration',
        'Completed is already recorded for this registration',
      ],
    });
  });
});
