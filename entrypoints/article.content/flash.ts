/** The highlight name of the brief flash on a passage the reader asked to see. */
export const FLASH_HIGHLIGHT = 'claimlight-flash';

/** On, off, on, off: long enough to catch the eye after a scroll, short enough not to stay. */
const BLINKS_MS = [0, 450, 750, 1800];

/** Flashes a range twice with its own highlight name, then leaves the page as it was. */
export function flashRange(range: Range): void {
  if (typeof Highlight !== 'function' || typeof CSS === 'undefined' || !CSS.highlights) return;
  const highlight = new Highlight(range);
  BLINKS_MS.forEach((at, i) =>
    setTimeout(() => {
      if (i % 2 === 0) CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
      else if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) {
        CSS.highlights.delete(FLASH_HIGHLIGHT);
      }
    }, at),
  );
}
