import { errorText } from './lms-result.ts';

/**
 * A sentence for a failed xAPI request made through @xapi/cmi5 (an axios error): the
 * method, URL and status when the LRS answered, the transport's message when it did not
 * (offline, or blocked by CORS).
 */
export function describeHttpError(what: string, error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const e = error as {
      config?: { method?: unknown; url?: unknown };
      response?: { status?: unknown; data?: unknown };
      message?: unknown;
    };
    const method = typeof e.config?.method === 'string' ? e.config.method.toUpperCase() : '';
    const url = typeof e.config?.url === 'string' ? e.config.url.split('?')[0] : '';
    const request = method !== '' && url !== '' ? `${method} ${url}` : 'the request';
    if (typeof e.response?.status === 'number') {
      const data = e.response.data;
      const detail =
        typeof data === 'string' && data.trim() !== ''
          ? `: ${data.trim().slice(0, 200)}`
          : typeof data === 'object' &&
              data !== null &&
              'message' in data &&
              typeof data.message === 'string'
            ? `: ${data.message.slice(0, 200)}`
            : '';
      return `${what}: the LRS answered ${e.response.status} to ${request}${detail}`;
    }
    if (e.config !== undefined) return `${what}: no answer to ${request} (${errorText(error)})`;
  }
  return `${what}: ${errorText(error)}`;
}
