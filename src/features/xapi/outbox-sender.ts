import type { OutboxRow, StatementOutbox } from '../../storage/statement-outbox.ts';

/** What the LRS made of one send. */
export type SendOutcome =
  | {
      /** It stored every statement of the batch (or already had them, unchanged). */
      kind: 'accepted';
    }
  | {
      /** It could not be reached or was busy: try again later. */
      kind: 'retry';
      /** Why, in words. */
      reason: string;
      /** How long the LRS asked us to wait (Retry-After), if it did. */
      retryAfterMs?: number;
    }
  | {
      /** It refused the credentials: nothing can be sent until the settings change. */
      kind: 'refused-credentials';
      /** Why, in words. */
      reason: string;
    }
  | {
      /** It refused this batch for good (a statement it cannot accept). */
      kind: 'refused';
      /** Why, in words (the LRS's own message when it gave one). */
      reason: string;
    };

/** Sends one batch of statements to the LRS. */
export type StatementTransport = (statements: object[]) => Promise<SendOutcome>;

/** What the sender is doing, for the screens that show whether attempts reached the LRS. */
export type SenderStatus =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'waiting'; reason: string; retryAt: number }
  | { kind: 'blocked'; reason: string };

/** Options of {@link createOutboxSender}. */
export interface OutboxSenderOptions {
  /** Where the statements wait. */
  outbox: StatementOutbox;
  /** How a batch reaches the LRS. */
  transport: StatementTransport;
  /** Which LRS this sender sends to: only its statements are taken from the outbox. */
  destination: string;
  /** Statements per request (LRSs accept batches; 50 keeps requests small). */
  batchSize?: number;
  /** First wait after a failure, doubled after each further one. */
  baseDelayMs?: number;
  /** The longest wait between tries. */
  maxDelayMs?: number;
  /** Clock and timers (tests pass fakes). */
  now?: () => number;
  /** Schedules the next try. */
  setTimer?: (run: () => void, ms: number) => unknown;
  /** Cancels a scheduled try. */
  clearTimer?: (timer: unknown) => void;
  /** 0..1, spreads retries of many browsers after an outage. */
  random?: () => number;
  /** Runs a send round so only one tab sends at a time (Web Locks where there are any). */
  exclusive?: (round: () => Promise<void>) => Promise<void>;
  /** Told of every status change. */
  onStatus?: (status: SenderStatus) => void;
}

/** Sends the outbox in the background. */
export interface OutboxSender {
  /** New statements were queued: sends them, unless a wait after a failure is running. */
  kick(): void;
  /** Back online or new settings: cuts any wait short and sends now. */
  retryNow(): void;
  /** What it is doing. */
  status(): SenderStatus;
  /** Resolves once the current round (if any) is over; for tests and page hide. */
  settled(): Promise<void>;
  /** Stops sending; queued statements stay queued. */
  stop(): void;
}

/**
 * Sends queued statements oldest first, in batches, until the queue is empty. A failure that
 * may pass (offline, LRS down, too many requests) waits with exponential backoff and jitter,
 * then tries again; refused credentials stop sending until retryNow (settings changed, or
 * the manager's Send now); a batch the LRS
 * refuses is sent one statement at a time, so only the statements it cannot accept are set
 * aside (with its reason) and the others still arrive. A statement leaves the queue only when
 * the LRS accepted it, so a crash mid-send means a resend, which the LRS recognises by the
 * statement's id: nothing is lost and nothing is stored twice.
 */
export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const {
    outbox,
    transport,
    destination,
    batchSize = 50,
    baseDelayMs = 1_000,
    maxDelayMs = 5 * 60_000,
    now = Date.now,
    setTimer = (run, ms) => setTimeout(run, ms),
    clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    random = Math.random,
    exclusive = (round) => round(),
    onStatus,
  } = options;
  let status: SenderStatus = { kind: 'idle' };
  let failures = 0;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  const set = (next: SenderStatus) => {
    status = next;
    onStatus?.(next);
  };

  const waitAndRetry = (reason: string, askedMs = 0) => {
    failures += 1;
    const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - 1));
    // A Retry-After beyond the cap (or beyond what a timer can hold) waits the cap.
    const ms = Math.min(
      maxDelayMs,
      Math.max(askedMs, Math.round(backoff * (0.5 + random() * 0.5))),
    );
    set({ kind: 'waiting', reason, retryAt: now() + ms });
    timer = setTimer(() => {
      timer = undefined;
      start();
    }, ms);
  };

  /** Sends rows one by one after their batch was refused: only the bad ones are set aside. */
  const sendSingly = async (rows: OutboxRow[]): Promise<'done' | 'stop'> => {
    for (const row of rows) {
      const outcome = await transport([row.statement]);
      if (outcome.kind === 'accepted') await outbox.markSent([row.statementId], now());
      else if (outcome.kind === 'refused')
        await outbox.markRejected(row.statementId, outcome.reason);
      else {
        await outbox.markFailed([row.statementId], outcome.reason);
        if (outcome.kind === 'retry') waitAndRetry(outcome.reason, outcome.retryAfterMs);
        else set({ kind: 'blocked', reason: outcome.reason });
        return 'stop';
      }
    }
    return 'done';
  };

  const round = async (): Promise<void> => {
    for (;;) {
      if (stopped) return;
      const rows = await outbox.pending(batchSize, destination);
      if (rows.length === 0) {
        set({ kind: 'idle' });
        return;
      }
      set({ kind: 'sending' });
      let outcome: SendOutcome;
      try {
        outcome = await transport(rows.map((r) => r.statement));
      } catch (error) {
        // A transport is meant to answer, not throw; if it does, treat it as passing trouble.
        outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
      }
      const ids = rows.map((r) => r.statementId);
      if (outcome.kind === 'accepted') {
        await outbox.markSent(ids, now());
        failures = 0;
        continue;
      }
      if (outcome.kind === 'retry') {
        await outbox.markFailed(ids, outcome.reason);
        waitAndRetry(outcome.reason, outcome.retryAfterMs);
        return;
      }
      if (outcome.kind === 'refused-credentials') {
        await outbox.markFailed(ids, outcome.reason);
        set({ kind: 'blocked', reason: outcome.reason });
        return;
      }
      if ((await sendSingly(rows)) === 'stop') return;
      failures = 0;
    }
  };

  const start = (): void => {
    if (stopped) return;
    if (running !== undefined) {
      again = true;
      return;
    }
    running = exclusive(round)
      .catch((error: unknown) => {
        // The outbox itself failed (database closed): try again later, like an outage.
        waitAndRetry(
          `The outbox could not be read: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => {
        running = undefined;
        if (again && timer === undefined) {
          again = false;
          start();
        }
        again = false;
      });
  };

  return {
    kick() {
      // Queuing during an outage must not hammer the LRS: the scheduled try sends them.
      if (status.kind === 'waiting' || status.kind === 'blocked') return;
      start();
    },
    retryNow() {
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      failures = 0;
      start();
    },
    status: () => status,
    async settled() {
      while (running !== undefined) await running;
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
    },
  };
}
