import type { Agent, Statement } from '@xapi/xapi';
import validateStatement from 'xapi-validation';
import type { AttemptLog } from '../../attempt/attempt-log.ts';
import type { LoadedScenario } from '../../scenario/loaded-scenario.ts';
import { attemptStatements, type AttemptStatus } from '../attempt-statements.ts';

/** For tests: the actor of every test statement. */
export const TEST_ACTOR: Agent = { name: 'Zoë Ñúñez', mbox: 'mailto:zoe.nunez@example.com' };

/** For tests: the activity id base of every test statement. */
export const TEST_BASE = 'https://training.example.com/extra-mile';

/** For tests: an attempt's statements, which must build. */
export function statementsOf(
  loaded: LoadedScenario,
  log: AttemptLog,
  status: AttemptStatus,
): Statement[] {
  const built = attemptStatements({
    log,
    loaded,
    actor: TEST_ACTOR,
    activityBase: TEST_BASE,
    status,
  });
  if (!built.ok) throw new Error(built.error);
  return built.statements;
}

/** For tests: what xapi-validation (Learning Locker's conformance-tested rules) finds wrong. */
export function specProblems(statement: unknown): string[] {
  return validateStatement(statement).map((w) =>
    `${w.path.join('.')}: ${w.constructor.name} ${w.message}`.trim(),
  );
}

/** For tests: a deep copy through JSON, as an LRS hands statements back. */
export function throughJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
