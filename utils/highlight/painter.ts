/**
 * Paints ranges with the CSS Custom Highlight API: the page's DOM is never touched,
 * so pages keep working exactly as before and nothing leaks into their serialisation.
 * https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API
 */
export class HighlightPainter<Name extends string> {
  private readonly highlights = new Map<Name, Highlight>();

  /** False in browsers without the API; painting is then a no-op and callers can say so. */
  readonly supported: boolean;

  constructor(names: readonly Name[]) {
    this.supported =
      typeof Highlight === 'function' && typeof CSS !== 'undefined' && !!CSS.highlights;
    if (!this.supported) return;
    for (const name of names) {
      const highlight = new Highlight();
      this.highlights.set(name, highlight);
      CSS.highlights.set(name, highlight);
    }
  }

  /** Replaces everything painted under `name`. */
  paint(name: Name, ranges: Iterable<Range>): void {
    const highlight = this.highlights.get(name);
    if (!highlight) return;
    highlight.clear();
    for (const range of ranges) highlight.add(range);
  }

  add(name: Name, range: Range): void {
    this.highlights.get(name)?.add(range);
  }

  remove(name: Name, range: Range): void {
    this.highlights.get(name)?.delete(range);
  }

  /** Removes every highlight this painter registered (extension reload or page teardown). */
  dispose(): void {
    for (const [name, highlight] of this.highlights) {
      highlight.clear();
      if (CSS.highlights.get(name) === highlight) CSS.highlights.delete(name);
    }
    this.highlights.clear();
  }
}
