import { describe, expect, it } from 'vitest';
import { analyze } from '../../../utils/analysis';
import { analyzeOrUnlabelled } from '../../../utils/analysis/fallback';

describe('analyzeOrUnlabelled', () => {
  const text = 'The mayor said the bridge may close. Repairs begin in May.';

  it('gives the analysis when the analyzer succeeds', () => {
    const warnings: string[] = [];
    expect(analyzeOrUnlabelled(text, (m) => warnings.push(m))).toEqual(analyze(text));
    expect(warnings).toEqual([]);
  });

  it('gives every sentence unlabelled, and says why, when the analyzer throws', () => {
    const warnings: string[] = [];
    const failing = (): never => {
      throw new TypeError('boom');
    };
    const result = analyzeOrUnlabelled(text, (m) => warnings.push(m), failing);
    expect(warnings).toEqual(['boom']);
    expect(result.figures).toEqual([]);
    expect(result.statements.map((s) => s.text)).toEqual([
      'The mayor said the bridge may close.',
      'Repairs begin in May.',
    ]);
    for (const s of result.statements) {
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s).toMatchObject({ label: null, attributed: false, speaker: null, cues: [] });
    }
  });
});
