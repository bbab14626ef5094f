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
   * Text nodes of the block with their range in `Article.text`. Whitespace runs are
   * collapsed to one space, so a node's range can be shorter than its data; use
   * `domPosition()` to turn an article offset into a node offset.
   */
  nodes: ArticleTextNode[];
}

/** A DOM text node and the range of `Article.text` it produced. */
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
