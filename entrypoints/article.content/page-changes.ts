import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSession } from './page-session';

/**
 * Keeps highlights on the right text while the page changes under them: text edited or
 * loaded late re-anchors (debounced, so a busy page costs one pass per quiet moment),
 * a URL change without reload (pushState) loads the new page's annotations, and returning
 * to the tab picks up edits made in the popup or review page.
 */
export function watchPageChanges(
  ctx: ContentScriptContext,
  session: PageSession,
  reload: () => Promise<void>,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some(touchesText)) return;
    session.text.markStale();
    clearTimeout(timer);
    timer = setTimeout(() => session.layer.reanchor(), 250);
  });
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });

  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session.text.markStale();
    void reload();
  });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void reload();
  });
  ctx.onInvalidated(() => {
    clearTimeout(timer);
    observer.disconnect();
  });
}

function touchesText(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => node.nodeType === Node.TEXT_NODE || !!node.textContent?.trim());
}
