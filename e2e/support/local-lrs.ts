/**
 * A real Learning Record Store for the end-to-end tests: Learning Locker's `xapi-statements`
 * run inside the test process, in memory, listening on 127.0.0.1 only. No MongoDB, Redis, AWS,
 * disk or network: see local-lrs-package.ts for how the package is loaded on Node 20, and
 * docs/local-lrs.md for what it supports.
 */
import { createServer, type Server } from 'node:http';
import { Readable } from 'node:stream';
import type { Agent, Statement, StatementsResponse } from '@xapi/xapi';
import {
  closeLogger,
  LOG_LEVELS,
  loadXapiStatements,
  openLogger,
  type ErrorHandler,
  type ExpressApp,
  type ExpressRouter,
  type Handler,
  type LocalLrsLogLevel,
  type Logger,
  type MemoryState,
} from './local-lrs-package.ts';
import { createStateResource, sendEmpty, sendJson, XAPI_VERSION } from './local-lrs-state.ts';

export { XAPI_VERSION, type LocalLrsLogLevel };

/** The only address the LRS listens on: never reachable from another machine. */
export const LOCAL_LRS_HOST = '127.0.0.1';
/** Where the xAPI resources live, as in Learning Locker (`<origin>/data/xAPI/statements`). */
export const LOCAL_LRS_BASE_PATH = '/data/xAPI/';

/** How to start a local LRS; every field is optional. */
export interface LocalLrsOptions {
  /** The port to listen on; absent or 0: any free port. */
  port?: number;
  /** The Basic-auth user name (the LRS "key"); no colon. */
  username?: string;
  /** The Basic-auth password (the LRS "secret"). */
  password?: string;
  /** How much to write to stderr (default `silent`; `error` shows every refused request). */
  logLevel?: LocalLrsLogLevel;
  /** Largest request body accepted, e.g. `5mb` (the default), `500kb`. */
  bodyLimit?: string;
}

/** Filters of `GET statements` (xAPI 1.0.3 §2.1.3); `limit` is the page size, all pages are read. */
export interface StatementQuery {
  /** Statements about this agent (as actor or object). */
  agent?: Agent;
  /** Statements with this verb IRI. */
  verb?: string;
  /** Statements whose object is this activity IRI. */
  activity?: string;
  /** Statements of this registration (UUID). */
  registration?: string;
  /** Also match `activity` in context activities and sub-statements. */
  related_activities?: boolean;
  /** Also match `agent` in authority, team, instructor and sub-statements. */
  related_agents?: boolean;
  /** Only statements stored after this ISO 8601 timestamp. */
  since?: string;
  /** Only statements stored at or before this ISO 8601 timestamp. */
  until?: string;
  /** Page size (the LRS's default when absent). */
  limit?: number;
  /** Oldest first instead of newest first. */
  ascending?: boolean;
  /** How much of each agent, activity and group to return. */
  format?: 'ids' | 'exact' | 'canonical';
}

/** A running (or stopped) local LRS, and helpers for the tests that use it. */
export interface LocalLrs {
  /** The xAPI endpoint, ending in `/`, e.g. `http://127.0.0.1:41234/data/xAPI/`. */
  readonly endpoint: string;
  /** The port, kept across stop() and restart(). */
  readonly port: number;
  /** The Basic-auth user name. */
  readonly username: string;
  /** The Basic-auth password. */
  readonly password: string;
  /** The `Authorization` header's value (`Basic …`). */
  readonly authorization: string;
  /** The headers every xAPI request needs: `Authorization` and `X-Experience-API-Version`. */
  readonly headers: Readonly<Record<string, string>>;
  /** Whether it is listening now. */
  readonly running: boolean;
  /** Stops listening (open connections are cut) but keeps every statement and document. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same data; does nothing when already running. */
  restart(): Promise<void>;
  /** Stops and forgets everything; it cannot be restarted afterwards. */
  close(): Promise<void>;
  /** Every stored statement matching `query`, read over HTTP page by page (must be running). */
  statements(query?: StatementQuery): Promise<Statement[]>;
  /** How many statements are stored (voiding ones included); reads memory, works while stopped. */
  count(): number;
  /** Forgets all statements, attachments and state documents; keeps listening. */
  clear(): void;
}

const DEFAULT_USERNAME = 'extra-mile-tests';
const DEFAULT_PASSWORD = 'local-lrs-secret';
const MAX_PAGES = 10_000;
const BODY_LIMIT = /^(\d+)(b|kb|mb)$/i;

interface ResolvedOptions {
  port: number;
  username: string;
  password: string;
  logLevel: LocalLrsLogLevel;
  bodyLimit: string;
  bodyLimitBytes: number;
}

function resolveOptions(options: LocalLrsOptions): ResolvedOptions {
  const { port = 0, username = DEFAULT_USERNAME, password = DEFAULT_PASSWORD } = options;
  const { logLevel = 'silent', bodyLimit = '5mb' } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(
      `startLocalLrs: port must be an integer from 0 to 65535 (0: any free port), got ${String(port)}.`,
    );
  }
  if (typeof username !== 'string' || username === '' || username.includes(':')) {
    throw new TypeError(
      `startLocalLrs: username must be a non-empty string without ':', got ${JSON.stringify(username)}.`,
    );
  }
  if (typeof password !== 'string' || password === '') {
    throw new TypeError('startLocalLrs: password must be a non-empty string.');
  }
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new TypeError(
      `startLocalLrs: logLevel must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(logLevel)}.`,
    );
  }
  const limit = typeof bodyLimit === 'string' ? BODY_LIMIT.exec(bodyLimit) : null;
  if (!limit) {
    throw new TypeError(
      `startLocalLrs: bodyLimit must look like '5mb', '500kb' or '1000b', got ${JSON.stringify(bodyLimit)}.`,
    );
  }
  const unit = limit[2]?.toLowerCase();
  const bodyLimitBytes = Number(limit[1]) * (unit === 'mb' ? 1 << 20 : unit === 'kb' ? 1 << 10 : 1);
  return { port, username, password, logLevel, bodyLimit, bodyLimitBytes };
}

interface AttachmentModel {
  hash: string;
  stream: AsyncIterable<Buffer | string>;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The LRS as an Express app over data it keeps in memory. */
interface Assembled {
  app: ExpressApp;
  state: MemoryState;
  clear: () => void;
}

function assemble(options: ResolvedOptions, logger: Logger): Assembled {
  const lib = loadXapiStatements();
  const state: MemoryState = { statements: [], fullActivities: [] };
  const attachments = new Map<string, Buffer>();
  const credentials = `${options.username}:${options.password}`;
  const isAuthorised = (header: string | undefined): boolean => {
    const token = /^Basic\s+(\S+)$/i.exec(header ?? '')?.[1];
    return token !== undefined && Buffer.from(token, 'base64').toString('utf8') === credentials;
  };
  const client = {
    _id: 'local-lrs-client',
    title: 'Local LRS (tests)',
    authority: { objectType: 'Agent', name: 'Local LRS', mbox: 'mailto:local-lrs@example.org' },
    isTrusted: true,
    lrs_id: 'local-lrs',
    organisation: 'local-lrs',
    scopes: ['all'],
  };
  const clearStatements = () => {
    state.statements = [];
    state.fullActivities = [];
    attachments.clear();
  };
  const done = () => Promise.resolve();

  const repo = {
    ...lib.fakeEvents(),
    ...lib.memoryModels({ state }),
    // NoModel is what the package's own auth repos throw; its service answers 401 for it.
    getClient: ({ authToken }: { authToken?: string }) =>
      isAuthorised(authToken)
        ? Promise.resolve({ client })
        : Promise.reject(new lib.NoModel('Client')),
    createAttachments: async (opts: { lrs_id: string; models: AttachmentModel[] }) => {
      for (const model of opts.models) {
        attachments.set(`${opts.lrs_id}/${model.hash}`, await readAll(model.stream));
      }
    },
    getAttachment: (opts: { lrs_id: string; hash: string }) => {
      const content = attachments.get(`${opts.lrs_id}/${opts.hash}`);
      if (!content) return Promise.reject(new Error(`Missing attachment ${opts.hash}`));
      return Promise.resolve({ stream: Readable.from([content]), contentLength: content.length });
    },
    clearRepo: () => {
      clearStatements();
      return done();
    },
    migrate: done,
    rollback: done,
  };
  const tracker = Promise.resolve(() => undefined);
  const service = lib.createService({
    repo,
    tracker,
    logger,
    enableConflictChecks: true,
    enableAttachmentValidation: true,
    enableVoidingChecks: true,
    enableStatementCreation: true,
    enableAttachmentCreation: true,
    enableVoiding: true,
    enableReferencing: true,
    // Voiding and references are updated before answering, so a GET right after sees them.
    awaitUpdates: true,
    enableActivityUpdates: true,
    enableNullRemoval: false,
  });
  const presenter = {
    service,
    translator: lib.translator,
    logger,
    tracker,
    llClientInfoEndpoint: '',
    customRoute: 'status',
    customRouteText: 'ok',
    morganDirectory: '',
    bodyParserLimit: options.bodyLimit,
  };

  // The package's routers (expressPresenter/index.js) minus morgan, which logs to ./storage.
  const router = (...middleware: Handler[]): ExpressRouter =>
    lib.express
      .Router()
      .use(lib.cors(), lib.urlEncoding(options.bodyLimit), lib.helmet(), ...middleware);
  const stateResource = createStateResource(isAuthorised, options.bodyLimitBytes);
  const closeConnection: Handler = (_req, res, next) => {
    // No keep-alive: after stop() every request needs a new connection and is refused at once,
    // instead of sometimes failing on a pooled socket. On 127.0.0.1 this costs little.
    res.setHeader('Connection', 'close');
    next();
  };
  const notSupported: Handler = (req, res) => {
    if (req.method === 'OPTIONS') return sendEmpty(res, 204);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    sendJson(res, 404, {
      message: `The local LRS has no ${req.method ?? ''} ${LOCAL_LRS_BASE_PATH}${path.slice(1)} (only about, statements, activities, activities/state).`,
    });
  };
  const lastResort: ErrorHandler = (err, _req, res, next) => {
    if (res.headersSent) return next(err);
    const { status, message } = err as { status?: unknown; message?: unknown };
    const code = typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
    logger.error(`unhandled: ${String(message)}`);
    sendJson(res, code, { message: typeof message === 'string' ? message : 'Server error' });
  };

  const app = lib.express();
  app.disable('x-powered-by');
  app.use('/', closeConnection);
  app.use(`${LOCAL_LRS_BASE_PATH}about`, router().get('', lib.getAbout(presenter)));
  app.use(`${LOCAL_LRS_BASE_PATH}activities/state`, router(stateResource.handler));
  app.use(`${LOCAL_LRS_BASE_PATH}activities`, router().get('', lib.getFullActivity(presenter)));
  app.use(
    `${LOCAL_LRS_BASE_PATH}statements`,
    router()
      .get('', lib.getStatements(presenter))
      .put('', lib.putStatement(presenter))
      .post('', lib.postStatements(presenter)),
  );
  app.use(LOCAL_LRS_BASE_PATH, lib.cors(), notSupported);
  app.use(lastResort);
  return {
    app,
    state,
    clear: () => {
      clearStatements();
      stateResource.clear();
    },
  };
}

function listen(handler: ExpressApp, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(handler);
    const onError = (err: NodeJS.ErrnoException) => {
      const where = `${LOCAL_LRS_HOST}:${port}`;
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `Local LRS: ${where} is already in use by another process.`
            : `Local LRS: cannot listen on ${where}: ${err.message}`,
        ),
      );
    };
    server.once('error', onError);
    server.listen({ host: LOCAL_LRS_HOST, port, exclusive: true }, () => {
      server.off('error', onError);
      resolve(server);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections(); // requests in flight fail, as they would if the LRS went down
  });
}

function queryParams(query: StatementQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query) as [
    string,
    StatementQuery[keyof StatementQuery],
  ][]) {
    if (value === undefined) continue;
    params.set(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return params;
}

async function readStatements(
  endpoint: string,
  headers: Record<string, string>,
  query: StatementQuery,
): Promise<Statement[]> {
  const params = queryParams(query);
  const found: Statement[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const url = new URL(`statements?${params.toString()}`, endpoint);
    const res = await fetch(url, { headers });
    if (!res.ok) {
      throw new Error(`Local LRS: GET ${url.href} answered ${res.status}: ${await res.text()}`);
    }
    const body = (await res.json()) as StatementsResponse;
    found.push(...body.statements);
    if (!body.more) return found;
    // The package writes `more` without URL-encoding the values (a '+' in `since` becomes a
    // space), so keep this properly encoded query and take only the cursor from the link.
    const cursor = new URL(body.more, endpoint).searchParams.get('cursor');
    if (!cursor) throw new Error(`Local LRS: a 'more' link without a cursor: ${body.more}`);
    params.set('cursor', cursor);
  }
  throw new Error(`Local LRS: over ${MAX_PAGES} pages of statements; give a larger limit.`);
}

/** Starts an in-memory LRS on 127.0.0.1 (a free port unless `options.port` is given). */
export async function startLocalLrs(options: LocalLrsOptions = {}): Promise<LocalLrs> {
  const resolved = resolveOptions(options);
  let port = resolved.port;
  const logger = openLogger(resolved.logLevel, () => `:${port}`);
  const { app, state, clear } = assemble(resolved, logger);
  let server: Server | undefined;
  try {
    server = await listen(app, port);
  } catch (err) {
    closeLogger(logger);
    throw err;
  }
  const address = server.address();
  if (typeof address === 'object' && address !== null) port = address.port;
  const credentials = `${resolved.username}:${resolved.password}`;
  const authorization = `Basic ${Buffer.from(credentials).toString('base64')}`;
  const headers = { Authorization: authorization, 'X-Experience-API-Version': XAPI_VERSION };
  const endpoint = `http://${LOCAL_LRS_HOST}:${port}${LOCAL_LRS_BASE_PATH}`;
  let closed = false;

  return {
    endpoint,
    port,
    username: resolved.username,
    password: resolved.password,
    authorization,
    headers,
    get running() {
      return server !== undefined;
    },
    async stop() {
      if (!server) return;
      const stopping = server;
      server = undefined;
      await closeServer(stopping);
    },
    async restart() {
      if (closed) throw new Error('Local LRS: closed, so it cannot restart; start a new one.');
      server ??= await listen(app, port);
    },
    async close() {
      closed = true;
      closeLogger(logger);
      clear();
      const closing = server;
      server = undefined;
      if (closing) await closeServer(closing);
    },
    statements(query = {}) {
      if (!server) {
        return Promise.reject(
          new Error(
            'Local LRS: stopped, so statements() cannot read over HTTP; restart() it first (count() works while stopped).',
          ),
        );
      }
      return readStatements(endpoint, headers, query);
    },
    count: () => state.statements.length,
    clear,
  };
}
