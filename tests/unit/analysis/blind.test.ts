import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGold } from '../../../scripts/lib/gold-score';

/**
 * Ten articles written and labelled by someone who never saw the analyzer's code or output
 * (session 3), in the schema of ../shared/gold: the project's most honest stand-in for the
 * held-out pages. Do not tune rules on them: read their misses only to confirm a mistake
 * found elsewhere, or they stop measuring anything. Floors sit a little under the figures
 * measured when the set was first scored against a finished analyzer.
 *   npm run -s score:blind [-- --misses]
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'blind');

describe('blind articles', () => {
  const { scores } = scoreGold(join(DIR, 'gold'), join(DIR, 'pages'));
  it('finds every labelled sentence', () => {
    expect(scores.missing).toBe(0);
  });
  it.each([
    ['attributed F1', scores.attributed.f1, 0.94],
    ['hedged F1', scores.hedged.f1, 0.87],
    ['speaker accuracy', scores.speaker_acc, 0.95],
    ['people F1', scores.people.f1, 0.9],
    ['numbers recall', scores.numbers_recall, 0.9],
  ])('%s %f ≥ %f', (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });
});
