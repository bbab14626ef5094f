import { describe, expect, it } from 'vitest';
import { anchorAll } from '@/utils/anchoring/anchor-all';
import { describeSpan } from '@/utils/anchoring/describe';
import { createMatcher } from '@/utils/anchoring/match';
import { carrySpan, diffTexts, searchWindowFor } from '@/utils/anchoring/text-change';
import { ARTICLE, OTHER_ARTICLE, spanOf } from './fixtures';

describe('diffTexts', () => {
  it.each([
    ['equal', 'abc def', 'abc def', null],
    ['insert in the middle', 'abc def', 'abc XY def', { start: 4, oldEnd: 4, newEnd: 7 }],
    ['append', 'abc', 'abc def', { start: 3, oldEnd: 3, newEnd: 7 }],
    ['delete at start', 'abc def', 'def', { start: 0, oldEnd: 4, newEnd: 0 }],
    ['replace', 'a cat sat', 'a dog sat', { start: 2, oldEnd: 5, newEnd: 5 }],
    ['repeated letters', 'aaa', 'aaaa', { start: 3, oldEnd: 3, newEnd: 4 }],
  ])('%s', (_, before, after, change) => {
    expect(diffTexts(before, after)).toEqual(change);
  });
});

describe('carrySpan', () => {
  const change = { start: 100, oldEnd: 110, newEnd: 150 };
  it.each([
    ['well before the change', { start: 10, end: 20 }, { start: 10, end: 20 }],
    ['well after: shifted', { start: 200, end: 210 }, { start: 240, end: 250 }],
    ['context touches the change: re-anchor', { start: 80, end: 90 }, null],
    ['inside the change', { start: 102, end: 108 }, null],
    ['just after, within the context', { start: 120, end: 130 }, null],
  ])('%s', (_, span, carried) => {
    expect(carrySpan(span, change)).toEqual(carried);
  });
});

describe('orphans found where text arrived', () => {
  const phrase = 'Some residents believe the closure is a first step';
  const target = describeSpan(ARTICLE, spanOf(ARTICLE, phrase));

  it('finds text that arrived inside the search window', () => {
    const before = OTHER_ARTICLE;
    const after = `${OTHER_ARTICLE} ${ARTICLE}`;
    const change = diffTexts(before, after)!;
    const window = searchWindowFor(change, target.quote.exact.length);
    const found = createMatcher(after).anchor(target, {
      within: { from: window.start, to: window.end },
    });
    expect(found && after.slice(found.start, found.end)).toBe(phrase);
  });

  it('ignores a match outside the window', () => {
    const text = `${ARTICLE} ${OTHER_ARTICLE}`;
    const from = ARTICLE.length + 1;
    expect(createMatcher(text).anchor(target, { within: { from, to: text.length } })).toBeNull();
  });
});

describe('anchorAll', () => {
  it('anchors a shifted page from predicted positions, each on its own words', () => {
    const phrases = ['the council said on Monday', 'cracks in two of its supports', 'next week'];
    const targets = phrases.map((p) => describeSpan(ARTICLE, spanOf(ARTICLE, p)));
    const shifted = `Advertisement: buy a boat. ${ARTICLE}`;
    const spans = anchorAll(shifted, targets);
    expect(spans.map((s) => s && shifted.slice(s.start, s.end))).toEqual(phrases);
    expect(spans[2]!.start).toBe(spanOf(ARTICLE, 'next week').start + 27);
  });
});
