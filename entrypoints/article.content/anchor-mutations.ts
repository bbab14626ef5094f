import { isSkippedElement } from '@/utils/anchoring/dom-walk';

/**
 * Whether a mutation can change the page text the anchors live in. Pages mutate constantly
 * (ads, counters, class toggles, our own toolbar and card): those that add or remove no
 * visible characters, or happen inside code, styles or Claimlight's own elements, must not
 * cost a re-index.
 */
export function mutationTouchesText(record: MutationRecord): boolean {
  if (insideSkipped(record.target)) return false;
  if (record.type === 'characterData') return true;
  for (const node of record.addedNodes) if (holdsText(node)) return true;
  for (const node of record.removedNodes) if (holdsText(node)) return true;
  return false;
}

function hasWords(node: Node): boolean {
  return /\S/.test(node.nodeValue ?? '');
}

/** Whether a node or its subtree contains an indexed character (stops at the first). */
function holdsText(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return hasWords(node);
  if (node.nodeType !== Node.ELEMENT_NODE || isSkippedElement(node as Element)) return false;
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE && hasWords(n)) return true;
  }
  return false;
}

/** Whether a node sits in a subtree the text index leaves out. */
function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === Node.ELEMENT_NODE && isSkippedElement(n as Element)) return true;
  }
  return false;
}
