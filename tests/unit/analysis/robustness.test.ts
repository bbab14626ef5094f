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
});
