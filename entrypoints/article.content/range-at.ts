/**
 * Of several highlighted ranges, the shortest one that lies under a viewport point or
 * holds a DOM point: a name inside a claim, a short annotation inside a longer one.
 */
export function shortestRangeAt<T>(
  entries: Iterable<readonly [T, Range]>,
  holds: (range: Range) => boolean,
): T | undefined {
  let best: { item: T; length: number } | undefined;
  for (const [item, range] of entries) {
    const length = range.toString().length;
    if (best && best.length <= length) continue;
    if (holds(range)) best = { item, length };
  }
  return best?.item;
}

/** Whether one of the range's line boxes contains the viewport point. */
export function rangeUnderPoint(x: number, y: number): (range: Range) => boolean {
  return (range) =>
    [...range.getClientRects()].some(
      (r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom,
    );
}

/** Whether the range holds the DOM point (false once its node has left the document). */
export function rangeHoldingPoint(node: Node, offset: number): (range: Range) => boolean {
  return (range) => {
    try {
      return range.isPointInRange(node, offset);
    } catch {
      return false;
    }
  };
}
