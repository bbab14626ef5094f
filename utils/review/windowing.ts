/**
 * Row offsets for a virtual list: offsets[i] is the top of row i, offsets[count] the total
 * height. Measured heights are used where known, the estimate elsewhere.
 */
export function rowOffsets(
  count: number,
  heightOf: (index: number) => number | undefined,
  estimate: number,
): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + (heightOf(i) ?? estimate);
  return offsets;
}

/** The first row whose bottom is below `y` (binary search over the offsets). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid + 1]! <= y) low = mid + 1;
    else high = mid;
  }
  return Math.min(low, Math.max(count - 1, 0));
}

/**
 * Rows [start, end) to render for a viewport from `top` to `top + height` (both relative to
 * the list's top), with `overscan` pixels more on each side so fast scrolls do not show gaps.
 */
export function visibleRange(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan = 600,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const start = rowAt(offsets, Math.max(0, top - overscan));
  // A row that starts exactly at the bottom edge is not in view.
  const end = rowAt(offsets, top + height + overscan - 0.5) + 1;
  return { start, end: Math.min(end, count) };
}
