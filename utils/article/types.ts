/** One block of article text (a paragraph, heading, list item or quote). */
export interface ArticleBlock {
  /** Offset of the block's first character in `Article.text`. */
  start: number;
  /** Offset one past the block's last character. */
  end: number;
  /** Lower-case tag name of the element the block came from (`p`, `h2`, `li`, …). */
  tag: string;
  /** The element itself, so the content script can map offsets back to the page. */
  element: Element;
  /**
   * Stretches of the block's text nodes with their range in `Article.text` and where they
   * are in the page's text index; `articleSpanInIndex()` maps article offsets through them.
   */
  nodes: ArticleTextNode[];
}

/** A stretch of a DOM text node's characters and the range of `Article.text` it produced. */
export interface ArticleTextNode {
  node: Text;
  start: number;
  end: number;
  /** Offset in the page's text index of the node's first character in `Article.text`. */
  indexStart: number;
}

/** The article found on a page. */
export interface Article {
  title: string;
  /** Block texts joined by a blank line ("\n\n"). */
  text: string;
  blocks: ArticleBlock[];
}
