import type { AnalysisResult, Figure } from '@/utils/analysis/types';
import type { PageFigure } from '@/utils/db/database';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The source the page's analysis gives for a passage the reader selected: the speaker of
 * the sentence that contains it (or that it contains). Null when no sentence matches or
 * the sentence has no named source; the reader's label never depends on this.
 */
export function speakerOfPassage(
  analysis: AnalysisResult | undefined,
  exact: string,
): string | null {
  if (!analysis) return null;
  const quote = squash(exact);
  if (quote.length < 3) return null;
  for (const statement of analysis.statements) {
    const sentence = squash(statement.text);
    if (statement.speaker && (sentence.includes(quote) || quote.includes(sentence)))
      return statement.speaker;
  }
  return null;
}

/** The people and organisations of a page, as kept with the page record for the people view. */
export function pageFigures(analysis: AnalysisResult): PageFigure[] {
  return analysis.figures
    .filter((f): f is Figure & { kind: 'person' | 'organization' } => f.kind !== 'number')
    .map(({ kind, name, role, mentions }) => ({ kind, name, role, mentions }));
}
