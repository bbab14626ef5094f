import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSentences, scoreSentences } from '../../../scripts/lib/sentence-score';

/**
 * Single sentences in the styles of public labelled corpora (hedge cues in Wikipedia
 * weasel wording and biomedical abstracts, PARC-style wire attribution, and the tricky
 * negatives: ability "can", scheduled "will", "said" as an adjective, "claims" as a noun,
 * imperatives, questions). Written and labelled before the analyzer saw them; each text
 * is analysed alone, as `analyze --jsonl` does. First scored at attributed F1 0.911,
 * hedged F1 0.813 (see the git log); the fixes it prompted are rows in
 * corpus-rows.test.ts. Floors sit a little under the current figures.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'sentences');

describe.each([
  // [file, attributed F1, hedged F1, speaker accuracy floors]
  ['sentences.txt', 0.97, 0.96, 0.97],
  // The second batch, written after the first batch's fixes: first scored at attributed
  // F1 0.967, hedged F1 0.922.
  ['sentences-2.txt', 0.96, 0.96, 0.97],
  // The third, written after the second's fixes: first scored at attributed F1 0.946,
  // hedged F1 0.829.
  ['sentences-3.txt', 0.96, 0.95, 0.97],
  // The fourth, written after the third's fixes: first scored at attributed F1 1.0,
  // hedged F1 0.909.
  ['sentences-4.txt', 0.96, 0.96, 0.97],
  // Hedge batches h4-1 to h4-5, news sentences rich in near-misses, each written after
  // the previous one's fixes; first scored at hedged F1 0.954, 0.907, 0.864, 0.87, 0.875.
  ['h4-sentences-1.txt', 0.96, 0.97, 0.97],
  ['h4-sentences-2.txt', 0.96, 0.97, 0.97],
  ['h4-sentences-3.txt', 0.93, 0.97, 0.97],
  ['h4-sentences-4.txt', 0.96, 0.97, 0.97],
  ['h4-sentences-5.txt', 0.96, 0.96, 0.97],
  // h4-6 first scored at hedged F1 0.931; its attribution floor was low for one false
  // alarm ('The discovery explains why …', fixed in session 5) among three attributed.
  ['h4-sentences-6.txt', 0.95, 0.97, 0.97],
  // h4-7, quotations and reported speech: first scored at attributed F1 0.98, hedged 0.867.
  ['h4-sentences-7.txt', 0.96, 0.96, 0.97],
  // Session 5. s5: encyclopedia, abstract and business-news styles, first scored at
  // hedged F1 0.904 / 0.883 / 0.96, attributed 0.971 / 0.833 / 0.951. h6 and h7: hedge
  // near-misses, first scored at hedged F1 0.873 and 0.829, attributed 0.974 and 0.857.
  ['s5-wiki.txt', 0.95, 0.96, 0.97],
  ['s5-bio.txt', 0.88, 0.95, 0.97],
  ['s5-wsj.txt', 0.95, 0.94, 0.97],
  ['h6-sentences.txt', 0.97, 0.95, 0.92],
  ['h7-sentences.txt', 0.92, 0.91, 0.97],
  // Session 6: event-factuality, attribution-relation and opinion styles (before their fixes:
  // attributed 0.974 / 0.97 / 0.909, hedged 0.971 / 0.967 / 0.952).
  ['s6-factbank.txt', 0.97, 0.96, 0.97],
  ['s6-parc.txt', 0.97, 0.94, 0.97],
  ['s6-mpqa.txt', 0.95, 0.97, 0.97],
])('corpus-style sentences in %s', (file, attributed, hedged, speaker) => {
  const { scores, misses } = scoreSentences(readSentences(join(DIR, file)));
  it.each([
    ['attributed F1', scores.attributed.f1, attributed],
    ['hedged F1', scores.hedged.f1, hedged],
    ['speaker accuracy', scores.speaker_acc, speaker],
  ])('%s %f ≥ %f', (_name, value, floor) => {
    expect(value, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
