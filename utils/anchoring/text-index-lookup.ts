import { TEXT_NODE, isInclusiveAncestor, nextInside, nextOutside, precedes } from './dom-walk';
import type { IndexedNode, TextIndex } from './text-index';
import type { TextSpan } from './types';

// Text, CDATA, processing instruction and comment nodes.
const CHARACTER_DATA = new Set([3, 4, 7, 8]);

/** The boundary points of a Range, Selection range or StaticRange: all spanFromRange reads. */
export type RangeLike = Pick<
  AbstractRange,
  'startContainer' | 'startOffset' | 'endContainer' | 'endOffset'
>;

/** DOM boundary points for a span, both inside indexed Text nodes. */
export interface BoundaryPoints {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * Maps a span of the index text to DOM boundary points. The end point is placed just after
 * the span's last character (never at offset 0 of the following node), so a highlight never
 * spills into the next element. Null for empty or out-of-range spans, and when the DOM has
 * changed under the index so the offsets no longer fit.
 */
export function boundaryPointsFromSpan(index: TextIndex, span: TextSpan): BoundaryPoints | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if (start < 0 || end > index.text.length || start >= end) return null;
  const first = pointAt(index, start);
  const last = pointAt(index, end - 1);
  if (!first || !last) return null;
  if (first.offset >= first.node.length || last.offset >= last.node.length) return null;
  return {
    startContainer: first.node,
    startOffset: first.offset,
    endContainer: last.node,
    endOffset: last.offset + 1,
  };
}

/** Like {@link boundaryPointsFromSpan}, as a live Range in the root's document. */
export function rangeFromSpan(index: TextIndex, span: TextSpan): Range | null {
  const points = boundaryPointsFromSpan(index, span);
  if (!points) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(points.startContainer, points.startOffset);
  range.setEnd(points.endContainer, points.endOffset);
  return range;
}

/**
 * Maps a DOM range (typically the reader's selection) to a span of the index text, trimmed
 * of surrounding whitespace. Boundary points may sit on elements, inside skipped subtrees or
 * outside the root; each resolves to the number of indexed characters before it. Null when
 * nothing indexed lies inside the range.
 */
export function spanFromRange(index: TextIndex, range: RangeLike): TextSpan | null {
  let start = offsetOfPoint(index, range.startContainer, range.startOffset);
  let end = offsetOfPoint(index, range.endContainer, range.endOffset);
  const { text } = index;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return start < end ? { start, end } : null;
}

/** The Text node and offset holding index character `offset` (binary search over runs). */
function pointAt(index: TextIndex, offset: number): { node: Text; offset: number } | null {
  const { starts, nodes, nodeOffsets } = index.runs;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  const runStart = starts[lo];
  const nodeOffset = nodeOffsets[lo];
  if (!node || runStart === undefined || nodeOffset === undefined) return null;
  return { node, offset: nodeOffset + (offset - runStart) };
}

/** How many index characters come before the DOM boundary point (container, offset). */
function offsetOfPoint(index: TextIndex, container: Node, offset: number): number {
  const { root, text } = index;
  if (container.nodeType === TEXT_NODE) {
    const info = index.nodes.get(container as Text);
    if (info) return Math.min(offsetInNode(index, info, offset), text.length);
  }
  if (isInclusiveAncestor(root, container)) {
    // For character data the offset counts characters; otherwise it counts children.
    const child = CHARACTER_DATA.has(container.nodeType) ? null : container.childNodes[offset];
    const after = child ?? nextOutside(container, root);
    return firstIndexedFrom(index, after);
  }
  if (isInclusiveAncestor(container, root)) {
    // The point is on an ancestor of root: before root if it precedes root's branch.
    let branch: Node = root;
    while (branch.parentNode !== container && branch.parentNode) branch = branch.parentNode;
    return offset <= childIndex(branch) ? 0 : text.length;
  }
  return precedes(container, root) ? 0 : text.length;
}

/** Offset of the first indexed character at or after `node` (descendants included). */
function firstIndexedFrom(index: TextIndex, node: Node | null): number {
  for (let n = node; n; n = nextInside(n, index.root)) {
    const info = n.nodeType === TEXT_NODE ? index.nodes.get(n as Text) : undefined;
    if (info) return Math.min(info.start, index.text.length);
  }
  return index.text.length;
}

/** Maps an offset inside an indexed Text node, landing collapsed whitespace on its one space. */
function offsetInNode(index: TextIndex, info: IndexedNode, offset: number): number {
  const { starts, nodeOffsets } = index.runs;
  let lo = info.firstRun;
  let hi = info.firstRun + info.runCount - 1;
  if (hi < lo || offset <= (nodeOffsets[lo] ?? 0)) return info.start;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((nodeOffsets[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  const runStart = starts[lo] ?? 0;
  const runLength = (starts[lo + 1] ?? index.text.length) - runStart;
  return runStart + Math.min(offset - (nodeOffsets[lo] ?? 0), runLength);
}

function childIndex(node: Node): number {
  let i = 0;
  for (let n = node.previousSibling; n; n = n.previousSibling) i++;
  return i;
}

/**
 * The span of the index an element's text covers, edge spaces trimmed (empty spans are
 * null). Reads no text from the DOM: it finds the element's first and last indexed nodes.
 */
export function spanOfElement(index: TextIndex, element: Node): TextSpan | null {
  let first: IndexedNode | undefined;
  for (let n: Node | null = element.firstChild; n && !first; n = nextInside(n, element)) {
    if (n.nodeType === TEXT_NODE) first = index.nodes.get(n as Text);
  }
  if (!first) return null;
  let last: IndexedNode | undefined;
  for (
    let n: Node | null = deepestLast(element);
    n && n !== element && !last;
    n = previousNode(n)
  ) {
    if (n.nodeType === TEXT_NODE) last = index.nodes.get(n as Text);
  }
  const { text } = index;
  let start = first.start;
  let end = last ? indexedEnd(index, last) : start;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return start < end ? { start, end } : null;
}

function deepestLast(node: Node): Node {
  let n = node;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/** The node before `node` in document order (its previous sibling's last descendant, or parent). */
function previousNode(node: Node): Node | null {
  return node.previousSibling ? deepestLast(node.previousSibling) : node.parentNode;
}

/** Offset one past the last character a node put into the index. */
export function indexedEnd(index: TextIndex, info: IndexedNode): number {
  if (info.runCount === 0) return info.start;
  return index.runs.starts[info.firstRun + info.runCount] ?? index.text.length;
}
