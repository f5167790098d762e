/** Longest name kept: enough for any real name, short enough for the header. */
export const MAX_TRAINEE_NAME = 60;

/** A name as typed, checked. */
export type NameCheck = { ok: true; name: string } | { ok: false; message: string };

/** Trims and collapses spaces (so "Dana " and "Dana" are one trainee) and checks the length. */
export function checkTraineeName(raw: string): NameCheck {
  const name = raw.replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, message: 'Please type your name.' };
  if (name.length > MAX_TRAINEE_NAME) {
    return {
      ok: false,
      message: `Please keep your name under ${MAX_TRAINEE_NAME + 1} characters.`,
    };
  }
  return { ok: true, name };
}
