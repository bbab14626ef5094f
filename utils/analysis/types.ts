/** Suggested label of a sentence; the reader always has the last word. */
export type StatementLabel = 'speculation' | 'reported' | null;

/** One sentence of the article, in reading order, with what the analyzer found in it. */
export interface Statement {
  text: string;
  /** Offset of the first character in the analysed text. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** `speculation` if hedged, else `reported` if attributed, else null. */
  label: StatementLabel;
  /** True when the sentence's content is given a source. */
  attributed: boolean;
  /** Canonical name of a named person, else the source as written, else null. */
  speaker: string | null;
  /** True when the sentence is (part of) a direct quotation. */
  quote: boolean;
  /** Verbatim words that triggered the label: reporting verbs and hedge words. */
  cues: string[];
}

/** Kinds of named figures the analyzer lists. */
export type FigureKind = 'person' | 'organization' | 'number';

/** A character range [start, end) in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** A named person, an organisation or a numeric figure, with all its mentions linked. */
export interface Figure {
  kind: FigureKind;
  /** Canonical (longest) name, or the figure as written for numbers. */
  name: string;
  /** Role the article gives a person ("seismologist", "a military analyst at …"). */
  role: string | null;
  /** Distinct mention texts, in order of first appearance. */
  mentions: string[];
  /** Where each mention occurs, so the extension can paint it. */
  spans: Span[];
}

/** What `analyze()` returns. */
export interface AnalysisResult {
  statements: Statement[];
  figures: Figure[];
}
