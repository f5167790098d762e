import type { Principle } from '../core/scenario/scenario-types.ts';

const LABELS: Record<Principle, string> = {
  'respond-promptly': 'Respond promptly',
  personalize: 'Personalise',
  'listen-and-understand': 'Listen and understand',
  'own-the-problem': 'Own the problem',
  'go-the-extra-mile': 'Go the extra mile',
  'value-long-term-customers': 'Value long-term customers',
  'treat-customers-equally': 'Treat customers equally',
  'serve-prospects-too': 'Serve prospects too',
  'follow-up-after-sale': 'Follow up after the sale',
  'make-contact-easy': 'Make contact easy',
  'stay-courteous': 'Stay courteous',
  'word-of-mouth': 'Word of mouth',
};

/** The principle tag as a trainee reads it ("own-the-problem" → "Own the problem"). */
export function principleLabel(principle: Principle): string {
  return LABELS[principle];
}
