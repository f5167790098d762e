import { describe, expect, it } from 'vitest';
import { deliveryWords } from './lrs-delivery.tsx';

describe('deliveryWords', () => {
  it('says nothing for an attempt that is not sent anywhere', () => {
    expect(deliveryWords({ pending: 0, sent: 0, rejected: 0 })).toBeUndefined();
  });

  it('says sent, waiting (and why) or refused', () => {
    expect(deliveryWords({ pending: 0, sent: 9, rejected: 0 })).toBe(
      'Sent to the Learning Record Store (9 statements).',
    );
    expect(
      deliveryWords({
        pending: 3,
        sent: 6,
        rejected: 0,
        lastReason: 'The LRS could not be reached.',
      }),
    ).toBe(
      'Waiting to reach the Learning Record Store (6 of 9 statements sent): The LRS could not be reached.',
    );
    expect(deliveryWords({ pending: 0, sent: 8, rejected: 1, lastReason: 'Bad verb.' })).toBe(
      'The Learning Record Store refused 1 of this attempt’s statements: Bad verb.',
    );
  });
});
