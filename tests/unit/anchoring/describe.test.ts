import { describe, expect, it } from 'vitest';
import { describeSpan } from '@/utils/anchoring/describe';
import { ARTICLE, spanOf } from './fixtures';

describe('describeSpan', () => {
  it('stores the quote with 32 characters of context and the position', () => {
    const span = spanOf(ARTICLE, 'cracks in two of its supports');
    const target = describeSpan(ARTICLE, span);
    expect(target.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'cracks in two of its supports',
      prefix: ARTICLE.slice(span.start - 32, span.start),
      suffix: ARTICLE.slice(span.end, span.end + 32),
    });
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.position).toEqual({ type: 'TextPositionSelector', ...span });
  });

  it.each([
    { name: 'at the start', span: { start: 0, end: 7 }, prefix: '', suffixLength: 32 },
    { name: 'at the end', span: { start: ARTICLE.length - 6, end: ARTICLE.length } },
  ])('shortens context $name of the text', ({ span, prefix, suffixLength }) => {
    const target = describeSpan(ARTICLE, span);
    if (prefix !== undefined) expect(target.quote.prefix).toBe(prefix);
    if (suffixLength !== undefined) expect(target.quote.suffix).toHaveLength(suffixLength);
    else expect(target.quote.suffix).toBe('');
  });

  it('never cuts a surrogate pair in half at the context edges', () => {
    const text = '🙂'.repeat(20) + 'quote' + '🙂'.repeat(20);
    const target = describeSpan(text, { start: 40, end: 45 });
    expect(target.quote.prefix).toBe('🙂'.repeat(16));
    expect(target.quote.suffix).toBe('🙂'.repeat(16));
    // One extra character each side puts both 32-character cuts in the middle of a pair.
    const odd = '🙂'.repeat(20) + 'xquotex' + '🙂'.repeat(20);
    const shifted = describeSpan(odd, { start: 41, end: 46 });
    expect(shifted.quote.prefix).toBe('🙂'.repeat(15) + 'x');
    expect(shifted.quote.suffix).toBe('x' + '🙂'.repeat(15));
  });

  it.each([
    { start: 5, end: 5 },
    { start: 6, end: 5 },
    { start: -1, end: 5 },
    { start: 0, end: ARTICLE.length + 1 },
    { start: 0.5, end: 3 },
  ])('throws on the invalid span %o', (span) => {
    expect(() => describeSpan(ARTICLE, span)).toThrow(RangeError);
  });
});
