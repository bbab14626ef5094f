import { indexedEnd } from '../anchoring/text-index-lookup';
import type { TextIndex } from '../anchoring/text-index';
import { isSkipped } from './skip';
import type { ArticleTextNode } from './types';

/** Text of one element with its text nodes mapped to offsets (relative to the block). */
export interface CollectedText {
  text: string;
  nodes: ArticleTextNode[];
  /** Characters that sit inside links: lists of links are navigation, not prose. */
  linkChars: number;
}

/**
 * The prose of one block (the children of `root`, or those from `from` up to `until`), taken from the page's text index rather than read from the DOM
 * again: each kept Text node contributes the (already whitespace-collapsed) characters the
 * index holds for it. Furniture inside the block (buttons, hidden spans) is left out, a
 * `<br>` separates words, soft hyphens go, and each stretch of a node's characters
 * remembers where it is in the index, so findings are painted through that index.
 */
export function collectText(
  root: Element,
  index: TextIndex,
  from: ChildNode | null = root.firstChild,
  until: ChildNode | null = null,
): CollectedText {
  let text = '';
  let linkChars = 0;
  const nodes: ArticleTextNode[] = [];
  const space = () => {
    if (text.length > 0 && !text.endsWith(' ')) text += ' ';
  };
  const visit = (el: Element, inLink: boolean, child = el.firstChild, end: Node | null = null) => {
    for (; child && child !== end; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const info = index.nodes.get(child as Text);
        if (!info) continue;
        let indexStart = info.start;
        let piece = index.text.slice(indexStart, indexedEnd(index, info));
        // The index kept a space the block does not need (at its start, or after another).
        if (piece.startsWith(' ') && (text.length === 0 || text.endsWith(' '))) {
          piece = piece.slice(1);
          indexStart++;
        }
        // Soft hyphens are not text: each stretch between them maps onto the index alone.
        let at = indexStart;
        for (const part of piece.split('\u00ad')) {
          if (part) {
            const start = text.length;
            text += part;
            nodes.push({ node: child as Text, start, end: text.length, indexStart: at });
            if (inLink) linkChars += part.length;
          }
          at += part.length + 1;
        }
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.localName === 'br') space();
        else if (!isSkipped(c)) visit(c, inLink || c.localName === 'a');
      }
    }
  };
  visit(root, false, from, until);
  // Trailing space from the last node is not part of the block.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = nodes[nodes.length - 1];
    if (last && last.end > text.length) last.end = text.length;
  }
  return { text, nodes, linkChars };
}
