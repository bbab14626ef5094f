import type { Article } from '@/utils/article/types';
import { articleSpanInIndex } from '@/utils/article/index-span';
import { rangeFromSpan, type TextIndex } from '@/utils/anchoring/text-index';
import type { AnalysisResult, Figure, Statement } from '@/utils/analysis/types';
import { HighlightPainter } from '@/utils/highlight/painter';
import type { SuggestionCategory } from '@/utils/settings/settings';
import { rangeUnderPoint, shortestRangeAt } from './range-at';

/** The highlight names of the automatic categories, which readers can restyle. */
export const SUGGESTION_HIGHLIGHTS = {
  person: 'claimlight-person',
  number: 'claimlight-number',
  claim: 'claimlight-claim',
  hedge: 'claimlight-hedge',
} as const satisfies Record<SuggestionCategory, string>;

type SuggestionName = (typeof SUGGESTION_HIGHLIGHTS)[SuggestionCategory];

/** One automatic highlight: what it marks, where, and the sentence a "Mark as…" would keep. */
export interface Suggestion {
  key: string;
  category: SuggestionCategory;
  range: Range;
  /** The sentence this highlight is, or lies in. */
  statement: Statement | undefined;
  statementRange: Range | undefined;
  figure?: Figure;
}

/**
 * The analyzer's findings painted on the page: claims (attributed, not hedged), hedged
 * statements, people and numbers. The reader can hide a category or dismiss one highlight.
 */
export class SuggestionLayer {
  private suggestions: Suggestion[] = [];
  private readonly dismissed = new Set<string>();
  private visible: Record<SuggestionCategory, boolean> = {
    person: true,
    number: true,
    claim: true,
    hedge: true,
  };
  private readonly painter = new HighlightPainter<SuggestionName>(
    Object.values(SUGGESTION_HIGHLIGHTS),
  );
  /** Everything the analysis found, for the card of a person (their statements). */
  result: AnalysisResult | undefined;

  /**
   * Paints an analysis. Ranges come from the page's text index the article was read from,
   * the one the reader's annotations are anchored in.
   */
  set(result: AnalysisResult, article: Article, index: TextIndex): void {
    this.result = result;
    const rangeOf = (start: number, end: number) => {
      const span = articleSpanInIndex(article, { start, end });
      return (span && rangeFromSpan(index, span)) ?? undefined;
    };
    const statementRanges = result.statements.map((s) => rangeOf(s.start, s.end));
    const statementAt = (offset: number) => {
      const i = result.statements.findIndex((s) => s.start <= offset && offset < s.end);
      return i < 0
        ? { statement: undefined, range: undefined }
        : { statement: result.statements[i], range: statementRanges[i] };
    };
    const list: Suggestion[] = [];
    result.statements.forEach((statement, i) => {
      const range = statementRanges[i];
      const category =
        statement.label === 'speculation'
          ? 'hedge'
          : statement.label === 'reported'
            ? 'claim'
            : null;
      if (range && category)
        list.push({
          key: `s${statement.start}`,
          category,
          range,
          statement,
          statementRange: range,
        });
    });
    result.figures.forEach((figure) => {
      if (figure.kind === 'organization') return;
      for (const span of figure.spans) {
        const range = rangeOf(span.start, span.end);
        const around = statementAt(span.start);
        if (range) {
          list.push({
            key: `f${span.start}`,
            category: figure.kind,
            range,
            figure,
            statement: around.statement,
            statementRange: around.range,
          });
        }
      }
    });
    this.suggestions = list;
    this.repaint();
  }

  showCategories(visible: Record<SuggestionCategory, boolean>): void {
    this.visible = { ...visible };
    this.repaint();
  }

  dismiss(key: string): void {
    this.dismissed.add(key);
    this.repaint();
  }

  clear(): void {
    this.suggestions = [];
    this.result = undefined;
    this.repaint();
  }

  /** How many highlights of each category are painted now. */
  counts(): Record<SuggestionCategory, number> {
    const counts = { person: 0, number: 0, claim: 0, hedge: 0 };
    for (const s of this.painted()) counts[s.category]++;
    return counts;
  }

  /** The smallest painted suggestion under a viewport point (a name inside a claim wins). */
  at(x: number, y: number): Suggestion | undefined {
    const painted = this.painted().map((s) => [s, s.range] as const);
    return shortestRangeAt(painted, rangeUnderPoint(x, y));
  }

  dispose(): void {
    this.painter.dispose();
    this.suggestions = [];
  }

  private painted(): Suggestion[] {
    return this.suggestions.filter((s) => this.visible[s.category] && !this.dismissed.has(s.key));
  }

  private repaint(): void {
    for (const category of Object.keys(SUGGESTION_HIGHLIGHTS) as SuggestionCategory[]) {
      this.painter.paint(
        SUGGESTION_HIGHLIGHTS[category],
        this.painted()
          .filter((s) => s.category === category)
          .map((s) => s.range),
      );
    }
  }
}
