import type { Annotation } from '../db/types';

/** What the people view needs of a page's analysed figures (PageRecord.figures, optional). */
export interface FigureHint {
  name: string;
  role: string | null;
  mentions?: readonly string[];
}

/** One person across every page the reader annotated, under all the names used for them. */
export interface Person {
  /** Stable key: the lower-cased canonical name. */
  key: string;
  /** The fullest plain name seen, e.g. "Sergei Shoigu". */
  name: string;
  /** Every spelling that was merged into this person, as written. */
  aliases: string[];
  /** Roles seen, from titles in front of the name and from page analysis. */
  roles: string[];
  /** Attributed annotations, newest first. */
  statements: Annotation[];
}

/**
 * Capitalised words that describe a position rather than name someone: a title run in front of
 * a name ("Russian Defense Minister Sergei Shoigu") ends at the last of these.
 */
const ROLE_WORDS = new Set(
  (
    'minister secretary president vice prime chancellor spokesman spokeswoman spokesperson ' +
    'general gen. colonel admiral commander chief director governor mayor senator senate ' +
    'representative rep. sen. gov. judge justice ambassador envoy adviser advisor deputy ' +
    'head chair chairman chairwoman ceo cfo founder king queen prince princess pope ' +
    'defense defence foreign interior finance health economy trade state national federal ' +
    'former acting new top senior lead leader officer official professor prof. dr. dr mr. mr ' +
    'mrs. mrs ms. ms sir dame lord lady captain capt. sergeant lieutenant analyst economist ' +
    'opposition party member mp council councillor coach manager editor correspondent'
  ).split(' '),
);

const HONORIFICS = new Set([
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
  'prof.',
  'sir',
  'dame',
]);

const words = (name: string) =>
  name
    .replace(/[’']s$/u, '')
    .split(/\s+/)
    .filter(Boolean);
const lower = (list: readonly string[]) => list.map((w) => w.toLowerCase());

/** Splits "Russian Defense Minister Sergei Shoigu" into role and name; a bare name has no role. */
export function splitTitle(raw: string): { role: string | null; name: string } {
  const parts = words(raw.trim());
  let cut = 0;
  // The title runs up to the last role word, so adjectives in front of it ("Russian Defense")
  // go with it. The last word is never eaten: "President" alone stays a (poor) name.
  parts.forEach((word, i) => {
    if (i < parts.length - 1 && ROLE_WORDS.has(word.toLowerCase())) cut = i + 1;
  });
  const name = parts.slice(cut).join(' ');
  // "Dr." or "Mr." is a form of address, not a role worth listing.
  const role = parts.slice(0, cut).filter((w) => !HONORIFICS.has(w.toLowerCase()));
  return { role: role.length ? role.join(' ') : null, name };
}

interface Cluster {
  tokens: string[];
  spellings: Map<string, number>;
  roles: Set<string>;
  aliases: string[];
  statements: Annotation[];
}

/**
 * Every named speaker in the annotations, names that refer to the same person merged: a name's
 * words with the title removed are matched by their tail, so "Shoigu" and "Minister Sergei
 * Shoigu" join "Sergei Shoigu". A bare surname shared by two different full names stays apart
 * (it could be either), and so do relatives with different first names.
 */
export function collectPeople(
  annotations: readonly Annotation[],
  figures: readonly FigureHint[] = [],
): Person[] {
  const clusters: Cluster[] = [];
  const bySurname = new Map<string, Cluster[]>();
  const counts = new Map<string, number>();
  for (const a of annotations)
    if (a.speaker) counts.set(a.speaker, (counts.get(a.speaker) ?? 0) + 1);
  const figureNames = figures.flatMap((f) => [f.name, ...(f.mentions ?? [])]);
  const all = [...new Set([...counts.keys(), ...figureNames])];
  // Longest names first, so full names found the clusters that shorter forms then join.
  const split = all
    .map((raw) => ({ raw, ...splitTitle(raw) }))
    .sort((x, y) => words(y.name).length - words(x.name).length);

  const clusterOf = new Map<string, Cluster>();
  for (const { raw, role, name } of split) {
    const tokens = lower(words(name));
    if (tokens.length === 0) continue;
    const surname = tokens[tokens.length - 1]!;
    const candidates = (bySurname.get(surname) ?? []).filter((c) => endsWith(c.tokens, tokens));
    let cluster = candidates.length === 1 ? candidates[0] : undefined;
    if (!cluster && candidates.length > 1) {
      // "Shoigu" with two Shoigus known: ambiguous, so it gets its own entry.
      cluster = candidates.find((c) => c.tokens.join(' ') === tokens.join(' '));
    }
    if (!cluster) {
      cluster = { tokens, spellings: new Map(), roles: new Set(), aliases: [], statements: [] };
      clusters.push(cluster);
      bySurname.set(surname, [...(bySurname.get(surname) ?? []), cluster]);
    }
    cluster.spellings.set(name, (cluster.spellings.get(name) ?? 0) + (counts.get(raw) ?? 0));
    if (role) cluster.roles.add(role);
    cluster.aliases.push(raw);
    clusterOf.set(raw, cluster);
  }
  for (const f of figures) {
    const cluster = clusterOf.get(f.name);
    if (cluster && f.role) cluster.roles.add(f.role);
  }
  for (const a of annotations) {
    if (a.speaker) clusterOf.get(a.speaker)?.statements.push(a);
  }
  return clusters
    .filter((c) => c.statements.length > 0)
    .map(toPerson)
    .sort((x, y) => y.statements.length - x.statements.length || x.name.localeCompare(y.name));
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((word, i) => whole[offset + i] === word);
}

function toPerson(c: Cluster): Person {
  // The canonical name is the fullest spelling: the cluster's founding tokens.
  const name =
    [...c.spellings.keys()].find((s) => lower(words(s)).join(' ') === c.tokens.join(' ')) ??
    c.tokens.join(' ');
  const statements = [...c.statements].sort((x, y) =>
    x.createdAt < y.createdAt ? 1 : x.createdAt > y.createdAt ? -1 : 0,
  );
  return {
    key: name.toLowerCase(),
    name,
    aliases: c.aliases,
    roles: [...c.roles].sort(),
    statements,
  };
}

/** Speaker spelling → person key, for filtering the annotation list by person. */
export function personKeys(people: readonly Person[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const person of people) for (const alias of person.aliases) keys.set(alias, person.key);
  return keys;
}
