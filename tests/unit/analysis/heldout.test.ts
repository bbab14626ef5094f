import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGold } from '../../../scripts/lib/gold-score';

/**
 * Articles written for the project in styles the development pages lack (wire politics,
 * courts, earnings, science, sport, live blogs, explainers, interviews, opinion, obituaries,
 * UK, Australian and Indian copy, unnamed sources), labelled by hand with the schema of
 * ../shared/gold and scored with the metrics of ../shared/eval/score-pages.mjs. They came
 * in batches, each written and measured before the fixes it prompted (see the git log;
 * one set aimed at attribution and hedging (a Q&A interview, a live blog with time stamps,
 * threats and warnings, a markets wrap, a study story, an explainer, an opinion column,
 * court copy), another at people and organisations that are easily confused (firms and
 * clubs named like people, non-Western names, titles). Floors sit a little under the
 * current figures: a change that loses ground on unseen styles fails here.
 */
const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'analysis', 'heldout-style');

describe('held-out-style articles', () => {
  const { scores, misses } = scoreGold(join(DIR, 'gold'), join(DIR, 'pages'));
  it('finds every labelled sentence', () => {
    expect(scores.missing).toBe(0);
  });
  it.each([
    ['attributed F1', scores.attributed.f1, 0.97],
    ['hedged F1', scores.hedged.f1, 0.95],
    ['speaker accuracy', scores.speaker_acc, 0.97],
    ['people F1', scores.people.f1, 0.98],
    ['numbers recall', scores.numbers_recall, 0.98],
  ])('%s %f ≥ %f', (_name, value, floor) => {
    expect(
      value,
      misses.map((m) => `${m.page} ${m.kind}: ${m.detail}`).join('\n'),
    ).toBeGreaterThanOrEqual(floor);
  });
});
