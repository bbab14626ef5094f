import {
  ELEMENT_NODE,
  TEXT_NODE,
  isSkippedElement,
  nextInside,
  nextOutside,
} from '@/utils/anchoring/dom-walk';

/** The parts of a MutationRecord the filter reads (so tests can build them by hand). */
export type TextMutation = Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>;

/**
 * Whether a mutation can change the page text the anchors live in. Pages mutate constantly
 * (ads, counters, class toggles, our own toolbar and card): those that add or remove no
 * visible characters, or happen inside code, styles or Claimlight's own elements, must not
 * cost a re-index.
 */
export function mutationTouchesText(record: TextMutation): boolean {
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
function holdsText(root: Node): boolean {
  if (root.nodeType === TEXT_NODE) return hasWords(root);
  if (root.nodeType !== ELEMENT_NODE || isSkippedElement(root as Element)) return false;
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === ELEMENT_NODE && isSkippedElement(node as Element)) {
      node = nextOutside(node, root);
      continue;
    }
    if (node.nodeType === TEXT_NODE && hasWords(node)) return true;
    node = nextInside(node, root);
  }
  return false;
}

/** Whether a node sits in a subtree the text index leaves out. */
function insideSkipped(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === ELEMENT_NODE && isSkippedElement(n as Element)) return true;
  }
  return false;
}
