import type { Article } from './types';

const WS = /[\s\u00a0]/;

/**
 * Maps an offset in `article.text` back to a position inside a DOM text node, undoing
 * the whitespace collapsing done at extraction. Returns null for offsets that fall in
 * the blank lines between blocks.
 */
export function domPosition(
  article: Article,
  offset: number,
): { node: Text; offset: number } | null {
  const blocks = article.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (!b) break;
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else {
      for (const n of b.nodes) {
        if (offset < n.start || offset > n.end) continue;
        const afterSpace = n.start === b.start || article.text[n.start - 1] === ' ';
        return { node: n.node, offset: nodeOffset(n.node.data, offset - n.start, afterSpace) };
      }
      return null;
    }
  }
  return null;
}

/** Walks the raw node text, counting collapsed characters until `want` are passed. */
function nodeOffset(data: string, want: number, blockStart: boolean): number {
  let seen = 0;
  let prevSpace = blockStart;
  for (let i = 0; i < data.length; i++) {
    if (seen >= want) return i;
    const ch = data[i] as string;
    if (ch === '\u00ad') continue;
    if (WS.test(ch)) {
      if (!prevSpace) seen++;
      prevSpace = true;
    } else {
      seen++;
      prevSpace = false;
    }
  }
  return data.length;
}
