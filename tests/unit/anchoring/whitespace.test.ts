import { describe, expect, it } from 'vitest';
import { editDistance, editSimilarity } from '@/utils/anchoring/similarity';
import { collapseWhitespace, collapsedView } from '@/utils/anchoring/whitespace';

describe('collapseWhitespace / collapsedView', () => {
  it.each([
    ['a  b', 'a b'],
    ['a\n\t b', 'a b'],
    ['a\u00a0b', 'a b'],
    ['  a ', ' a '],
    ['plain text', 'plain text'],
  ])('%j collapses to %j', (raw, collapsed) => {
    expect(collapseWhitespace(raw)).toBe(collapsed);
    expect(collapsedView(raw).text).toBe(collapsed);
  });

  it('maps collapsed offsets back to the original text', () => {
    const raw = 'ab \n\n cd  ef';
    const view = collapsedView(raw);
    expect(view.text).toBe('ab cd ef');
    const at = (s: number, e: number) => raw.slice(view.toOriginalStart(s), view.toOriginalEnd(e));
    expect(at(3, 5)).toBe('cd');
    expect(at(0, 5)).toBe('ab \n\n cd');
    expect(at(6, 8)).toBe('ef');
  });
});

describe('editDistance / editSimilarity', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['said on Monday', 'said on Tuesday', 4],
  ])('distance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('scales similarity by the longer string', () => {
    expect(editSimilarity('', '')).toBe(1);
    expect(editSimilarity('abcd', 'abcd')).toBe(1);
    expect(editSimilarity('abcd', 'abce')).toBe(0.75);
    expect(editSimilarity('abcd', 'wxyz')).toBe(0);
  });
});
