import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A feature set up the first time the reader needs it. */
export interface OnFirstUse<T> {
  /** The feature, set up now if it was not yet. */
  use(): T;
  /** The feature if it is set up, else undefined (nothing of it can be on screen). */
  ifMounted(): T | undefined;
}

/**
 * Sets a feature up on the first of `events` (or the first `use()`), not as the page starts:
 * on cold code (a new renderer compiles the whole script afresh), setting up the selection
 * toolbar and the hover card at start cost ~3 of the ~24 ms the script's thread ran there, on
 * pages where many readers never select a word or point at a highlight.
 *
 * The listeners sit on `window` in the capture phase, the first place an event reaches, so
 * the feature's own listeners on `document` (added while the event is on its way) still get
 * that same event: the first mouse move, press or selection change is not lost.
 */
export function onFirstUse<T>(
  ctx: ContentScriptContext,
  events: readonly string[],
  mount: () => T,
): OnFirstUse<T> {
  let mounted: T | undefined;
  const waiting = new AbortController();
  const use = (): T => {
    if (mounted === undefined) {
      waiting.abort();
      mounted = mount();
    }
    return mounted;
  };
  for (const type of events)
    window.addEventListener(type, () => void use(), {
      capture: true,
      passive: true,
      signal: waiting.signal,
    });
  ctx.onInvalidated(() => waiting.abort());
  return { use, ifMounted: () => mounted };
}
