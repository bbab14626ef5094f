import type { BaseIssue } from 'valibot';

/** A short, readable rendering of a value a reader's file contained (never the whole value). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** A valibot message function: "expected <what>, got <value>". */
export function expected(what: string): (issue: BaseIssue<unknown>) => string {
  return (issue) => `expected ${what}, got ${describeValue(issue.input)}`;
}

type PathKey = string | number;

/** `annotations[3].target.quote.exact`: the notation a reader can find in their file. */
export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Keys that reach Object.prototype when a careless consumer copies an object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * One issue as `path: message`, with `basePath` (e.g. `annotations[3]`) in front. Strict
 * object issues get their own wording: valibot reports missing and unknown keys alike.
 */
export function formatIssue(issue: BaseIssue<unknown>, basePath: readonly PathKey[] = []): string {
  const items = issue.path ?? [];
  const keys = [...basePath, ...items.map((item) => item.key as PathKey)];
  const path = formatPath(keys);
  return path ? `${path}: ${messageOf(issue)}` : messageOf(issue);
}

function messageOf(issue: BaseIssue<unknown>): string {
  if (issue.type !== 'strict_object' && issue.type !== 'object') return issue.message;
  const last = issue.path?.[issue.path.length - 1];
  // Unknown keys are reported as expecting "never"; missing ones expect the key's name.
  if (last && issue.expected === 'never') {
    return FORBIDDEN_KEYS.has(String(last.key)) ? 'forbidden key' : 'unexpected field';
  }
  if (last && issue.input === undefined) return 'required field is missing';
  return `expected an object, got ${describeValue(issue.input)}`;
}
