/**
 * Small document-order helpers that rely only on parentNode / firstChild / nextSibling,
 * so they behave the same in browsers and in linkedom (whose compareDocumentPosition
 * compares depths rather than tree order, and whose Range cannot set boundaries).
 */

// Numeric node types: the global `Node` constants are missing outside a browser window.
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is never page prose a reader can select. */
const NEVER_INDEXED = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/**
 * Whether an element's whole subtree is left out of the text index: code, form fields,
 * and Claimlight's own `<claimlight-*>` UI hosts (so our toolbar text never shifts offsets).
 */
export function isSkippedElement(el: Element, skip?: (el: Element) => boolean): boolean {
  const name = (el.localName || el.tagName || '').toLowerCase();
  if (NEVER_INDEXED.has(name) || name.startsWith('claimlight-')) return true;
  return skip ? skip(el) : false;
}

/** The node after `node`'s whole subtree in document order, without leaving `bound`. */
export function nextOutside(node: Node, bound: Node): Node | null {
  let current: Node | null = node;
  while (current && current !== bound) {
    if (current.nextSibling) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/** The next node in document order (descending first), without leaving `bound`. */
export function nextInside(node: Node, bound: Node): Node | null {
  return node.firstChild ?? nextOutside(node, bound);
}

/** Whether `ancestor` is `node` or one of its ancestors. */
export function isInclusiveAncestor(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * Whether `a` comes before `b` in document order. Neither may contain the other
 * (callers check that first); disconnected nodes compare as "not before".
 */
export function precedes(a: Node, b: Node): boolean {
  const chainA = ancestorsOf(a);
  const chainB = ancestorsOf(b);
  if (chainA[0] !== chainB[0]) return false;
  let depth = 0;
  while (chainA[depth] === chainB[depth]) depth++;
  const childA = chainA[depth];
  const childB = chainB[depth];
  for (let n = childA?.nextSibling ?? null; n; n = n.nextSibling) if (n === childB) return true;
  return false;
}

/** `node` and its ancestors, outermost first. */
function ancestorsOf(node: Node): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = node; n; n = n.parentNode) chain.push(n);
  return chain.reverse();
}
