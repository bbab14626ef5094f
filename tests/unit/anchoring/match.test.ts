import { describe, expect, it } from 'vitest';
import { describeSpan } from '@/utils/anchoring/describe';
import { anchorTarget } from '@/utils/anchoring/match';
import type { TextSpan, TextTarget } from '@/utils/anchoring/types';
import { ARTICLE, OTHER_ARTICLE, spanOf } from './fixtures';

/** Every span of 1..maxWords whole words in `text`. */
function wordSpans(text: string, maxWords: number): TextSpan[] {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const spans: TextSpan[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxWords && i + n <= words.length; n++) {
      spans.push({ start: words[i]!.start, end: words[i + n - 1]!.end });
    }
  }
  return spans;
}

const withoutHint = (target: TextTarget): TextTarget => ({
  ...target,
  position: { ...target.position, start: -1, end: -1 },
});

describe('anchorTarget on unchanged text', () => {
  it('re-anchors every word-aligned span of 1-8 words to itself', () => {
    const spans = wordSpans(ARTICLE, 8);
    const misses = spans.filter((s) => {
      const found = anchorTarget(ARTICLE, describeSpan(ARTICLE, s));
      return found?.start !== s.start || found.end !== s.end;
    });
    expect(spans.length).toBeGreaterThan(1000);
    expect(misses).toEqual([]);
  });

  it('re-anchors arbitrary character spans to themselves', () => {
    // Selections are trimmed before they are described, so spans never start or end on a space.
    for (let start = 0; start < ARTICLE.length - 1; start += 7) {
      for (const length of [1, 5, 33, 120]) {
        const span = { start, end: Math.min(ARTICLE.length, start + length) };
        if (ARTICLE[span.start] === ' ' || ARTICLE[span.end - 1] === ' ') continue;
        expect(anchorTarget(ARTICLE, describeSpan(ARTICLE, span))).toEqual(span);
      }
    }
  });
});

describe('anchorTarget after a paragraph is inserted above (position hint is stale)', () => {
  const lead = 'Updated at noon with comment from the developer. ';
  const edited = lead + ARTICLE;

  it('finds every word-aligned span of 1-6 words at its shifted position', () => {
    const misses = wordSpans(ARTICLE, 6).filter((s) => {
      const found = anchorTarget(edited, describeSpan(ARTICLE, s));
      return found?.start !== s.start + lead.length || found.end !== s.end + lead.length;
    });
    expect(misses).toEqual([]);
  });

  it('also works with no usable position at all', () => {
    const span = spanOf(ARTICLE, 'the council said', 200);
    const target = withoutHint(describeSpan(ARTICLE, span));
    expect(anchorTarget(edited, target)).toEqual({
      start: span.start + lead.length,
      end: span.end + lead.length,
    });
  });
});

interface EditCase {
  name: string;
  quote: string;
  /** Which occurrence of `quote` in ARTICLE is annotated (0-based). */
  occurrence?: number;
  edit: (text: string) => string;
  /** The text the anchor must cover afterwards, or null for an orphan. */
  expected: string | null;
}

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture edit not applicable: ${from}`);
  return text.replace(from, to);
};

const EDIT_CASES: EditCase[] = [
  {
    name: 'word changed far before the passage',
    quote: 'a consultation would open next week',
    edit: replace('built in 1911', 'completed in 1911'),
    expected: 'a consultation would open next week',
  },
  {
    name: 'word changed right before the passage (inside the prefix)',
    quote: 'a first step towards selling the waterfront',
    edit: replace('Some residents believe', 'Many residents fear'),
    expected: 'a first step towards selling the waterfront',
  },
  {
    name: 'sentence removed right after the passage (suffix changed)',
    quote: 'Officials expect repairs to cost at least 4.2 million',
    edit: replace(' Some residents believe the closure is', ' A petition says it is'),
    expected: 'Officials expect repairs to cost at least 4.2 million',
  },
  {
    name: 'one word changed inside a long passage',
    quote: 'the plan might end a century of fishing from the town',
    edit: replace('a century of fishing', 'a century of angling'),
    expected: 'the plan might end a century of angling from the town',
  },
  {
    name: 'typo fixed inside a passage, text before it grew',
    quote: 'has been shut to vehicles since a survey found cracks',
    edit: (t) => 'Correction appended. ' + t.replace('survey found', 'survey had found'),
    expected: 'has been shut to vehicles since a survey had found cracks',
  },
  {
    name: 'repeat: the second "the council said" is found by its context',
    quote: 'the council said',
    occurrence: 1,
    edit: (t) => 'Breaking: ' + t,
    expected: 'the council said',
  },
  {
    name: 'passage deleted, unrelated text only: orphan',
    quote: 'A spokesperson for the developer said it had no plans for the site',
    edit: replace(
      'A spokesperson for the developer said it had no plans for the site and had not approached the council. ',
      '',
    ),
    expected: null,
  },
  {
    name: 'short passage deleted while the same words remain elsewhere: orphan',
    quote: 'next week',
    occurrence: 1,
    edit: replace(
      'The council said a consultation would open next week and run until the end of the month. ',
      '',
    ),
    expected: null,
  },
  {
    name: 'whole page replaced by another article: orphan',
    quote: 'the final figure could rise',
    edit: () => OTHER_ARTICLE,
    expected: null,
  },
];

describe('anchorTarget after edits', () => {
  it.each(EDIT_CASES)('$name', ({ quote, occurrence = 0, edit, expected }) => {
    let from = 0;
    for (let i = 0; i < occurrence; i++) from = ARTICLE.indexOf(quote, from) + 1;
    const target = describeSpan(ARTICLE, spanOf(ARTICLE, quote, from));
    const edited = edit(ARTICLE);
    const found = anchorTarget(edited, target);
    if (expected === null) {
      expect(found).toBeNull();
    } else {
      expect(found && edited.slice(found.start, found.end)).toBe(expected);
      if (occurrence > 0) {
        // The right repeat, not merely the right words: same place relative to its prefix.
        expect(edited.slice(found!.start - 32, found!.start)).toBe(target.quote.prefix);
      }
    }
  });
});

describe('anchorTarget and similar-but-different text', () => {
  const list = [
    'The council approved the budget for parks and playgrounds this spring.',
    'The council approved the budget for roads and bridges this spring.',
    'The council rejected the budget for the museum this spring.',
  ].join(' ');

  // Deleting the *first* item would leave exactly the text an in-place edit of it would,
  // which no matcher can tell apart; a middle item still has its neighbours' context.
  it('orphans a deleted list item rather than moving onto its neighbour', () => {
    const target = describeSpan(
      list,
      spanOf(list, 'The council approved the budget for roads and bridges'),
    );
    const edited = list.replace(
      'The council approved the budget for roads and bridges this spring. ',
      '',
    );
    expect(anchorTarget(edited, target)).toBeNull();
  });

  it('still follows a small edit to the same list item', () => {
    const target = describeSpan(
      list,
      spanOf(list, 'The council approved the budget for parks and playgrounds'),
    );
    const edited = list.replace('parks and playgrounds', 'parks and play areas');
    const found = anchorTarget(edited, target);
    expect(found && edited.slice(found.start, found.end)).toBe(
      'The council approved the budget for parks and play areas',
    );
  });
});

describe('anchorTarget with many repeats', () => {
  it('picks the right one of hundreds of copies of a one-letter quote', () => {
    const page = Array.from({ length: 6 }, (_, i) => `Part ${i}. ${ARTICLE}`).join(' ');
    const start = page.indexOf('pier', page.indexOf('Part 4.')) + 1; // the "i"
    const target = describeSpan(page, { start, end: start + 1 });
    expect(anchorTarget('Updated. ' + page, target)).toEqual({
      start: start + 'Updated. '.length,
      end: start + 1 + 'Updated. '.length,
    });
  });
});

describe('anchorTarget whitespace and degenerate input', () => {
  it('compares quotes whitespace-collapsed', () => {
    const target = describeSpan(ARTICLE, spanOf(ARTICLE, 'the old ferry pier'));
    target.quote.exact = 'the  old\n ferry\tpier';
    target.position.start = 0;
    expect(anchorTarget(ARTICLE, target)).toEqual(spanOf(ARTICLE, 'the old ferry pier'));
  });

  it('returns offsets in the caller’s text when that text is not collapsed', () => {
    const raw = 'Alpha beta.\n\n   Gamma   delta epsilon.';
    const target = describeSpan('Alpha beta. Gamma delta epsilon.', { start: 12, end: 23 });
    const found = anchorTarget(raw, target);
    expect(found && raw.slice(found.start, found.end)).toBe('Gamma   delta');
  });

  it('returns null for an empty or blank quote', () => {
    const target = describeSpan(ARTICLE, { start: 0, end: 5 });
    target.quote.exact = ' \n ';
    expect(anchorTarget(ARTICLE, target)).toBeNull();
  });

  it('ignores a position hint outside the text', () => {
    const span = spanOf(ARTICLE, 'Westmouth');
    const target = describeSpan(ARTICLE, span);
    target.position = { type: 'TextPositionSelector', start: 99_999, end: 100_008 };
    expect(anchorTarget(ARTICLE, target)).toEqual(span);
  });
});

describe('anchorTarget with a quote stored without context (imported from other tools)', () => {
  const contextFree = (exact: string, start: number): TextTarget => ({
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
  });
  const once = 'the old ferry pier'; // in ARTICLE once
  const page = `A new opening paragraph moves everything. ${ARTICLE}`;

  it.each([
    ['an unrepeated phrase, stale position', page, once, 3, spanOf(page, once)],
    ['an unrepeated phrase, no position', page, once, -1, spanOf(page, once)],
    ['a phrase the page repeats', `${page} Again: ${once}.`, once, 3, null],
    ['a phrase too short to trust alone', page, 'ferry', 3, null],
    ['a phrase that is gone', OTHER_ARTICLE, once, 3, null],
  ])('%s', (_name, text, exact, start, expected) => {
    expect(anchorTarget(text, contextFree(exact, start))).toEqual(expected);
  });
});
