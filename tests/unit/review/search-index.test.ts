import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchingWords } from '../../../utils/review/search-index';
import { searchText } from '../../../utils/review/search-text';
import { sampleAnnotation } from '../sample-annotation';

const note = (
  id: string,
  quote: string,
  extra: Partial<Parameters<typeof sampleAnnotation>[0]> = {},
) =>
  sampleAnnotation({
    id,
    title: 'T',
    note: '',
    speaker: null,
    target: {
      ...sampleAnnotation().target,
      quote: { ...sampleAnnotation().target.quote, exact: quote },
    },
    ...extra,
  });

const ids = (list: ReturnType<typeof note>[], words: string[]) => {
  const hits = matchingWords(list, words);
  return list.filter((_, i) => hits[i]).map((a) => a.id);
};

describe('the search index', () => {
  const list = [
    note('a', 'The harbour wall may fail'),
    note('b', 'wall street reacted', { note: 'Harbour board' }),
    note('c', 'nothing here', { speaker: 'Mirela Osei' }),
    note('d', 'harbourwall as one word'),
  ];
  it.each([
    [['harbour'], ['a', 'b', 'd']],
    [
      ['harbour', 'wall'],
      ['a', 'b', 'd'],
    ],
    [
      ['wall', 'harbour'],
      ['a', 'b', 'd'],
    ],
    [['osei'], ['c']],
    [['harbourwall'], ['d']],
    [
      ['wall', 'wall'],
      ['a', 'b', 'd'],
    ],
    [['fail', 'street'], []],
    // A word never spans two fields or two annotations.
    [['fail\nwall'], []],
    [['t'], ['a', 'b', 'c', 'd']],
  ])('finds %j in %j', (words, expected) => {
    expect(ids(list, words)).toEqual(expected);
  });

  it('agrees with a plain substring test on every list and query', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '’'), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word, fc.option(word)), { maxLength: 30 }),
        fc.array(
          word.filter((w) => w.trim() === w && w.length > 0),
          { maxLength: 3 },
        ),
        (rows, query) => {
          const annotations = rows.map(([quote, text, speaker], i) =>
            note(String(i), quote, { note: text, speaker }),
          );
          const words = query.map((w) => w.toLowerCase());
          const expected = annotations
            .filter((a) => words.every((w) => searchText(a).includes(w)))
            .map((a) => a.id);
          expect(ids(annotations, words)).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
