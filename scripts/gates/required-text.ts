/**
 * What a sentence must contain for a regular expression to match in it: a short list of
 * lower-case strings, at least one of which appears in any text the expression can match
 * (the gate), or null when no useful list exists. Derived from the expression's syntax
 * tree (regexpp), so a gate never rules out a sentence the expression would match: every
 * step below only ever widens the set of texts it assumes possible.
 *
 * Used by `npm run gen:gates` to write `utils/analysis/regex-gates.generated.ts`; the
 * analyzer then skips an expression on every sentence that lacks all of its gate's strings.
 */
import { type AST, RegExpParser } from '@eslint-community/regexpp';

/** The most strings one exact set may hold before it is given up as too wide. */
const EXACT_CAP = 48;
/** A gate is read in one pass over the sentence however long it is; this only bounds its size. */
const GATE_CAP = 48;
/** Strings shorter than this are in almost every sentence: not worth a check. */
const GATE_MIN_LENGTH = 3;

/**
 * What is known about the texts one piece of an expression matches: `exact`, a finite set
 * that includes every one of them (null if too many or unbounded); `need`, strings at least
 * one of which the whole sentence must contain for the piece to match (null if none known).
 */
interface Known {
  exact: Set<string> | null;
  need: string[] | null;
}

const NOTHING_KNOWN: Known = { exact: null, need: null };
const ZERO_WIDTH: Known = { exact: new Set(['']), need: null };

/** The gate for `re`, or null. Case is folded to lower case on both sides. */
export function requiredText(re: RegExp): string[] | null {
  // With `i` and `u` together, "s" and "k" also match "ſ" and "K" (Kelvin), which lower-case
  // to themselves: lower-casing the sentence would not find them. Such expressions get no gate.
  if (re.flags.includes('i') && /[uv]/.test(re.flags)) return null;
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  const pattern = parser.parsePattern(re.source, 0, re.source.length, {
    unicode: re.flags.includes('u'),
    unicodeSets: re.flags.includes('v'),
  });
  const need = bestNeed(alternation(pattern.alternatives));
  if (!need || need.length > GATE_CAP) return null;
  if (Math.min(...need.map((s) => s.length)) < GATE_MIN_LENGTH) return null;
  return [...need].sort();
}

function alternation(alternatives: AST.Alternative[]): Known {
  const known = alternatives.map(sequence);
  const exacts = known.map((k) => k.exact);
  let exact: Set<string> | null = null;
  if (exacts.every((e): e is Set<string> => e !== null)) {
    exact = new Set(exacts.flatMap((e) => [...e]));
    if (exact.size > EXACT_CAP) exact = null;
  }
  // Each alternative brings its own best requirement; the sentence needs one of them.
  const needs = known.map(bestNeed);
  const need = needs.every((n): n is string[] => n !== null) ? prune(needs.flat()) : null;
  return { exact, need };
}

/** The elements in order: runs of exactly known pieces join into longer strings. */
function sequence(alternative: AST.Alternative): Known {
  const candidates: string[][] = [];
  let run = new Set(['']);
  const closeRun = () => {
    if (!run.has('')) candidates.push([...run]);
  };
  // Runs of pieces with a single text each ("that", " expected") give one plain string.
  let literal = '';
  const closeLiteral = () => {
    if (literal) candidates.push([literal]);
    literal = '';
  };
  let whole: Set<string> | null = new Set(['']);
  for (const element of alternative.elements) {
    const k = piece(element);
    if (k.need) candidates.push(k.need);
    if (k.exact?.size === 1) literal += [...k.exact][0];
    else closeLiteral();
    whole = whole && k.exact ? product(whole, k.exact) : null;
    if (k.exact) {
      const next = product(run, k.exact);
      if (next) run = next;
      else {
        closeRun();
        run = k.exact;
      }
    } else {
      closeRun();
      run = new Set(['']);
    }
  }
  closeRun();
  closeLiteral();
  return { exact: whole, need: pickBest(candidates) };
}

function piece(node: AST.Element): Known {
  switch (node.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value).toLowerCase()]), need: null };
    case 'CharacterClass':
      return characterClass(node);
    case 'Group':
    case 'CapturingGroup':
      return alternation(node.alternatives);
    case 'Quantifier':
      return quantified(node);
    case 'Assertion':
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') {
        // Takes no text; a positive one still needs its text somewhere in the sentence.
        return node.negate
          ? ZERO_WIDTH
          : { exact: new Set(['']), need: bestNeed(alternation(node.alternatives)) };
      }
      return ZERO_WIDTH; // ^, $, \b, \B
    default:
      // \w, \s, \d, ., \p{…}, back-references, modifiers: anything may be there.
      return NOTHING_KNOWN;
  }
}

function characterClass(node: AST.CharacterClass): Known {
  if (node.negate) return NOTHING_KNOWN;
  const chars = new Set<string>();
  for (const el of node.elements) {
    if (el.type === 'Character') chars.add(String.fromCodePoint(el.value).toLowerCase());
    else if (el.type === 'CharacterClassRange' && el.max.value - el.min.value < EXACT_CAP) {
      for (let c = el.min.value; c <= el.max.value; c++)
        chars.add(String.fromCodePoint(c).toLowerCase());
    } else return NOTHING_KNOWN;
  }
  return chars.size <= EXACT_CAP ? { exact: chars, need: null } : NOTHING_KNOWN;
}

function quantified(node: AST.Quantifier): Known {
  const inner = piece(node.element);
  if (node.max === 0) return ZERO_WIDTH;
  if (node.min === 0) {
    // "s?" is "" or "s"; anything longer or unbounded may as well be absent.
    return node.max === 1 && inner.exact
      ? { exact: new Set(['', ...inner.exact]), need: null }
      : NOTHING_KNOWN;
  }
  // At least one copy: what one copy needs, the whole needs.
  let exact: Set<string> | null = null;
  if (node.min === node.max && inner.exact) {
    exact = new Set(['']);
    for (let i = 0; i < node.min && exact; i++) exact = product(exact, inner.exact);
  }
  return { exact, need: bestNeed(inner) };
}

function product(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > EXACT_CAP) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** A requirement from what is known: the need, or the exact strings if none is empty. */
function bestNeed(k: Known): string[] | null {
  const fromExact = k.exact && !k.exact.has('') ? prune([...k.exact]) : null;
  return pickBest([k.need, fromExact].filter((c): c is string[] => c !== null));
}

/**
 * The most selective of several requirements that all hold. A rough chance that a sentence
 * holds a string halves with each character it has beyond two; a list's chance is their sum.
 */
function pickBest(candidates: string[][]): string[] | null {
  // A list with a string too short to check ("I ") would leave the expression ungated.
  const chance = (c: string[]) =>
    c.some((s) => s.length < GATE_MIN_LENGTH)
      ? Infinity
      : c.reduce((sum, s) => sum + 0.5 ** Math.max(0, s.length - 2), 0);
  let best: string[] | null = null;
  for (const c of candidates) if (c.length > 0 && (!best || chance(c) < chance(best))) best = c;
  return best;
}

/** Drops any string that contains another of the set: finding the shorter one is enough. */
function prune(strings: string[]): string[] {
  const unique = [...new Set(strings)];
  const kept = unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
  return kept.length > SHORT_LIST ? cover(kept) : kept;
}

/** A list longer than this is worth replacing by a few shared parts of its strings. */
const SHORT_LIST = 8;
/** The shortest part `cover` may pick (a string shorter than that stands for itself). */
const PART_MIN = 4;

/**
 * A shorter list that any text holding one of `strings` also holds one of: shared parts of
 * the strings, picked greedily ("is bound to", "was bound to", … -> "bound to"). Each part
 * is a piece of a string it stands for, so the requirement only gets weaker, never wrong.
 */
function cover(strings: string[]): string[] {
  const parts = new Set<string>();
  for (const s of strings) {
    if (s.length <= PART_MIN) parts.add(s);
    for (let len = PART_MIN; len <= Math.min(s.length, 12); len++)
      for (let i = 0; i + len <= s.length; i++) parts.add(s.slice(i, i + len));
  }
  let left = strings;
  const chosen: string[] = [];
  while (left.length > 0) {
    let best = '';
    let covered = 0;
    for (const part of parts) {
      const n = left.filter((s) => s.includes(part)).length;
      if (n > covered || (n === covered && part.length > best.length)) {
        best = part;
        covered = n;
      }
    }
    chosen.push(best);
    left = left.filter((s) => !s.includes(best));
  }
  return chosen;
}
