import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreGold } from '../../../scripts/lib/gold-score';

/** The least each score of a labelled set may fall to. */
export interface Floors {
  attributed: number;
  hedged: number;
  speaker: number;
  people: number;
  numbers: number;
}

/**
 * Scores a set of pages and hand labels (`DIR/pages`, `DIR/gold`) and fails when a score
 * falls under its floor. `showMisses` puts the disagreements in the failure message: off
 * for a blind set, whose mistakes nobody should read.
 */
export function describeGoldFloors(
  title: string,
  dir: string,
  floors: Floors,
  showMisses: boolean,
): void {
  describe(title, () => {
    const { scores, misses } = scoreGold(join(dir, 'gold'), join(dir, 'pages'));
    it('finds every labelled sentence', () => {
      expect(scores.missing).toBe(0);
    });
    it.each([
      ['attributed F1', scores.attributed.f1, floors.attributed],
      ['hedged F1', scores.hedged.f1, floors.hedged],
      ['speaker accuracy', scores.speaker_acc, floors.speaker],
      ['people F1', scores.people.f1, floors.people],
      ['numbers recall', scores.numbers_recall, floors.numbers],
    ])('%s %f ≥ %f', (_name, value, floor) => {
      const detail = showMisses
        ? misses.map((m) => `${m.page} ${m.kind}: ${m.detail}`).join('\n')
        : 'a blind set: its misses are not shown';
      expect(value, detail).toBeGreaterThanOrEqual(floor);
    });
  });
}
