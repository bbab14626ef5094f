import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { rowOffsets, visibleRange } from '@/utils/review/windowing';

interface ReviewVirtualListProps<T extends object> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ComponentChildren;
  /** Height in pixels assumed for a row not yet measured. */
  estimate: number;
  /** Scroll this row into view when it changes (keyboard navigation). */
  revealIndex?: number;
  label: string;
}

/**
 * Renders only the rows near the viewport of a window-scrolled list, so 100,000 rows cost
 * what 40 do and memory stays flat while scrolling. Rows may differ in height: each rendered
 * row is measured and remembered by item (an identity lookup: computing offsets for 100,000
 * rows then costs no string keys), unmeasured ones use the estimate.
 */
export function ReviewVirtualList<T extends object>({
  items,
  keyOf,
  render,
  estimate,
  revealIndex,
  label,
}: ReviewVirtualListProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const heights = useRef(new WeakMap<T, number>());
  const [measured, setMeasured] = useState(0);
  const [view, setView] = useState({ top: 0, height: window.innerHeight });

  const offsets = useMemo(
    () => rowOffsets(items.length, (i) => heights.current.get(items[i]!), estimate),
    [items, measured, estimate],
  );

  useLayoutEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const top = box.current ? -box.current.getBoundingClientRect().top : 0;
      setView((old) =>
        old.top === top && old.height === window.innerHeight
          ? old
          : { top, height: window.innerHeight },
      );
    };
    const schedule = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);

  const { start, end } = visibleRange(offsets, view.top, view.height);

  // Measure what was rendered; one re-layout when any height differs from what was assumed.
  useLayoutEffect(() => {
    let changed = false;
    // The rendered rows are items[start..end) in order.
    box.current?.querySelectorAll<HTMLElement>(':scope > .rows > [data-row]').forEach((el, i) => {
      const item = items[start + i];
      const height = el.offsetHeight;
      if (item && height && heights.current.get(item) !== height) {
        heights.current.set(item, height);
        changed = true;
      }
    });
    if (changed) setMeasured((n) => n + 1);
  });

  useLayoutEffect(() => {
    if (revealIndex === undefined || revealIndex < 0 || !box.current) return;
    const listTop = box.current.getBoundingClientRect().top + window.scrollY;
    const rowTop = listTop + offsets[revealIndex]!;
    const rowBottom = listTop + offsets[revealIndex + 1]!;
    // Leave room for the sticky filter bar at the top.
    const margin = 140;
    if (rowTop < window.scrollY + margin) window.scrollTo({ top: rowTop - margin });
    else if (rowBottom > window.scrollY + window.innerHeight)
      window.scrollTo({ top: rowBottom - window.innerHeight + 20 });
  }, [revealIndex]);

  return (
    <div
      ref={box}
      class="virtual-list"
      role="feed"
      aria-label={label}
      aria-busy={false}
      style={{ height: `${offsets[items.length]}px`, position: 'relative' }}
    >
      <div class="rows" style={{ transform: `translateY(${offsets[start]}px)` }}>
        {items.slice(start, end).map((item, i) => (
          <div key={keyOf(item)} data-row={keyOf(item)}>
            {render(item, start + i)}
          </div>
        ))}
      </div>
    </div>
  );
}
