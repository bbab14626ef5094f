import type { TextSpan } from '../anchoring/types';
import type { Article, ArticleTextNode } from './types';

/** The article node whose text holds `offset` (as a start, or as an end when `asEnd`). */
function nodeAt(article: Article, offset: number, asEnd: boolean): ArticleTextNode | undefined {
  const blocks = article.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = blocks[mid]!;
    if (offset < block.start) hi = mid - 1;
    else if (offset > block.end) lo = mid + 1;
    else
      return block.nodes.find((n) =>
        asEnd ? n.start < offset && offset <= n.end : n.start <= offset && offset < n.end,
      );
  }
  return undefined;
}

/**
 * Maps a span of the article's text to the same characters in the page's text index, so
 * automatic highlights are painted through the one index the reader's annotations use.
 * The article's text was taken from that index stretch by stretch, and each stretch maps
 * character for character, so each end moves by its stretch's start. Between stretches
 * the article may have a space the index lacks (a `<br>`); the span still covers the same
 * characters of the page. Null when an end falls outside every stretch (between blocks).
 */
export function articleSpanInIndex(article: Article, span: TextSpan): TextSpan | null {
  const first = nodeAt(article, span.start, false);
  const last = nodeAt(article, span.end, true);
  if (!first || !last) return null;
  const start = first.indexStart + (span.start - first.start);
  const end = last.indexStart + (span.end - last.start);
  return start < end ? { start, end } : null;
}
