/**
 * Cheap checks that let the analyzer skip an expression on a sentence it cannot match.
 * Each gate lists lower-case strings at least one of which any match contains; it is derived
 * from the expression itself by `npm run gen:gates` (scripts/gates/required-text.ts) and looked
 * up by a fingerprint of the expression's text, so an expression edited since then simply has
 * no gate (slower, never wrong) until the gates are generated again; a unit test says when.
 */
import { GATES } from './regex-gates.generated';

/** A fingerprint of an expression's flags and text: two 32-bit hashes in the FNV-1a way (different primes), in base 36. */
export function fingerprint(re: RegExp): string {
  const text = `${re.flags}/${re.source}`;
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x811c9dc5) ^ (b >>> 15);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36).padStart(7, '0');
}

/** Gate strings are at least three characters long: a hash of their first three picks a bucket. */
const BUCKETS = 1 << 16;
const bucketAt = (text: string, at: number): number =>
  (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) &
  (BUCKETS - 1);

type Entry = { text: string; re: RegExp };

/**
 * For a fixed list of expressions, a function that reads a lower-cased sentence once and
 * returns those that may match in it: every expression without a gate, and each gated one
 * whose strings appear. One pass over the sentence, however many expressions and strings:
 * at each position one array lookup, and a comparison only where a gate string may begin.
 */
export function gateScanner(patterns: readonly RegExp[]): (lower: string) => Set<RegExp> {
  const ungated: RegExp[] = [];
  const buckets: (Entry[] | undefined)[] = new Array<Entry[] | undefined>(BUCKETS);
  for (const re of patterns) {
    const gate = GATES[fingerprint(re)];
    if (!gate) {
      ungated.push(re);
      continue;
    }
    for (const text of gate) (buckets[bucketAt(text, 0)] ??= []).push({ text, re });
  }
  return (lower) => {
    const out = new Set(ungated);
    for (let i = 0; i + 3 <= lower.length; i++) {
      const bucket = buckets[bucketAt(lower, i)];
      if (!bucket) continue;
      for (const { text, re } of bucket) if (!out.has(re) && lower.startsWith(text, i)) out.add(re);
    }
    return out;
  };
}
