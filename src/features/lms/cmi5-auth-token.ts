import { errorText, plainText } from './lms-result.ts';

/** The token, or a sentence saying what the LMS's fetch URL did instead. */
export type AuthTokenResult = { token: string } | { problem: string };

/**
 * POSTs to the launch's one-time fetch URL for the auth token (cmi5 section 8.2). The LMS
 * answers errors with HTTP 200 and an error-code, so the body is read either way.
 */
export async function fetchAuthToken(
  url: string,
  fetchImpl: typeof fetch,
): Promise<AuthTokenResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { method: 'POST', headers: { Accept: 'application/json' } });
  } catch (error) {
    return { problem: `fetch: the LMS's token URL did not answer (${errorText(error)})` };
  }
  if (!response.ok)
    return { problem: `fetch: the LMS's token URL answered HTTP ${response.status}` };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { problem: "fetch: the LMS's token URL did not answer with JSON" };
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const token = fields['auth-token'];
  if (typeof token === 'string' && token.trim() !== '') return { token };
  const code = fields['error-code'];
  if (code !== undefined) {
    const text = typeof fields['error-text'] === 'string' ? `: ${fields['error-text']}` : '';
    const hint =
      plainText(code) === '1'
        ? ' (this launch link was already used or has expired; start the scenario again from the LMS)'
        : '';
    return {
      problem: `fetch: the LMS refused the token, error-code ${plainText(code)}${text}${hint}`,
    };
  }
  return { problem: "fetch: the LMS's answer has no auth-token" };
}
