import type { Agent } from '@xapi/xapi';
import type { LoadedScenario } from '../../core/scenario/loaded-scenario.ts';
import { attemptStatements } from '../../core/xapi/attempt-statements.ts';
import { statementIdOf } from '../../core/xapi/statement-ids.ts';
import type { StoredAttempt } from '../../storage/attempt-store.ts';
import type { OutboxCounts, StatementOutbox } from '../../storage/statement-outbox.ts';
import { destinationOf, type LrsSettings } from './lrs-settings.ts';
import {
  createOutboxSender,
  type OutboxSenderOptions,
  type SenderStatus,
  type StatementTransport,
} from './outbox-sender.ts';

/** Options of {@link createXapiBridge}. */
export interface XapiBridgeOptions {
  /** Where the statements go and who the trainee is. */
  settings: LrsSettings;
  /** Where statements wait. */
  outbox: StatementOutbox;
  /** How batches reach the LRS. */
  transport: StatementTransport;
  /** Reads a stored attempt. */
  getAttempt: (attemptId: string) => Promise<StoredAttempt | undefined>;
  /** The scenario version an attempt was played on, when this app has it. */
  scenarioFor: (scenarioId: string, fingerprint: string) => Promise<LoadedScenario | undefined>;
  /** Prefix of every activity id (the app's address, or what a launch chose). */
  activityBase: string;
  /** Sender options (timers, batch size, single-tab lock, status). */
  sender?: Omit<OutboxSenderOptions, 'outbox' | 'transport' | 'destination'>;
}

/** Queues and sends the statements of the attempts played in this tab. */
export interface XapiBridge {
  /** An attempt was written: queue its new statements and send them. */
  attemptChanged(attemptId: string): Promise<void>;
  /**
   * Queues what earlier visits left out: attempts this browser sends whose last statement
   * (terminated) is not queued yet, as when the page closed right after the last reply.
   */
  catchUp(): Promise<void>;
  /** Back online or settings fixed: send now. */
  retryNow(): void;
  /** Counts of one attempt's statements, or all of them. */
  counts(attemptId?: string): Promise<OutboxCounts>;
  /** The sender's state. */
  status(): SenderStatus;
  /** Why the last attempt could not be turned into statements, if it could not. */
  lastProblem(): string | undefined;
  /** Resolves when queued work is done (tests). */
  settled(): Promise<void>;
  /** Stops sending (settings forgotten or changed); queued statements stay queued. */
  stop(): void;
}

/** The trainee as an xAPI Agent: the settings' identity, named as the settings or the app say. */
export function actorOf(settings: LrsSettings, traineeName: string): Agent {
  const name = settings.displayName ?? traineeName;
  const { identity } = settings;
  return identity.kind === 'email'
    ? { objectType: 'Agent', name, mbox: `mailto:${identity.email}` }
    : {
        objectType: 'Agent',
        name,
        account: { homePage: identity.homePage, name: identity.name },
      };
}

/**
 * Connects this tab's attempts to the LRS: after every write it rebuilds the attempt's
 * statements (deterministic, and the ones already queued come out the same), queues the
 * new ones and lets the sender deliver them. Queuing for one attempt waits for the previous
 * queuing of the same attempt, so statements keep their order.
 */
export function createXapiBridge(options: XapiBridgeOptions): XapiBridge {
  const { settings, outbox, getAttempt, scenarioFor, activityBase } = options;
  const destination = destinationOf(settings);
  const sender = createOutboxSender({
    ...options.sender,
    outbox,
    transport: options.transport,
    destination,
  });
  const queues = new Map<string, Promise<void>>();
  let problem: string | undefined;

  const queue = async (attemptId: string): Promise<void> => {
    const stored = await getAttempt(attemptId);
    if (stored === undefined) return;
    const loaded = await scenarioFor(stored.scenarioId, stored.scenarioFingerprint);
    if (loaded === undefined) {
      problem = `Attempt ${attemptId} was played on a version of “${stored.scenarioId}” this app no longer has: its statements cannot be built.`;
      return;
    }
    const built = attemptStatements({
      log: stored.log,
      loaded,
      ...(stored.scorecard === undefined ? {} : { scorecard: stored.scorecard }),
      actor: actorOf(settings, stored.trainee),
      activityBase,
      status: stored.status,
    });
    if (!built.ok) {
      problem = `Attempt ${attemptId}: ${built.error}`;
      return;
    }
    problem = undefined;
    const added = await outbox.enqueue(
      built.statements.map((statement) => ({
        statementId: statement.id ?? '',
        attemptId,
        destination,
        statement,
      })),
    );
    if (added > 0) sender.kick();
  };

  const bridge: XapiBridge = {
    async catchUp() {
      const tracked = await outbox.attemptIds();
      const closed = await outbox.has(tracked.map((id) => statementIdOf(id, 'terminated')));
      await Promise.all(
        tracked.filter((_, i) => closed[i] !== true).map((id) => bridge.attemptChanged(id)),
      );
    },
    attemptChanged(attemptId) {
      const before = queues.get(attemptId) ?? Promise.resolve();
      const next = before
        .then(() => queue(attemptId))
        .catch((error: unknown) => {
          problem = `Attempt ${attemptId} could not be queued for the LRS: ${error instanceof Error ? error.message : String(error)}`;
        });
      queues.set(attemptId, next);
      void next.finally(() => {
        if (queues.get(attemptId) === next) queues.delete(attemptId);
      });
      return next;
    },
    retryNow: () => sender.retryNow(),
    counts: (attemptId) => outbox.counts(attemptId),
    status: () => sender.status(),
    lastProblem: () => problem,
    async settled() {
      while (queues.size > 0) await Promise.all(queues.values());
      await sender.settled();
    },
    stop: () => sender.stop(),
  };
  return bridge;
}
