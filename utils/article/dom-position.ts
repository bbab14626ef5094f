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
        // An offset on a node boundary belongs to the node that starts there; only the
        // block's end may sit at a node's end.
        if (
          offset < n.start ||
          offset > n.end ||
          (offset === n.end && n !== b.nodes[b.nodes.length - 1])
        )
          continue;
        const afterSpace = n.start === b.start || article.text[n.start - 1] === ' ';
        return { node: n.node, offset: nodeOffset(n.node.data, offset - n.start, afterSpace) };
      }
      return null;
    }
  }
  return null;
}

/**
 * Walks the raw node text to the character that produced collapsed character number
 * `want`: skipped characters (extra whitespace, soft hyphens) are stepped over, so the
 * position lands on the character itself, never on the spaces before it.
 */
function nodeOffset(data: string, want: number, afterSpace: boolean): number {
  let seen = 0;
  let prevSpace = afterSpace;
  for (let i = 0; i < data.length; i++) {
    const ch = data[i] as string;
    if (ch === '\u00ad') continue;
    const space = WS.test(ch);
    // A whitespace run yields one character (its first), and none after a space.
    const counts = !space || !prevSpace;
    prevSpace = space;
    if (!counts) continue;
    if (seen === want) return i;
    seen++;
  }
  return data.length;
}
