import type { SearchWindow } from './match';

/** Length of the substrings indexed. Three keeps the filter useful at a 25% error rate. */
const Q = 3;

/**
 * Where in a text an approximate match of a pattern can possibly be, from a q-gram index
 * built once per text: a match with at most k errors keeps at least (m - q + 1) - k·q of
 * the pattern's q-grams intact, on diagonals (text position − pattern position) within k
 * of each other. Counting hits per band of diagonals rules out most of a page at once, so
 * the bit-parallel search only runs where a match could be. Never rules out a real match
 * (hits are over-counted, not under-counted), so results equal a whole-text search.
 */
export class GramFilter {
  private grams: GramIndex | undefined;

  constructor(private readonly text: string) {}

  /**
   * Windows of the text that may hold a match of `pattern` with at most `maxErrors`
   * errors, merged and sorted; null when the filter cannot help (pattern too short for
   * its error bound) and the whole text must be searched.
   */
  windows(pattern: string, maxErrors: number): SearchWindow[] | null {
    const m = pattern.length;
    const threshold = m - Q + 1 - maxErrors * Q;
    if (threshold < 2) return null;
    const grams = (this.grams ??= indexGrams(this.text));
    // Bands of diagonals `band` wide; a match's hits fall in at most `span` adjacent bands.
    const band = Math.max(16, maxErrors);
    const span = Math.floor((2 * maxErrors) / band) + 2;
    const counts = new Int32Array(Math.ceil((this.text.length + m) / band) + span + 1);
    for (let i = 0; i + Q <= m; i++) {
      const h = gramHash(pattern, i);
      const end = grams.starts[h + 1]!;
      for (let j = grams.starts[h]!; j < end; j++) {
        const diagonal = grams.positions[j]! - i + m; // shifted so it is never negative
        counts[Math.floor(diagonal / band)]!++;
      }
    }
    const windows: SearchWindow[] = [];
    let sum = 0;
    for (let b = 0; b < counts.length; b++) {
      sum += counts[b]!;
      if (b >= span) sum -= counts[b - span]!;
      if (sum < threshold) continue;
      // Bands b-span+1..b hold enough hits: a match starts within those diagonals.
      const firstDiagonal = (b - span + 1) * band - m;
      const from = Math.max(0, firstDiagonal - maxErrors);
      const to = Math.min(this.text.length, (b + 1) * band - m + m + 2 * maxErrors);
      const last = windows[windows.length - 1];
      if (last && from <= last.to) last.to = Math.max(last.to, to);
      else windows.push({ from, to });
    }
    return windows;
  }
}

/**
 * Every q-gram position of the text, grouped by a 16-bit hash of the gram (compressed
 * rows: positions of bucket h are positions[starts[h] .. starts[h+1])). Colliding grams
 * only add hits, which the filter tolerates; two counting passes, no strings allocated.
 */
interface GramIndex {
  starts: Int32Array;
  positions: Int32Array;
}

const BUCKETS = 1 << 16;

function gramHash(text: string, at: number): number {
  return (
    (text.charCodeAt(at) * 961 + text.charCodeAt(at + 1) * 31 + text.charCodeAt(at + 2)) &
    (BUCKETS - 1)
  );
}

function indexGrams(text: string): GramIndex {
  const count = Math.max(0, text.length - Q + 1);
  const starts = new Int32Array(BUCKETS + 1);
  for (let p = 0; p < count; p++) starts[gramHash(text, p) + 1]!++;
  for (let h = 0; h < BUCKETS; h++) starts[h + 1]! += starts[h]!;
  const fill = starts.slice(0, BUCKETS);
  const positions = new Int32Array(count);
  for (let p = 0; p < count; p++) positions[fill[gramHash(text, p)]!++] = p;
  return { starts, positions };
}
