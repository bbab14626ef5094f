import { indexedEnd } from '../anchoring/text-index-lookup';
import type { TextIndex } from '../anchoring/text-index';

/** Elements that hold one block of prose each. */
export const BLOCK_TAGS = new Set('p h1 h2 h3 h4 h5 h6 li blockquote pre dd figcaption'.split(' '));

/** Inline elements: their text belongs to the block around them. */
export const PHRASING = new Set(
  'a b i u s q em strong span font small sup sub cite time abbr mark code'.split(' '),
);

/**
 * The page's paragraphs with their own characters and commas (link text left out). A
 * paragraph is a `<p>`, `<pre>` or `<blockquote>`, or any other container holding text
 * of its own: sites that set paragraphs as bare `<div>`s, or run text between `<br>`s.
 * Headings, list items and captions are not paragraphs. Read from the page's text index,
 * one pass over its Text nodes.
 */
export function paragraphs(body: Element, index: TextIndex): Map<Element, number[]> {
  // The article check and the extraction both ask, one after the other, on the same index
  // (which a DOM change replaces with a new one): read the text once.
  const known = readParagraphs.get(index);
  if (known?.body === body) return known.found;
  const found = new Map<Element, number[]>();
  for (const node of index.order) {
    const info = index.nodes.get(node)!;
    const start = info.start;
    const end = indexedEnd(index, info);
    if (end - start < 2) continue;
    let el = node.parentElement;
    let link = false;
    while (el && PHRASING.has(el.localName)) {
      link ||= el.localName === 'a';
      el = el.parentElement;
    }
    if (
      !el ||
      link ||
      el === body ||
      (BLOCK_TAGS.has(el.localName) && !/^(?:p|bl)/.test(el.localName))
    )
      continue;
    const seen = found.get(el) ?? [0, 0];
    seen[0]! += end - start;
    for (let i = start; i < end; i++) if (index.text[i] === ',') seen[1]!++;
    found.set(el, seen);
  }
  readParagraphs.set(index, { body, found });
  return found;
}

const readParagraphs = new WeakMap<TextIndex, { body: Element; found: Map<Element, number[]> }>();
