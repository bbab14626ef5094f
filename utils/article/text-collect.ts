import { isSkipped } from './skip';
import type { ArticleTextNode } from './types';

/** Text of one element with its text nodes mapped to offsets (relative to the block). */
export interface CollectedText {
  text: string;
  nodes: ArticleTextNode[];
  /** Characters that sit inside links: lists of links are navigation, not prose. */
  linkChars: number;
}

const WS = /[\s\u00a0]/;

/**
 * Collects the visible text under `root`, collapsing whitespace runs to one space the
 * way a browser renders them, and remembers which text node produced which range so
 * highlights can be painted back onto the page.
 */
export function collectText(root: Element): CollectedText {
  let text = '';
  let linkChars = 0;
  const nodes: ArticleTextNode[] = [];
  const visit = (el: Element, inLink: boolean): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const start = text.length;
        for (let i = 0; i < data.length; i++) {
          const ch = data[i] as string;
          if (WS.test(ch)) {
            if (text.length > 0 && !text.endsWith(' ')) text += ' ';
          } else text += ch === '\u00ad' ? '' : ch;
        }
        if (text.length > start) {
          nodes.push({ node: child as Text, start, end: text.length });
          if (inLink) linkChars += text.length - start;
        }
      } else if (child.nodeType === 1) {
        const c = child as Element;
        if (c.localName === 'br') {
          if (text.length > 0 && !text.endsWith(' ')) text += ' ';
        } else if (!isSkipped(c)) visit(c, inLink || c.localName === 'a');
      }
    }
  };
  visit(root, false);
  // Trailing space from the last node is not part of the block.
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = nodes[nodes.length - 1];
    if (last && last.end > text.length) last.end = text.length;
  }
  return { text, nodes, linkChars };
}
