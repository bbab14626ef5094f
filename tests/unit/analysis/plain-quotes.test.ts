import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';
import { plainQuotes } from '../../../utils/analysis/plain-quotes';

describe('quotation marks printed as tokens (tokenised corpora)', () => {
  it.each([
    ["`` Rates will rise , '' said Ada Ng .", '  “Rates will rise,”    said Ada Ng .'],
    ['" Rates will rise , " said Ada Ng .', ' "Rates will rise,"   said Ada Ng .'],
    ['She said : " We will wait . "', 'She said :  "We will wait."  '],
    ['"Rates will rise," said Ada Ng.', '"Rates will rise," said Ada Ng.'],
    ['He called it "odd" and left.', 'He called it "odd" and left.'],
  ])('%j reads as %j, at the same offsets', (text, expected) => {
    const plain = plainQuotes(text);
    expect(plain).toBe(expected);
    expect(plain.length).toBe(text.length);
  });

  it.each([
    ["`` We expect the sale to close by June , '' said Tomas Berg , a spokesman for Ardent ."],
    ['" We expect the sale to close by June , " said Tomas Berg , a spokesman for Ardent .'],
  ])('finds the speaker of %j and shows the original sentence', (text) => {
    const [statement] = analyze(text).statements;
    expect(statement?.speaker).toBe('Tomas Berg');
    expect(statement?.attributed).toBe(true);
    expect(text.slice(statement!.start, statement!.end)).toBe(statement!.text);
  });
});
