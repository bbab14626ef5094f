/** Text analysis: pure functions from article text to statements and figures. */
export { analyze, type AnalyzeOptions } from './analyze';
export type { AnalysisResult, Figure, FigureKind, Span, Statement, StatementLabel } from './types';
