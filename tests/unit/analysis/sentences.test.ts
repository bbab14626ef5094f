import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/analysis/sentences';

const split = (text: string): string[] =>
  splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    [
      'a live blog’s time stamps are not sentences',
      'Updated 16:12 GMT\n16:05 GMT\nThe ferry has docked.\n2h ago\n10.32am: Crews left.',
      ['The ferry has docked.', 'Crews left.'],
    ],
    [
      'a time stamp opening a post is cut off, a time inside a sentence is not',
      '13:15 — Markets fell. At 10:30 the doors opened.',
      ['Markets fell.', 'At 10:30 the doors opened.'],
    ],
    [
      'titles never end a sentence',
      'Mr. Okafor met Dr. Lind. They talked.',
      ['Mr. Okafor met Dr. Lind.', 'They talked.'],
    ],
    [
      'initials stay inside a name',
      'Former president George H.W. Bush wrote it. It sold well.',
      ['Former president George H.W. Bush wrote it.', 'It sold well.'],
    ],
    [
      'a temperature unit ends a sentence; it is no initial',
      'The lake reached 24C. Dr. Ruiz said the fish were fine.',
      ['The lake reached 24C.', 'Dr. Ruiz said the fish were fine.'],
    ],
    [
      'a dotted acronym mid-sentence',
      'The U.S. Navy sent two ships.',
      ['The U.S. Navy sent two ships.'],
    ],
    [
      'a dotted acronym that ends the sentence',
      'Prices rose in the U.S. The rise was small.',
      ['Prices rose in the U.S.', 'The rise was small.'],
    ],
    [
      'a question inside a quotation followed by its speaker',
      '"Why now?" she asked. Nobody answered.',
      ['"Why now?" she asked.', 'Nobody answered.'],
    ],
    [
      'an exclamation followed by a named speaker',
      '“Stop!” Ms. Varga shouted at the crowd. It worked.',
      ['“Stop!” Ms. Varga shouted at the crowd.', 'It worked.'],
    ],
    [
      'a state abbreviation in a dateline',
      'BOISE, Mont. (Wire) — The dam held. Crews stayed.',
      ['BOISE, Mont. (Wire) — The dam held.', 'Crews stayed.'],
    ],
    [
      'a dateline with a short state abbreviation and a dash (h19)',
      'BATON ROUGE, La. — The levee held. In Macon, Ga. officials waited.',
      ['BATON ROUGE, La. — The levee held.', 'In Macon, Ga. officials waited.'],
    ],
    [
      'a province in a dateline and a Philippine secretary (h21)',
      'ROSETOWN, Sask. — The bridge held. DPWH Sec. Ana Cruz spoke.',
      ['ROSETOWN, Sask. — The bridge held.', 'DPWH Sec. Ana Cruz spoke.'],
    ],
    [
      'a Filipino "Ma." after a title (h21)',
      'Sen. Ma. Cristina Dizon asked why. Nobody knew.',
      ['Sen. Ma. Cristina Dizon asked why.', 'Nobody knew.'],
    ],
    [
      'a state abbreviation that ends the sentence',
      'She grew up in Tulsa, Okla. The family moved later.',
      ['She grew up in Tulsa, Okla.', 'The family moved later.'],
    ],
    [
      'line breaks always end a sentence',
      'A headline without a stop\nThe body starts here.',
      ['A headline without a stop', 'The body starts here.'],
    ],
    [
      'a company abbreviation before a name',
      'Acme Inc. Chief Executive Rosa Diaz spoke.',
      ['Acme Inc. Chief Executive Rosa Diaz spoke.'],
    ],
    [
      'a company abbreviation that ends the sentence',
      'She joined Acme Inc. The firm grew.',
      ['She joined Acme Inc.', 'The firm grew.'],
    ],
    [
      'months and numbers',
      'It opened on Jan. 5 and closed No. 3 line.',
      ['It opened on Jan. 5 and closed No. 3 line.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it.each([
    [
      'a quotation carried on by the sentence stays whole',
      'He said "it is over. We lost" and walked out. Nobody followed.',
      ['He said "it is over. We lost" and walked out.', 'Nobody followed.'],
    ],
    [
      'a quotation closed by its speaker splits into its sentences',
      '“The pier is gone. We start again,” said Ola. Work began.',
      ['“The pier is gone.', 'We start again,” said Ola.', 'Work began.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets that slice back to the sentence', () => {
    const text = '  First one.   Second one!  \n\n Third?';
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    expect(split(text)).toEqual(['First one.', 'Second one!', 'Third?']);
  });
});
