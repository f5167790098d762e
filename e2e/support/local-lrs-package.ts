/**
 * Loads the parts of `xapi-statements` (Learning Locker's statements service, a devDependency)
 * that the local LRS runs, without the side effects of its own start-up.
 *
 * The package targets Node 6–8 and `dist/server.js` would read `.env`, connect to MongoDB and
 * Redis, write access logs under ./storage, log to the console and take over
 * `process.on('uncaughtException')`. Its global logger module alone pulls in dotenv, winston (with
 * `handleExceptions`) and winston-aws-cloudwatch (the AWS SDK), and one service module requires
 * it. So that module is replaced in Node's module cache before anything requires it, and only
 * the memory repo, the no-op events repo, the service and the Express handlers are loaded.
 * Nothing under node_modules is edited.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire, Module } from 'node:module';

/** Express's `next`. */
export type Next = (err?: unknown) => void;
/** An Express middleware, typed with Node's own request and response. */
export type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;
/** An Express error middleware. */
export type ErrorHandler = (
  err: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  next: Next,
) => void;

/** The part of an Express router the LRS uses. */
export interface ExpressRouter extends Handler {
  /** Adds middleware for every method. */
  use(...handlers: Handler[]): ExpressRouter;
  /** Adds a GET route. */
  get(path: string, handler: Handler): ExpressRouter;
  /** Adds a PUT route. */
  put(path: string, handler: Handler): ExpressRouter;
  /** Adds a POST route. */
  post(path: string, handler: Handler): ExpressRouter;
}

/** The part of an Express application the LRS uses; it is also a request listener. */
export interface ExpressApp {
  /** Handles a request (Express ends it itself when nothing matches). */
  (req: IncomingMessage, res: ServerResponse, next?: Next): void;
  /** Mounts middleware under a path. */
  use(path: string, ...handlers: Handler[]): ExpressApp;
  /** Adds the last-resort error handler. */
  use(handler: ErrorHandler): ExpressApp;
  /** Turns a setting off. */
  disable(setting: string): ExpressApp;
}

/** A winston-like logger method, as the package calls it. */
export type LogMethod = (message: string, meta?: unknown) => void;
/** The winston 2 logger interface the package calls. */
export type Logger = Record<'error' | 'warn' | 'info' | 'verbose' | 'debug' | 'silly', LogMethod>;

/** What the memory models repo keeps; whoever holds it keeps the data. */
export interface MemoryState {
  /** Stored statement models (the statement plus the LRS's bookkeeping). */
  statements: unknown[];
  /** Activities merged from statements, for `GET activities`. */
  fullActivities: unknown[];
}

/** Turns a presenter config into an Express handler (the package's `expressPresenter/*`). */
export type PresenterHandlerFactory = (config: object) => Handler;

/** The package's modules the LRS is assembled from. */
export interface XapiStatementsPackage {
  /** Express 4, the package's own copy. */
  express: { (): ExpressApp; Router(): ExpressRouter };
  /** CORS as the package sets it: any origin, credentials, ETag exposed, preflight passed on. */
  cors: () => Handler;
  /** helmet 3 as the package sets it. */
  helmet: () => Handler;
  /** The urlencoded body parser (xAPI's alternate request syntax). */
  urlEncoding: (limit: string) => Handler;
  /** The statements service over a repo. */
  createService: (config: object) => object;
  /** The in-memory models repo over a state object. */
  memoryModels: (config: { state: MemoryState }) => object;
  /** The events repo that emits nothing (instead of Redis). */
  fakeEvents: () => object;
  /** English error messages. */
  translator: object;
  /** The "no such model" error; the service turns it into a 401 when thrown by getClient. */
  NoModel: new (modelName: string) => Error;
  /** GET about. */
  getAbout: PresenterHandlerFactory;
  /** GET statements. */
  getStatements: PresenterHandlerFactory;
  /** PUT statements. */
  putStatement: PresenterHandlerFactory;
  /** POST statements. */
  postStatements: PresenterHandlerFactory;
  /** GET activities. */
  getFullActivity: PresenterHandlerFactory;
}

/** Open LRSs' loggers: the package's one global logger (used while updating refs) feeds them all. */
const openLoggers = new Set<Logger>();
let loaded: XapiStatementsPackage | undefined;

/** The package's modules, loaded once per process with its global logger stubbed out. */
export function loadXapiStatements(): XapiStatementsPackage {
  if (loaded) return loaded;
  const projectRequire = createRequire(import.meta.url);
  const pkgRequire = createRequire(projectRequire.resolve('xapi-statements/package.json'));
  const load = <T>(id: string): T => (pkgRequire(id) as { default: T }).default;

  const loggerPath = pkgRequire.resolve('xapi-statements/dist/logger.js');
  if (!pkgRequire.cache[loggerPath]) {
    const stub = new Module(loggerPath);
    stub.filename = loggerPath;
    stub.loaded = true;
    stub.exports = { __esModule: true, default: fanOutLogger() };
    pkgRequire.cache[loggerPath] = stub;
  }

  loaded = {
    express: pkgRequire('express') as XapiStatementsPackage['express'],
    cors: load('jscommons/dist/expressPresenter/mixins/cors'),
    helmet: load('jscommons/dist/expressPresenter/mixins/helmet'),
    urlEncoding: load('jscommons/dist/expressPresenter/mixins/urlEncoding'),
    createService: load('xapi-statements/dist/service'),
    memoryModels: load('xapi-statements/dist/repo/modelsRepo/utils/memoryModels/facade'),
    fakeEvents: load('xapi-statements/dist/repo/eventsRepo/utils/fakeEvents/facade'),
    translator: load('xapi-statements/dist/translatorFactory/en'),
    NoModel: load('jscommons/dist/errors/NoModel'),
    getAbout: load('xapi-statements/dist/expressPresenter/getAbout'),
    getStatements: load('xapi-statements/dist/expressPresenter/getStatements'),
    putStatement: load('xapi-statements/dist/expressPresenter/putStatement'),
    postStatements: load('xapi-statements/dist/expressPresenter/postStatements'),
    getFullActivity: load('xapi-statements/dist/expressPresenter/getFullActivity'),
  };
  return loaded;
}

/** How much an LRS writes to stderr: nothing (default), its handled errors, or more. */
export type LocalLrsLogLevel = 'silent' | 'error' | 'warn' | 'info' | 'debug';
/** Every log level, quietest first. */
export const LOG_LEVELS: readonly LocalLrsLogLevel[] = ['silent', 'error', 'warn', 'info', 'debug'];

const METHOD_RANK: Record<keyof Logger, number> = {
  error: 1,
  warn: 2,
  info: 3,
  verbose: 4,
  debug: 4,
  silly: 5,
};
const LEVEL_RANK: Record<LocalLrsLogLevel, number> = {
  silent: 0,
  error: 1,
  warn: 2,
  info: 3,
  debug: 4,
};

function loggerOf(write: (name: keyof Logger, message: string, meta: unknown) => void): Logger {
  const method =
    (name: keyof Logger): LogMethod =>
    (message, meta) =>
      write(name, message, meta);
  return {
    error: method('error'),
    warn: method('warn'),
    info: method('info'),
    verbose: method('verbose'),
    debug: method('debug'),
    silly: method('silly'),
  };
}

function fanOutLogger(): Logger {
  return loggerOf((name, message, meta) => {
    for (const logger of openLoggers) logger[name](message, meta);
  });
}

/** A logger writing to stderr at `level`, registered for the package's global logger. */
export function openLogger(level: LocalLrsLogLevel, label: () => string): Logger {
  const logger = loggerOf((name, message, meta) => {
    if (METHOD_RANK[name] > LEVEL_RANK[level]) return;
    const extra = meta === undefined ? '' : ` ${JSON.stringify(meta)}`;
    process.stderr.write(`[local-lrs ${label()}] ${name}: ${message}${extra}\n`);
  });
  openLoggers.add(logger);
  return logger;
}

/** Stops feeding `logger` from the package's global logger. */
export function closeLogger(logger: Logger): void {
  openLoggers.delete(logger);
}
