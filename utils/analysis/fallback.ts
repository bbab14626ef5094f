import { analyze } from './analyze';
import { splitSentences } from './sentences';
import type { AnalysisResult } from './types';

/**
 * The text's analysis, or, if the analyzer fails on it (a bug, never the text's fault),
 * its sentences with no label and no figures, and the error told to `warn`. A long batch
 * of texts (the command line's --jsonl) then loses one text's labels, not every line after it.
 */
export function analyzeOrUnlabelled(
  text: string,
  warn: (message: string) => void,
  analyzeText: (text: string) => AnalysisResult = analyze,
): AnalysisResult {
  try {
    return analyzeText(text);
  } catch (error) {
    warn(error instanceof Error ? error.message : String(error));
    const statements = splitSentences(text).map(({ start, end }) => ({
      text: text.slice(start, end),
      start,
      end,
      label: null,
      attributed: false,
      speaker: null,
      quote: false,
      cues: [],
    }));
    return { statements, figures: [] };
  }
}
