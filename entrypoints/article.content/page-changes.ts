import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { normalizeUrl } from '@/utils/url/normalize-url';
import { mutationTouchesText } from './anchor-mutations';
import type { PageSession } from './page-session';

/** Quiet time after the last text mutation before re-anchoring: one pass per burst. */
const SETTLE_MS = 120;
/** …but never later than this after the first one, so a page that never rests still updates. */
const MAX_WAIT_MS = 600;

/**
 * Keeps highlights on the right text while the page changes under them: text edited or
 * loaded late re-anchors (debounced; only what the change touched is searched, see
 * AnnotationLayer.refresh), a URL change without reload (pushState, replaceState, back and
 * forward) clears the old page's highlights and loads the new page's annotations, and
 * returning to the tab picks up edits made in the popup or review page.
 */
export function watchPageChanges(
  ctx: ContentScriptContext,
  session: PageSession,
  reload: () => Promise<void>,
  followArticle: () => Promise<void>,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  const settle = () => {
    timer = undefined;
    firstPending = 0;
    session.layer.refresh();
    void session.reportAnchoring();
    void followArticle();
  };
  const observer = new MutationObserver((records) => {
    // Every change is noted (whitespace too, it joins or splits words); only those that
    // add or remove words are worth a re-anchoring pass.
    session.text.noteMutations(records);
    if (!records.some(mutationTouchesText)) return;
    const now = performance.now();
    firstPending ||= now;
    clearTimeout(timer);
    const wait = Math.min(SETTLE_MS, Math.max(0, firstPending + MAX_WAIT_MS - now));
    timer = setTimeout(settle, wait);
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });

  // WXT's event comes from the Navigation API's `navigate`, which fires before the URL
  // changes (and, for back/forward, before the traversal): look once the navigation is done.
  const onNavigation = () => setTimeout(checkUrl, 0);
  const checkUrl = () => {
    if (normalizeUrl(location.href) === session.url) return; // a fragment or tracking change
    clearTimeout(timer);
    timer = undefined;
    firstPending = 0;
    session.layer.reset([]); // never leave the old page's highlights on the new one
    session.text.markStale();
    void reload();
  };
  ctx.addEventListener(window, 'wxt:locationchange', onNavigation);
  ctx.addEventListener(window, 'popstate', onNavigation);
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) ctx.addEventListener(navigation, 'currententrychange', onNavigation);

  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void reload();
  });
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    observer.disconnect();
  });
}
