import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A file to serve, or a handler answering the request itself. */
export type Served =
  string | Uint8Array | ((request: IncomingMessage, response: ServerResponse) => void);

/** A static server for an unpacked LMS package and the fake LMS around it. */
export interface PackageServer {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** Stops it. */
  close(): Promise<void>;
}

/**
 * Serves `files` (path without the leading slash → content) on 127.0.0.1, as an LMS hosts a
 * package. A real server, not a Playwright route: Chromium treats a routed page as outside
 * the loopback address space and then refuses its requests to the local LRS.
 */
export async function servePackage(files: ReadonlyMap<string, Served>): Promise<PackageServer> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    const file = files.get(path);
    if (typeof file === 'function') return file(request, response);
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`${path} is not served`);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(typeof file === 'string' ? file : Buffer.from(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
