import type { z } from 'zod';

/** One issue zod raised, as parsed with `reportInput: true`. */
type Issue = z.core.$ZodIssue;

/** `attempt.events[2].t` from `['attempt', 'events', 2, 't']`. */
export function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

const EXPECTED: Readonly<Record<string, string>> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** A value named in a few words; never the value itself when it may be large. */
function valueWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length <= 40 ? `'${value}'` : 'a long text';
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** "'a', 'b' or 'c'". */
function choices(values: readonly unknown[]): string {
  const words = values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v)));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;
}

function inputOf(issue: Issue): { known: boolean; value: unknown } {
  return 'input' in issue
    ? { known: true, value: issue.input }
    : { known: false, value: undefined };
}

/** One issue in words: "events[2].t must be a number, not 'soon'". */
function oneIssue(issue: Issue, whole: string): string {
  const where = pathText(issue.path) || whole;
  const input = inputOf(issue);
  switch (issue.code) {
    case 'invalid_type': {
      if (!input.known || input.value === undefined) return `${where} is missing`;
      // Infinity and NaN reach zod as numbers that JSON cannot write: zod names them.
      const received =
        'received' in issue && typeof issue.received === 'string'
          ? issue.received
          : valueWords(input.value);
      return `${where} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${received}`;
    }
    case 'invalid_value':
      if (!input.known || input.value === undefined) return `${where} is missing`;
      return `${where} must be ${choices(issue.values)}, not ${valueWords(input.value)}`;
    case 'too_big': {
      // A limit that says what it means in words (a date, 30 days) beats the raw number.
      if (issue.message.startsWith('must')) return `${where} ${issue.message}`;
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `${where} holds more than ${max} items`;
      if (issue.origin === 'string') return `${where} is longer than ${max} characters`;
      return `${where} must be at most ${max}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min === 1) return `${where} must not be empty`;
      if (issue.origin === 'array') return `${where} must hold at least ${min} items`;
      if (issue.origin === 'string') return `${where} must be at least ${min} characters long`;
      return issue.inclusive === false
        ? `${where} must be greater than ${min}`
        : `${where} must be at least ${min}`;
    }
    case 'unrecognized_keys': {
      // A file may carry thousands of made-up keys: name a few, each cut short.
      const shown = issue.keys
        .slice(0, 5)
        .map((k) => `'${k.length > 40 ? `${k.slice(0, 39)}…` : k}'`);
      const more = issue.keys.length - shown.length;
      const keys = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
      return `${where} has ${issue.keys.length === 1 ? 'an unknown field' : 'unknown fields'} ${keys}`;
    }
    case 'invalid_union': {
      if (!('options' in issue) || !Array.isArray(issue.options))
        return `${where} does not have any of the shapes allowed here`;
      const options = choices(issue.options);
      // A discriminator issue carries the whole object as input: name the key's value.
      const key = issue.path[issue.path.length - 1];
      const holder = input.value;
      if (typeof holder !== 'object' || holder === null || key === undefined)
        return `${where} must be ${options}`;
      return key in holder
        ? `${where} must be ${options}, not ${valueWords(holder[key as keyof typeof holder])}`
        : `${where} is missing (it must be ${options})`;
    }
    default:
      return issue.message.startsWith('must') ? `${where} ${issue.message}` : issue.message;
  }
}

/**
 * zod's issues as one plain sentence: the first issue, and how many more there are.
 * `whole` names the checked value itself when an issue is about all of it ("the file",
 * "the entry").
 */
export function issuesText(issues: readonly Issue[], whole: string): string {
  const [head] = issues;
  if (head === undefined) return `${whole} is not valid`;
  const more = issues.length - 1;
  const rest = more === 0 ? '' : ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})`;
  return `${oneIssue(head, whole)}${rest}`;
}
