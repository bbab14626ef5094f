import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';

/** Words and marks news text is made of, so random texts hit the rules' edge cases. */
const pieces = [
  'said',
  'Mr.',
  'U.S.',
  '"',
  '“',
  '”',
  ',',
  '.',
  '?',
  '!',
  '\n',
  '\n\n',
  'he',
  'She',
  'may',
  'would',
  'according to',
  'Ana',
  'Kovac',
  'the',
  'president',
  '$5',
  '3,000',
  'people',
  'if',
  '(',
  ')',
  '—',
  'Inc.',
  'told',
  'officials',
  'who',
  "'s",
  '’',
  'will',
  'could',
  'not',
  'I',
  'think',
];

describe('analyze() on arbitrary text', () => {
  it('never throws and always returns sentences that slice back from the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.string({ maxLength: 20 }),
        (words, noise) => {
          const text = words.join(' ') + noise;
          const { statements, figures } = analyze(text);
          for (const s of statements) {
            expect(text.slice(s.start, s.end)).toBe(s.text);
            expect(['speculation', 'reported', null]).toContain(s.label);
          }
          for (const f of figures)
            for (const sp of f.spans) expect(sp.end).toBeGreaterThan(sp.start);
        },
      ),
      { numRuns: 150 },
    );
  });

  // Crashes found by a longer run of the property below (each threw, losing the whole text's
  // analysis): a title phrase walked back past the text's first word.
  it.each([
    ['a role phrase opening the text', 'The Minister for Foreign Affairs, Harriet Kwan, said so.'],
    ['the fuzzed text that found it', '.The Lordand St.billionfrom spokesmancent Lt. Dameto&'],
  ])('does not throw on %s', (_name, text) => {
    expect(() => analyze(text)).not.toThrow();
  });

  it('never throws on runs of titles, names, small words and marks', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...titledPieces), { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (words, glued) => {
          // Words sometimes glued to the one before, as broken markup leaves them.
          const text = words.map((w, i) => (glued[i] && i > 0 ? w : ' ' + w)).join('');
          expect(() => analyze(text)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Capitalised titles, offices and names with the small words between them. */
const titledPieces =
  `The A Minister Secretary President Chief Director Governor Dr. Mr Ms Sen. Gen. Lt.
  Sir Dame Lord of for the and & at to by , . ; ? — ( ) “ ” ’s said told according may would
  Ana Kovac Berg Lestria State Finance Foreign Affairs Bank University Ministry Police Reuters
  U.S. Inc. he she who officials spokesman $5 £4.2bn 12% million KC Jr. al- von der St.`.split(
    /\s+/,
  );
