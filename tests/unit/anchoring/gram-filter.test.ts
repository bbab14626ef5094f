import { seededRandom } from '../../../scripts/lib/seeded-random';
import search from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GramFilter } from '@/utils/anchoring/gram-filter';
import { makeDoc, textOf } from './edit-model';

/** A page's text and a pattern taken from it with a few random edits (or from nowhere). */
const textAndPattern = fc
  .record({
    seed: fc.integer({ min: 1, max: 2 ** 30 }),
    at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
    length: fc.integer({ min: 8, max: 120 }),
    edits: fc.array(
      fc.record({
        at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        insert: fc.stringMatching(/^[a-z ]{0,3}$/),
        remove: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 8 },
    ),
  })
  .map(({ seed, at, length, edits }) => {
    const text = textOf(makeDoc(seededRandom(seed), 8));
    const start = Math.floor(at * (text.length - length));
    let pattern = text.slice(start, start + length);
    for (const e of edits) {
      const p = Math.floor(e.at * pattern.length);
      pattern = pattern.slice(0, p) + e.insert + pattern.slice(p + e.remove);
    }
    return { text, pattern: pattern || 'x' };
  });

describe('GramFilter', () => {
  it('keeps every approximate match a whole-text search finds', () => {
    fc.assert(
      fc.property(textAndPattern, ({ text, pattern }) => {
        const maxErrors = Math.floor(pattern.length / 4);
        const windows = new GramFilter(text).windows(pattern, maxErrors);
        if (!windows) return; // too short to filter: the caller searches everything
        for (const match of search(text, pattern, maxErrors)) {
          const inside = windows.some((w) => w.from <= match.start && match.end <= w.to);
          expect(
            inside,
            `match ${match.start}-${match.end} outside ${JSON.stringify(windows)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('rules out most of a long page for a passage that is not on it', () => {
    const text = textOf(makeDoc(seededRandom(42), 60));
    const windows = new GramFilter(text).windows('the harbour wall alone may not be enough', 10)!;
    const covered = windows.reduce((n, w) => n + w.to - w.from, 0);
    expect(covered / text.length).toBeLessThan(0.2);
  });
});
