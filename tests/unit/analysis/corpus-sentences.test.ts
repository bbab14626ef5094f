import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSentences, scoreSentences } from '../../../scripts/lib/sentence-score';

/**
 * Single sentences in the styles of public labelled corpora (hedge cues in Wikipedia
 * weasel wording and biomedical abstracts, PARC-style wire attribution, and the tricky
 * negatives: ability "can", scheduled "will", "said" as an adjective, "claims" as a noun,
 * imperatives, questions). Written and labelled before the analyzer saw them; each text
 * is analysed alone, as `analyze --jsonl` does. Floors sit a little under the current
 * figures.
 */
const FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'analysis',
  'sentences',
  'sentences.txt',
);

describe('corpus-style sentences', () => {
  const { scores, misses } = scoreSentences(readSentences(FILE));
  it.each([
    ['attributed F1', scores.attributed.f1, 0.9],
    ['hedged F1', scores.hedged.f1, 0.8],
    ['speaker accuracy', scores.speaker_acc, 0.98],
  ])('%s %f ≥ %f', (_name, value, floor) => {
    expect(value, misses.join('\n')).toBeGreaterThanOrEqual(floor);
  });
});
