import type { AttemptSummary } from '../../../core/review/review-types.ts';

/** For tests: `count` summary rows with spread names, scores and dates (deterministic). */
export function summaryRows(count: number): AttemptSummary[] {
  const trainees = ['Aisha Khan', 'Ben Carter', 'Zoë Adams'];
  const scenarios = ['into-the-email-void', 'the-angry-caller'];
  return Array.from({ length: count }, (_, i) => {
    const scored = i % 7 !== 0;
    const overall = scored ? (i * 37) % 101 : null;
    return {
      attemptId: `a-${i}`,
      trainee: trainees[i % trainees.length] ?? 'Aisha Khan',
      scenarioId: scenarios[i % scenarios.length] ?? 'into-the-email-void',
      scenarioFingerprint: 'fp',
      mode: i % 2 === 0 ? 'practice' : 'assessment',
      status: scored ? 'finished' : 'in-progress',
      startedAt: Date.UTC(2026, 0, 1) + i * 3_600_000,
      updatedAt: Date.UTC(2026, 0, 1) + i * 3_600_000 + 600_000,
      overall,
      scores: {
        tone: overall,
        promptness: overall === null ? null : 100 - overall,
        extraMile: overall === null ? null : (overall * 3) % 101,
      },
      pass: overall === null ? null : overall >= 70,
      ending: scored ? (i % 2 === 0 ? 'Megan vouches for you' : 'He hangs up') : null,
      retained: scored ? i % 2 === 0 : null,
      review: scored ? (i % 5) + 1 : null,
      turns: [],
      activeMs: 60_000,
      verification: i % 11 === 0 ? 'altered' : 'local',
    };
  });
}
