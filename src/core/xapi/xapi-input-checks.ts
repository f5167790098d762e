import type { Agent } from '@xapi/xapi';
import { shown } from './json-read.ts';

/** A value that passed a check, or why it did not. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** An absolute IRI with a scheme and an authority, as an activity id base must be. */
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\/\/[^\s/?#]+[^\s?#]*$/i;
/** A mailto IRI, as xAPI wants an agent's mbox. */
const MAILTO = /^mailto:[^\s@]+@[^\s@]+$/i;
/** 40 hex digits: a SHA-1 of a mailto IRI. */
const SHA1 = /^[0-9a-f]{40}$/i;

const nonEmpty = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * The activity id base without trailing slashes (`https://acme.example/extra-mile`), or why
 * it cannot prefix activity ids: it must be an absolute IRI without a query or fragment.
 */
export function checkActivityBase(base: unknown): Checked<string> {
  if (typeof base !== 'string') return { ok: false, error: 'the activity id base is not a text' };
  const trimmed = base.trim().replace(/\/+$/, '');
  if (!ABSOLUTE_IRI.test(trimmed))
    return {
      ok: false,
      error: `the activity id base '${base}' is not an absolute IRI such as https://training.example.com/extra-mile (no spaces, query or fragment)`,
    };
  return { ok: true, value: trimmed };
}

/** The one identifier of an agent, copied clean, or why there is not exactly one usable one. */
function identifierOf(actor: Record<string, unknown>): Checked<Agent> {
  const present = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter(
    (key) => actor[key] !== undefined,
  );
  if (present.length !== 1)
    return {
      ok: false,
      error:
        present.length === 0
          ? 'the actor has no identifier: give an mbox (mailto:…) or an account (homePage and name)'
          : `the actor has ${present.length} identifiers (${present.join(', ')}); xAPI allows exactly one`,
    };
  const { mbox, mbox_sha1sum: sha1, openid, account } = actor;
  if (mbox !== undefined) {
    if (typeof mbox !== 'string' || !MAILTO.test(mbox))
      return { ok: false, error: `the actor's mbox (${shown(mbox)}) is not a mailto: address` };
    return { ok: true, value: { mbox } };
  }
  if (sha1 !== undefined) {
    if (typeof sha1 !== 'string' || !SHA1.test(sha1))
      return { ok: false, error: "the actor's mbox_sha1sum is not 40 hex digits" };
    return { ok: true, value: { mbox_sha1sum: sha1 } };
  }
  if (openid !== undefined) {
    if (typeof openid !== 'string' || !ABSOLUTE_IRI.test(openid))
      return { ok: false, error: "the actor's openid is not an absolute IRI" };
    return { ok: true, value: { openid } };
  }
  if (typeof account !== 'object' || account === null)
    return { ok: false, error: "the actor's account is not an object" };
  const homePage = 'homePage' in account ? account.homePage : undefined;
  const name = 'name' in account ? account.name : undefined;
  if (typeof homePage !== 'string' || !ABSOLUTE_IRI.test(homePage))
    return { ok: false, error: "the actor's account has no homePage IRI" };
  if (!nonEmpty(name)) return { ok: false, error: "the actor's account has no name" };
  return { ok: true, value: { account: { homePage, name } } };
}

/**
 * The statement actor: an xAPI Agent with exactly one identifier (mbox, mbox_sha1sum,
 * openid or account) and an optional name, copied without anything else it carried.
 */
export function checkActor(actor: unknown): Checked<Agent> {
  if (typeof actor !== 'object' || actor === null || Array.isArray(actor))
    return { ok: false, error: 'the actor is not an object' };
  const fields = actor as Record<string, unknown>;
  if (fields.objectType !== undefined && fields.objectType !== 'Agent')
    return {
      ok: false,
      error: `the actor's objectType is ${shown(fields.objectType)}; statements need one Agent`,
    };
  const id = identifierOf(fields);
  if (!id.ok) return id;
  const out: Agent = { objectType: 'Agent' };
  if (fields.name !== undefined) {
    if (typeof fields.name !== 'string')
      return { ok: false, error: "the actor's name is not a text" };
    out.name = fields.name;
  }
  return { ok: true, value: { ...out, ...id.value } };
}
