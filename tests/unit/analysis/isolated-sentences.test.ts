import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';

/**
 * Public corpora are often scored one sentence at a time (the `--jsonl` path), with no
 * headline and no earlier full name: wire sentences that name people by surname only,
 * datelines in capitals, results lines. Sentences written for the project in that style.
 */
const kinds = (text: string, kind: string): string[] =>
  analyze(text)
    .figures.filter((f) => f.kind === kind)
    .map((f) => f.name);

describe('people in a sentence on its own', () => {
  it.each([
    [
      'the object of "met" after a known person',
      'Clinton met Vostrikov in Minsk on Friday.',
      'Vostrikov',
    ],
    ['a surname tagged as a verb, before "said"', 'Lebed said he would fly south.', 'Lebed'],
    ['a surname before a verb of criticism', 'Gingrich criticised the plan on Sunday.', 'Gingrich'],
    ['a surname with an age', 'Tarasenko, 65, has not been seen in public.', 'Tarasenko'],
    ['a surname with a personal passive', 'Rabinek was assassinated in 1995.', 'Rabinek'],
    [
      'a possessive appositive with a hyphenated job',
      'Ruud Gullit, Chelsea’s player-manager, praised the defence.',
      'Ruud Gullit',
    ],
    [
      'an appositive in text tokenised with spaces before commas',
      'Peter Vandermolen , a spokesman for the ministry , said the deal was done .',
      'Peter Vandermolen',
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text, 'person')).toContain(expected);
  });

  it('reads the role across commas written with a space before them', () => {
    const p = analyze('Peter Vandermolen , a spokesman for the ministry , said so .').figures[0];
    expect(p?.role).toBe('a spokesman for the ministry');
  });

  it.each([
    ['a company before "agrees"', 'Brightwater agrees to buy its rival.'],
    ['a company before "reported"', 'Quillfin reported higher sales.'],
    ['a place after "met"', 'Clinton met officials in Moscow.'],
  ])('no person: %s', (_name, text) => {
    expect(kinds(text, 'person').filter((n) => n !== 'Clinton')).toEqual([]);
  });
});

describe('figures in a sentence on its own', () => {
  it.each([
    ['a dateline with an ISO date', 'OSLO 1996-08-22'],
    ['a telephone number', '-- Jakarta newsroom +62 21 384 6364'],
    ['a date with slashes', 'It was signed on 22/08/1996.'],
  ])('no figure: %s', (_name, text) => {
    expect(kinds(text, 'number')).toEqual([]);
  });
});
