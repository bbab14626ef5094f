/**
 * A data model (compromise's, in practice) written as JSON and read back exactly: regular
 * expressions, sets, keys holding `undefined` and objects reached by two paths are listed
 * apart, because JSON has no way to say them. Taken at build time, read when the background starts:
 * JSON.parse of the finished model is far cheaper than building it again (see
 * scripts/build/compromise-snapshot.ts).
 */

/** Where a value sits in the model: keys and array indexes from the root. */
export type ModelPath = (string | number)[];

export interface SnapshotFixes {
  /** Regular expressions: where, source, flags. */
  regexes: [ModelPath, string, string][];
  /** Keys that are present with the value `undefined`. */
  missing: ModelPath[];
  /** An object or array met a second time: where, and where it was first met. */
  shared: [ModelPath, ModelPath][];
  /** Tables written by value (see `takeSnapshot`): where, and the mark between keys. */
  grouped: [ModelPath, string][];
  /** Sets, written as lists (innermost first). */
  sets: ModelPath[];
}

export interface ModelSnapshot {
  json: string;
  fixes: SnapshotFixes;
}

type Node = Record<string | number, unknown>;

/** Marks that may separate a grouped table's keys: the first no key contains. */
const SEPARATORS = ['|', '~', '^', '#', '`', '\t'];

/**
 * A table of many keys and few distinct values (a lexicon: word -> tags) written as
 * value -> its keys joined: a third of the size, and faster to read back than the table
 * itself. Values must be strings or lists of strings; keys with equal values share one value
 * when read back.
 */
function groupTable(
  table: object,
  path: ModelPath,
): { groups: Record<string, string>; separator: string } {
  const byValue = new Map<string, string[]>();
  for (const [key, value] of Object.entries(table)) {
    const ok =
      typeof value === 'string' ||
      (Array.isArray(value) && value.every((item) => typeof item === 'string'));
    if (!ok)
      throw new Error(
        `A grouped table holds strings or lists of strings (at ${[...path, key].join('.')}).`,
      );
    const id = JSON.stringify(value);
    const keys = byValue.get(id);
    if (keys) keys.push(key);
    else byValue.set(id, [key]);
  }
  const keys = Object.keys(table);
  const separator = SEPARATORS.find((mark) => keys.every((key) => !key.includes(mark)));
  if (separator === undefined) throw new Error(`No mark separates the keys at ${path.join('.')}.`);
  const groups: Record<string, string> = {};
  for (const [id, members] of byValue) groups[id] = members.join(separator);
  return { groups, separator };
}

/**
 * Writes the model down. `grouped` names tables to write by value (see `groupTable`).
 * Throws on values JSON cannot carry and this does not restore.
 */
export function takeSnapshot(model: object, grouped: ModelPath[] = []): ModelSnapshot {
  const fixes: SnapshotFixes = { regexes: [], missing: [], shared: [], grouped: [], sets: [] };
  const firstSeen = new Map<object, ModelPath>();
  const groupedIds = new Set(grouped.map((path) => JSON.stringify(path)));
  const plain = (value: unknown, path: ModelPath): unknown => {
    if (value instanceof RegExp) {
      fixes.regexes.push([path, value.source, value.flags]);
      return null;
    }
    if (value === undefined) {
      fixes.missing.push(path);
      return null;
    }
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new Error(`A snapshot cannot hold the number ${value} (at ${path.join('.')}).`);
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint')
      throw new Error(`A snapshot cannot hold a ${typeof value} (at ${path.join('.')}).`);
    if (value === null || typeof value !== 'object') return value;
    const seen = firstSeen.get(value);
    if (seen) {
      fixes.shared.push([path, seen]);
      return null;
    }
    firstSeen.set(value, path);
    if (groupedIds.has(JSON.stringify(path))) {
      const { groups, separator } = groupTable(value, path);
      fixes.grouped.push([path, separator]);
      return groups;
    }
    if (Array.isArray(value)) return value.map((item, i) => plain(item, [...path, i]));
    if (value instanceof Set) {
      const items = [...value].map((item, i) => plain(item, [...path, i]));
      fixes.sets.push(path); // after any set inside it, so those are read back first
      return items;
    }
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null)
      throw new Error(`A snapshot holds plain objects only (at ${path.join('.')}).`);
    const out: Node = {};
    for (const [key, item] of Object.entries(value)) out[key] = plain(item, [...path, key]);
    return out;
  };
  return { json: JSON.stringify(plain(model, [])), fixes };
}

/** Reads a snapshot back into a model equal to the one it was taken of. */
export function restoreSnapshot(json: string, fixes: SnapshotFixes): Node {
  const root = JSON.parse(json) as Node;
  const at = (path: ModelPath) => path.reduce<unknown>((node, key) => (node as Node)[key], root);
  const put = (path: ModelPath, value: unknown) => {
    (at(path.slice(0, -1)) as Node)[path[path.length - 1]!] = value;
  };
  for (const [path, separator] of fixes.grouped) {
    const table: Node = {};
    for (const [id, keys] of Object.entries(at(path) as Record<string, string>)) {
      const value = JSON.parse(id) as unknown;
      for (const key of keys.split(separator)) table[key] = value;
    }
    put(path, table);
  }
  for (const [path, source, flags] of fixes.regexes) put(path, new RegExp(source, flags));
  for (const path of fixes.missing) put(path, undefined);
  for (const path of fixes.sets) put(path, new Set(at(path) as unknown[]));
  for (const [path, first] of fixes.shared) put(path, at(first));
  return root;
}
