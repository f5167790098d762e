/**
 * The scenario file contract (format `cx-scenario/1`) as TypeScript types.
 * These describe a file after it passed the schema; `scenario-schema.ts` is the
 * runtime definition and is checked against these types at compile time.
 */

/** How the player shows the conversation. */
export type Channel = 'email' | 'chat' | 'phone' | 'in-person';

/** The three scored dimensions, in display order. */
export const DIMENSIONS = ['tone', 'promptness', 'extraMile'] as const;

/** One scored dimension. */
export type Dimension = (typeof DIMENSIONS)[number];

/** Tags naming the principle behind a reply, drawn from the founding documents. */
export const PRINCIPLES = [
  'respond-promptly',
  'personalize',
  'listen-and-understand',
  'own-the-problem',
  'go-the-extra-mile',
  'value-long-term-customers',
  'treat-customers-equally',
  'serve-prospects-too',
  'follow-up-after-sale',
  'make-contact-easy',
  'stay-courteous',
  'word-of-mouth',
] as const;

/** A principle tag. */
export type Principle = (typeof PRINCIPLES)[number];

/** A guard chosen by name from the engine's vocabulary; never code. */
export type GuardSpec =
  | { type: 'moodAtLeast'; params: { value: number } }
  | { type: 'moodBelow'; params: { value: number } }
  | { type: 'flag'; params: { flag: string } }
  | { type: 'all'; params: { guards: GuardSpec[] } }
  | { type: 'any'; params: { guards: GuardSpec[] } };

/** An action chosen by name from the engine's vocabulary; never code. */
export type ActionSpec =
  | { type: 'setFlag'; params: { flag: string } }
  | { type: 'clearFlag'; params: { flag: string } }
  | { type: 'addMood'; params: { value: number } };

/** What a reply option (or a timeout) carries for the player and the scorecard. */
export interface ReplyMeta {
  /** What the trainee says or does: the text on the option. */
  reply?: string;
  /** How it sounds, -2..2. */
  tone?: number;
  /** Choices about time, -2..2. */
  promptness?: number;
  /** Going beyond what was asked, 0..2. */
  extraMile?: number;
  /** Signed change of the customer's mood, applied before eventless transitions. */
  mood?: number;
  /** What a coach would say about this reply. */
  feedback?: string;
  /** The principle behind the reply. */
  principle?: Principle;
}

/** One transition as authored (XState v5 shape). */
export interface TransitionConfig {
  /** Target state, resolved exactly as XState resolves it; absent means stay. */
  target?: string;
  /** Optional guard from the vocabulary. */
  guard?: GuardSpec;
  /** Actions from the vocabulary. */
  actions?: ActionSpec | ActionSpec[];
  /** Exit and re-enter the source even when targeting itself or a descendant. */
  reenter?: boolean;
  /** Free text for authors. */
  description?: string;
  /** Reply text and marks. */
  meta?: ReplyMeta;
}

/** A transition slot: a target name, one transition or guarded alternatives. */
export type TransitionsConfig = string | TransitionConfig | TransitionConfig[];

/** How a conversation can end. */
export interface EndingMeta {
  /** Short headline for the ending. */
  title: string;
  /** What happens next, told to the trainee. */
  text?: string;
  /** Does the customer stay with the business? */
  retained: boolean;
  /** Stars the customer would leave, 1..5. */
  review: number;
}

/** The `meta` of a state: a customer turn, or an ending for final states. */
export interface StateMeta {
  /** What the customer says or writes (paragraphs kept). */
  customer?: string;
  /** Narration shown before the customer's words ("Two days later..."). */
  narration?: string;
  /** Seconds the trainee has before a reply counts as slow. */
  replyWithin?: number;
  /** Email subject line. */
  subject?: string;
  /** The ending, on final states. */
  ending?: EndingMeta;
}

/** One state node as authored. */
export interface StateConfig {
  /** Custom XState id, usable as `#id` in targets. */
  id?: string;
  /** Initial child of a compound state. */
  initial?: string;
  /** `final` for endings; `atomic` / `compound` are accepted for clarity. */
  type?: 'final' | 'atomic' | 'compound';
  /** Child states. */
  states?: Record<string, StateConfig>;
  /** Reply options: event type = option id. */
  on?: Record<string, TransitionsConfig>;
  /** Delayed transitions keyed by milliseconds: what silence does. */
  after?: Record<string, TransitionsConfig>;
  /** Eventless transitions, such as branching on mood. */
  always?: TransitionsConfig;
  /** Actions run on entering the state. */
  entry?: ActionSpec | ActionSpec[];
  /** Actions run on leaving the state. */
  exit?: ActionSpec | ActionSpec[];
  /** Turn or ending data. */
  meta?: StateMeta;
  /** Free text for authors. */
  description?: string;
  /** XState tags. */
  tags?: string[];
}

/** The `machine:` block: a plain XState v5 machine config. */
export interface MachineConfig extends StateConfig {
  /** The machine id. */
  id: string;
  /** The first state. */
  initial: string;
  /** Author flags (booleans); `mood` is owned by the engine. */
  context?: Record<string, boolean>;
}

/** The simulated customer. */
export interface Customer {
  /** Display name. */
  name: string;
  /** Avatar image path or emoji. */
  avatar?: string;
  /** One line about who they are. */
  profile?: string;
  /** Start mood, 0 (furious) .. 100 (delighted). */
  mood: number;
}

/** Relative weights of the three dimensions in the overall score. */
export interface ScoringWeights {
  /** Weight of tone. */
  tone: number;
  /** Weight of promptness. */
  promptness: number;
  /** Weight of going the extra mile. */
  extraMile: number;
}

/** How an attempt is scored; defaults are filled by the loader. */
export interface ScoringConfig {
  /** Weights, normalised by their sum. */
  weights: ScoringWeights;
  /** Pass mark, 0..100, for the overall score and each dimension. */
  pass: number;
}

/** A whole scenario file after validation, with defaults filled. */
export interface Scenario {
  /** Always `cx-scenario/1` for this format. */
  format: 'cx-scenario/1';
  /** Unique slug; also the file name. */
  id: string;
  /** Title in the library. */
  title: string;
  /** One-paragraph summary in the library. */
  summary?: string;
  /** Conversation channel. */
  channel: Channel;
  /** 1 (easy) .. 3 (hard). */
  difficulty: number;
  /** Expected play time in minutes. */
  minutes: number;
  /** Dimensions and free tags it trains. */
  skills: string[];
  /** The principle or story it comes from. */
  basedOn?: string;
  /** The simulated customer. */
  customer: Customer;
  /** Scoring weights and pass mark. */
  scoring: ScoringConfig;
  /** The XState machine config. */
  machine: MachineConfig;
}

/** Default scoring when a file gives none (documented in docs/scoring.md). */
export const DEFAULT_SCORING: ScoringConfig = {
  weights: { tone: 40, promptness: 30, extraMile: 30 },
  pass: 70,
};

/** Default reply budget per channel, in seconds, when a turn gives no `replyWithin`. */
export const DEFAULT_REPLY_WITHIN: Record<Channel, number> = {
  chat: 30,
  phone: 15,
  'in-person': 15,
  email: 120,
};
