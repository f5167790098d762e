/** What a connection check found, in words a manager can act on. */
export interface ConnectionVerdict {
  /** Statements can be sent (and, when `canRead`, read back for the review). */
  ok: boolean;
  /** The key may read statements (needed to load attempts into the review). */
  canRead: boolean;
  /** What was found, or what failed and what to do about it. */
  message: string;
}

/** How the check reaches the LRS: `about` (no credentials) and one statements read. */
export interface ConnectionProbe {
  /** GET <endpoint>about; resolves with its body. */
  about(): Promise<unknown>;
  /** GET <endpoint>statements?limit=1 with the credentials. */
  readOne(): Promise<unknown>;
}

interface HttpFailure {
  response?: { status: number };
}

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null ? (error as HttpFailure).response?.status : undefined;

/**
 * Checks an LRS step by step and says plainly which step failed: can the address be
 * reached at all (network, CORS), is it an xAPI LRS (`/about`), does it speak xAPI 1.0,
 * does it accept the credentials. A key that may only write statements is fine for sending;
 * the verdict says the review cannot load attempts with it.
 */
export async function checkConnection(
  endpoint: string,
  probe: ConnectionProbe,
): Promise<ConnectionVerdict> {
  let about: unknown;
  try {
    about = await probe.about();
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined) {
      return {
        ok: false,
        canRead: false,
        message: `Could not reach ${endpoint}: the address may be wrong, the LRS may be down, or it does not accept requests from this site (CORS).`,
      };
    }
    if (status !== 401 && status !== 403) {
      return {
        ok: false,
        canRead: false,
        message: `No xAPI LRS answers at ${endpoint} (HTTP ${status} for /about). Check the endpoint: it usually ends in /xapi/ or /data/xAPI/.`,
      };
    }
    // Some LRSs guard /about too: go on to the credentials.
  }
  const versions = versionsOf(about);
  if (about !== undefined && versions === undefined) {
    // Any web server answers /about; only an LRS lists the xAPI versions it speaks.
    return {
      ok: false,
      canRead: false,
      message: `Something answers at ${endpoint}, but not an xAPI LRS (its /about lists no xAPI version). Check the endpoint.`,
    };
  }
  if (versions !== undefined && !versions.some((v) => v.startsWith('1.0'))) {
    return {
      ok: false,
      canRead: false,
      message: `The LRS speaks xAPI ${versions.join(', ')}, not 1.0.3, which Extra Mile sends.`,
    };
  }
  try {
    await probe.readOne();
    return {
      ok: true,
      canRead: true,
      message:
        'Connected: the LRS accepts these credentials (reading checked; sending is confirmed by the first statements, shown under the statements from this browser).',
    };
  } catch (error) {
    const status = statusOf(error);
    if (status === 401) {
      return {
        ok: false,
        canRead: false,
        message: 'The LRS refused the key and secret (HTTP 401): check both, or ask for new ones.',
      };
    }
    if (status === 403) {
      return {
        ok: true,
        canRead: false,
        message:
          'Connected, but this key may not read statements (HTTP 403): attempts will be sent, and the review cannot load them from the LRS with it.',
      };
    }
    return {
      ok: false,
      canRead: false,
      message:
        status === undefined
          ? `The LRS answered /about but not a request with credentials: it may not accept them from this site (CORS).`
          : `The LRS failed a test read (HTTP ${status}); try again later.`,
    };
  }
}

function versionsOf(about: unknown): string[] | undefined {
  if (typeof about !== 'object' || about === null) return undefined;
  const version = (about as { version?: unknown }).version;
  return Array.isArray(version) && version.every((v) => typeof v === 'string')
    ? version
    : undefined;
}
