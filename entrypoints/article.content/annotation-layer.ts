import { anchorAll } from '@/utils/anchoring/anchor-all';
import { createMatcher, type TextMatcher } from '@/utils/anchoring/match';
import { carrySpan, diffTexts, searchWindowFor } from '@/utils/anchoring/text-change';
import { rangeFromSpan, spanFromRange, type TextIndex } from '@/utils/anchoring/text-index';
import type { TextSpan } from '@/utils/anchoring/types';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { HighlightPainter } from '@/utils/highlight/painter';
import type { PageText } from './page-text';
import { rangeHoldingPoint, rangeUnderPoint, shortestRangeAt } from './range-at';

/** The highlight names readers can restyle, one per label. */
export const READER_HIGHLIGHTS = {
  speculation: 'claimlight-speculation',
  reported: 'claimlight-reported',
  note: 'claimlight-note',
} as const satisfies Record<AnnotationLabel, string>;

type HighlightName = (typeof READER_HIGHLIGHTS)[AnnotationLabel];

/** What the last anchoring pass did: for tests, the benchmark and debugging. */
export interface AnchorPass {
  kind: 'full' | 'refresh' | 'unchanged';
  /** Annotations run through the matcher (the rest were carried over or skipped). */
  searched: number;
  anchored: number;
  orphans: number;
}

/**
 * The reader's annotations on this page: anchors each one in the page text, paints the
 * anchored ones and remembers the orphans (whose text is not on the page) so the popup
 * can list them. An orphan is never attached to other text.
 *
 * Spans are kept alongside Ranges so a DOM change costs work in proportion to what it
 * touched: {@link refresh} diffs the old and new page text, carries every span the change
 * cannot have affected, re-anchors only those near it, and looks for orphans only in the
 * text that arrived.
 */
export class AnnotationLayer {
  private annotations = new Map<string, Annotation>();
  private ranges = new Map<string, Range>();
  private spans = new Map<string, TextSpan>();
  /** The index the spans refer to. */
  private anchoredIn: TextIndex | undefined;
  private readonly painter = new HighlightPainter<HighlightName>(Object.values(READER_HIGHLIGHTS));
  lastPass: AnchorPass = { kind: 'unchanged', searched: 0, anchored: 0, orphans: 0 };

  constructor(private readonly text: PageText) {}

  /**
   * Replaces the whole set (page load, SPA navigation, changes made elsewhere). The same
   * set again (the reader came back to the tab and nothing was edited) costs nothing.
   */
  reset(annotations: Annotation[]): void {
    const same =
      this.anchoredIn !== undefined &&
      annotations.length === this.annotations.size &&
      annotations.every((a) => this.annotations.get(a.id)?.updatedAt === a.updatedAt);
    if (same) return this.refresh();
    this.annotations = new Map(annotations.map((a) => [a.id, a]));
    this.reanchor();
  }

  /** Anchors every annotation against the current page text and repaints. */
  reanchor(): void {
    const index = this.text.current();
    const all = [...this.annotations.values()];
    const spans = anchorAll(
      index.text,
      all.map((a) => a.target),
    );
    this.ranges.clear();
    this.spans.clear();
    all.forEach((annotation, i) => this.place(index, annotation.id, spans[i] ?? null));
    this.anchoredIn = index;
    this.finishPass('full', this.annotations.size);
  }

  /**
   * Brings anchors up to date after the page's DOM changed (call after PageText was
   * marked stale). Cheap when the text is the same; otherwise proportional to the change.
   */
  refresh(): void {
    const before = this.anchoredIn;
    const index = this.text.current();
    if (!before) return this.reanchor();
    if (index === before) return;
    this.anchoredIn = index;
    const change = diffTexts(before.text, index.text);
    if (!change && this.rangesStillIn(index)) {
      this.finishPass('unchanged', 0, false);
      return;
    }
    let matcher: TextMatcher | undefined;
    const matcherFor = () => (matcher ??= createMatcher(index.text));
    const old = this.spans;
    this.spans = new Map();
    this.ranges.clear();
    let searched = 0;
    for (const { id, target } of this.annotations.values()) {
      const span = old.get(id);
      let found: TextSpan | null = null;
      if (span) {
        found = change ? carrySpan(span, change) : span;
        if (!found) {
          // Near the change: it is most likely still about where it was.
          searched++;
          found = matcherFor().anchor(target, { near: span.start });
        }
      } else if (change) {
        // An orphan can only have appeared in the text that changed.
        const window = searchWindowFor(change, target.quote.exact.length);
        searched++;
        found = matcherFor().anchor(target, { within: { from: window.start, to: window.end } });
      }
      this.place(index, id, found);
    }
    this.finishPass('refresh', searched);
  }

  /** Adds (or replaces) one annotation whose range is already known. */
  put(annotation: Annotation, range?: Range): void {
    this.refresh();
    const index = this.text.current();
    this.annotations.set(annotation.id, annotation);
    if (range) {
      const span = spanFromRange(index, range);
      this.ranges.set(annotation.id, range);
      if (span) this.spans.set(annotation.id, span);
    } else if (!this.ranges.has(annotation.id)) {
      this.place(index, annotation.id, createMatcher(index.text).anchor(annotation.target));
    }
    this.repaint();
  }

  remove(id: string): void {
    this.annotations.delete(id);
    this.ranges.delete(id);
    this.spans.delete(id);
    this.repaint();
  }

  get(id: string): Annotation | undefined {
    return this.annotations.get(id);
  }

  rangeOf(id: string): Range | undefined {
    return this.ranges.get(id);
  }

  anchoredIds(): string[] {
    return [...this.ranges.keys()];
  }

  orphanIds(): string[] {
    return [...this.annotations.keys()].filter((id) => !this.ranges.has(id));
  }

  /** The innermost annotation whose painted text lies under a viewport point. */
  annotationAtPoint(x: number, y: number): Annotation | undefined {
    const id = shortestRangeAt(this.ranges, rangeUnderPoint(x, y));
    return id === undefined ? undefined : this.annotations.get(id);
  }

  /** The innermost annotation containing a DOM point (a caret placed by click or keyboard). */
  annotationAtNode(node: Node, offset: number): Annotation | undefined {
    const id = shortestRangeAt(this.ranges, rangeHoldingPoint(node, offset));
    return id === undefined ? undefined : this.annotations.get(id);
  }

  dispose(): void {
    this.painter.dispose();
    this.ranges.clear();
    this.spans.clear();
    this.annotations.clear();
    this.anchoredIn = undefined;
  }

  private place(index: TextIndex, id: string, span: TextSpan | null): void {
    const range = span && rangeFromSpan(index, span);
    if (!span || !range) return;
    this.spans.set(id, span);
    this.ranges.set(id, range);
  }

  /**
   * Same text, new index: the ranges are still right if their nodes are still the indexed
   * ones (a page re-rendering a paragraph with identical words replaces its nodes).
   */
  private rangesStillIn(index: TextIndex): boolean {
    for (const range of this.ranges.values()) {
      const { startContainer, endContainer } = range;
      if (!index.nodes.has(startContainer as Text) || !index.nodes.has(endContainer as Text)) {
        return false;
      }
    }
    return true;
  }

  private finishPass(kind: AnchorPass['kind'], searched: number, paint = true): void {
    const anchored = this.ranges.size;
    this.lastPass = { kind, searched, anchored, orphans: this.annotations.size - anchored };
    if (paint) this.repaint();
  }

  private repaint(): void {
    const byName = new Map<HighlightName, Range[]>(
      Object.values(READER_HIGHLIGHTS).map((name) => [name, []]),
    );
    for (const [id, range] of this.ranges) {
      const annotation = this.annotations.get(id);
      if (annotation) byName.get(READER_HIGHLIGHTS[annotation.label])?.push(range);
    }
    for (const [name, ranges] of byName) this.painter.paint(name, ranges);
  }
}
