import type { TextIndex } from '../anchoring/text-index';
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
 * The article's text was taken from that index node by node, so an offset moves by its
 * node's start there; the mapped text must equal the article's (a soft hyphen or a `<br>`
 * inside the span makes them differ), or the span is refused (null) and the caller falls
 * back to the article's own node map.
 */
export function articleSpanInIndex(
  article: Article,
  index: TextIndex,
  span: TextSpan,
): TextSpan | null {
  const first = nodeAt(article, span.start, false);
  const last = nodeAt(article, span.end, true);
  if (!first || !last) return null;
  const mapped = {
    start: first.indexStart + (span.start - first.start),
    end: last.indexStart + (span.end - last.start),
  };
  return index.text.slice(mapped.start, mapped.end) === article.text.slice(span.start, span.end)
    ? mapped
    : null;
}
