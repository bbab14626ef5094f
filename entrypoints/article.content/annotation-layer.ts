import { anchorTarget } from '@/utils/anchoring/match';
import { rangeFromSpan } from '@/utils/anchoring/text-index';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { HighlightPainter } from '@/utils/highlight/painter';
import type { PageText } from './page-text';

/** The highlight names readers can restyle, one per label. */
export const READER_HIGHLIGHTS = {
  speculation: 'claimlight-speculation',
  reported: 'claimlight-reported',
  note: 'claimlight-note',
} as const satisfies Record<AnnotationLabel, string>;

type HighlightName = (typeof READER_HIGHLIGHTS)[AnnotationLabel];

/**
 * The reader's annotations on this page: anchors each one in the page text, paints the
 * anchored ones and remembers the orphans (whose text is not on the page) so the popup
 * can list them. An orphan is never attached to other text.
 */
export class AnnotationLayer {
  private annotations = new Map<string, Annotation>();
  private ranges = new Map<string, Range>();
  private readonly painter = new HighlightPainter<HighlightName>(Object.values(READER_HIGHLIGHTS));

  constructor(private readonly text: PageText) {}

  /** Replaces the whole set (page load, SPA navigation, changes made elsewhere). */
  reset(annotations: Annotation[]): void {
    this.annotations = new Map(annotations.map((a) => [a.id, a]));
    this.reanchor();
  }

  /** Anchors every annotation against the current page text and repaints. */
  reanchor(): void {
    const index = this.text.current();
    this.ranges.clear();
    for (const annotation of this.annotations.values()) {
      const span = anchorTarget(index.text, annotation.target);
      const range = span && rangeFromSpan(index, span);
      if (range) this.ranges.set(annotation.id, range);
    }
    this.repaint();
  }

  /** Adds (or replaces) one annotation whose range is already known. */
  put(annotation: Annotation, range?: Range): void {
    this.annotations.set(annotation.id, annotation);
    const known = range ?? this.ranges.get(annotation.id);
    if (known) this.ranges.set(annotation.id, known);
    this.repaint();
  }

  remove(id: string): void {
    this.annotations.delete(id);
    this.ranges.delete(id);
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
    let best: { id: string; length: number } | undefined;
    for (const [id, range] of this.ranges) {
      const length = range.toString().length;
      if (best && best.length <= length) continue;
      for (const rect of range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
          best = { id, length };
          break;
        }
      }
    }
    return best && this.annotations.get(best.id);
  }

  /** The innermost annotation containing a DOM point (a caret placed by click or keyboard). */
  annotationAtNode(node: Node, offset: number): Annotation | undefined {
    let best: { id: string; length: number } | undefined;
    for (const [id, range] of this.ranges) {
      let inside = false;
      try {
        inside = range.isPointInRange(node, offset);
      } catch {
        inside = false; // the node left the document
      }
      const length = range.toString().length;
      if (inside && (!best || length < best.length)) best = { id, length };
    }
    return best && this.annotations.get(best.id);
  }

  dispose(): void {
    this.painter.dispose();
    this.ranges.clear();
    this.annotations.clear();
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
