/**
 * The xAPI State resource (xAPI 1.0.3, Communication §2.3.2), in memory, for the local LRS:
 * `xapi-statements` has none, and cmi5 keeps `LMS.LaunchData` there. PUT replaces, POST merges
 * JSON objects, GET returns one document (with ETag) or the list of ids, DELETE removes one or
 * all; If-Match / If-None-Match are honoured. Authorisation and the version header are checked
 * like the statements resource does.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Handler } from './local-lrs-package.ts';

/** The xAPI version the LRS speaks and every request must name. */
export const XAPI_VERSION = '1.0.3';

/** Sends `body` as JSON with the xAPI version header. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('X-Experience-API-Version', XAPI_VERSION);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** Sends an empty answer with the xAPI version header. */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader('X-Experience-API-Version', XAPI_VERSION);
  res.end();
}

/** A request the State resource refuses, with the status and a plain message. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface StateDocument {
  activityId: string;
  agentKey: string;
  registration: string;
  stateId: string;
  content: Buffer;
  contentType: string;
  etag: string;
  updated: Date;
}

type Scope = Pick<StateDocument, 'activityId' | 'agentKey' | 'registration'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const IFI_KEYS = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new Refusal(413, `The request body is over the ${limit}-byte limit.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The agent's inverse functional identifier as one string: states belong to it, not its name. */
function agentKey(raw: string | null): string {
  if (raw === null) throw new Refusal(400, "The 'agent' parameter is required.");
  let agent: unknown;
  try {
    agent = JSON.parse(raw);
  } catch {
    throw new Refusal(400, "The 'agent' parameter must be an Agent as JSON.");
  }
  if (typeof agent !== 'object' || agent === null || Array.isArray(agent)) {
    throw new Refusal(400, "The 'agent' parameter must be a JSON object.");
  }
  const fields = agent as Record<string, unknown>;
  const keys = IFI_KEYS.filter((k) => fields[k] !== undefined);
  const key = keys[0];
  if (key === undefined || keys.length > 1) {
    throw new Refusal(400, "The 'agent' needs exactly one of mbox, mbox_sha1sum, openid, account.");
  }
  const value = fields[key];
  if (key === 'account') {
    const account = value as { homePage?: unknown; name?: unknown } | null;
    if (typeof account?.homePage !== 'string' || typeof account.name !== 'string') {
      throw new Refusal(400, "The agent's account needs a homePage and a name (strings).");
    }
    return JSON.stringify(['account', account.homePage, account.name]);
  }
  if (typeof value !== 'string' || (key === 'mbox' && !value.startsWith('mailto:'))) {
    throw new Refusal(400, `The agent's ${key} is not valid.`);
  }
  return JSON.stringify([key, value]);
}

function requiredParam(params: URLSearchParams, name: string): string {
  const value = params.get(name);
  if (value === null || value === '')
    throw new Refusal(400, `The '${name}' parameter is required.`);
  return value;
}

function scopeOf(params: URLSearchParams): Scope {
  const activityId = requiredParam(params, 'activityId');
  if (!URL.canParse(activityId)) {
    throw new Refusal(400, "The 'activityId' parameter must be an absolute IRI.");
  }
  const registration = params.get('registration') ?? '';
  if (registration !== '' && !UUID.test(registration)) {
    throw new Refusal(400, "The 'registration' parameter must be a UUID.");
  }
  return { activityId, agentKey: agentKey(params.get('agent')), registration };
}

function isJsonType(contentType: string): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType);
}

function jsonObject(content: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(content.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** POST on an existing document merges top-level properties, both must be JSON objects. */
function merged(existing: StateDocument, contentType: string, content: Buffer): Buffer {
  const before = isJsonType(existing.contentType) ? jsonObject(existing.content) : undefined;
  const update = isJsonType(contentType) ? jsonObject(content) : undefined;
  if (!before || !update) {
    throw new Refusal(400, 'POST merges a JSON object into a JSON object only; PUT replaces.');
  }
  return Buffer.from(JSON.stringify({ ...before, ...update }));
}

function checkPreconditions(req: IncomingMessage, existing: StateDocument | undefined): void {
  const ifMatch = req.headers['if-match'];
  if (
    ifMatch !== undefined &&
    (existing === undefined || (ifMatch !== '*' && ifMatch !== existing.etag))
  ) {
    throw new Refusal(412, 'If-Match does not match the current document.');
  }
  if (req.headers['if-none-match'] === '*' && existing !== undefined) {
    throw new Refusal(412, 'If-None-Match: * but the document exists.');
  }
}

/** The State resource's handler, and a way to forget every document. */
export interface StateResource {
  /** Handles `<endpoint>activities/state` (mount it there, after the CORS middleware). */
  handler: Handler;
  /** Forgets every document. */
  clear(): void;
}

/** An empty State resource; `isAuthorised` checks the Authorization header. */
export function createStateResource(
  isAuthorised: (header: string | undefined) => boolean,
  bodyLimitBytes: number,
): StateResource {
  const documents = new Map<string, StateDocument>();
  const keyOf = (scope: Scope, stateId: string) =>
    JSON.stringify([scope.activityId, scope.agentKey, scope.registration, stateId]);
  const inScope = (doc: StateDocument, scope: Scope) =>
    doc.activityId === scope.activityId &&
    doc.agentKey === scope.agentKey &&
    doc.registration === scope.registration;

  function getAll(res: ServerResponse, scope: Scope, sinceText: string | null): void {
    const since = sinceText === null ? undefined : new Date(sinceText);
    if (since !== undefined && Number.isNaN(since.getTime())) {
      throw new Refusal(400, "The 'since' parameter must be an ISO 8601 timestamp.");
    }
    const ids = [...documents.values()]
      .filter((doc) => inScope(doc, scope) && (since === undefined || doc.updated > since))
      .map((doc) => doc.stateId);
    sendJson(res, 200, ids);
  }

  function getOne(res: ServerResponse, scope: Scope, stateId: string): void {
    const doc = documents.get(keyOf(scope, stateId));
    if (!doc)
      throw new Refusal(404, `No state '${stateId}' for this activity, agent, registration.`);
    res.statusCode = 200;
    res.setHeader('X-Experience-API-Version', XAPI_VERSION);
    res.setHeader('Content-Type', doc.contentType);
    res.setHeader('ETag', doc.etag);
    res.setHeader('Last-Modified', doc.updated.toUTCString());
    res.end(doc.content);
  }

  async function store(req: IncomingMessage, scope: Scope, stateId: string): Promise<void> {
    const key = keyOf(scope, stateId);
    const existing = documents.get(key);
    checkPreconditions(req, existing);
    const body = await readBody(req, bodyLimitBytes);
    const bodyType = req.headers['content-type'] ?? 'application/octet-stream';
    const merging = req.method === 'POST' && existing !== undefined;
    const content = merging ? merged(existing, bodyType, body) : body;
    documents.set(key, {
      ...scope,
      stateId,
      content,
      contentType: merging ? existing.contentType : bodyType,
      etag: `"${createHash('sha1').update(content).digest('hex')}"`,
      updated: new Date(),
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') return sendEmpty(res, 204); // the CORS middleware set the rest
    if (!isAuthorised(req.headers.authorization)) throw new Refusal(401, 'Unauthorised');
    const version = req.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !/^1\.0(\.\d+)?$/.test(version)) {
      throw new Refusal(400, "The 'X-Experience-API-Version' header must be 1.0.x.");
    }
    const params = new URL(req.url ?? '/', 'http://local-lrs').searchParams;
    const scope = scopeOf(params);
    const stateId = params.get('stateId');
    switch (req.method) {
      case 'GET':
        return stateId === null
          ? getAll(res, scope, params.get('since'))
          : getOne(res, scope, stateId);
      case 'PUT':
      case 'POST':
        await store(req, scope, requiredParam(params, 'stateId'));
        return sendEmpty(res, 204);
      case 'DELETE':
        if (stateId === null) {
          for (const [key, doc] of documents) if (inScope(doc, scope)) documents.delete(key);
        } else {
          checkPreconditions(req, documents.get(keyOf(scope, stateId)));
          documents.delete(keyOf(scope, stateId));
        }
        return sendEmpty(res, 204);
      default:
        throw new Refusal(405, `The State resource does not take ${req.method ?? 'this method'}.`);
    }
  }

  const handler: Handler = (req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      const status = err instanceof Refusal ? err.status : 500;
      sendJson(res, status, { message: err instanceof Error ? err.message : String(err) });
    });
  };
  return { handler, clear: () => documents.clear() };
}
