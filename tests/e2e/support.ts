import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/chromium';

/** Waits until the painted highlights satisfy a predicate (painting is asynchronous). */
export async function waitForPainted(
  page: Page,
  name: string,
  count: number,
  timeout = 10_000,
): Promise<void> {
  await page.waitForFunction(
    ([n, c]) => (CSS.highlights.get(n as string)?.size ?? 0) === c,
    [name, count] as const,
    { timeout },
  );
}

/**
 * Waits until the automatic highlights stop changing for `quietMs`: a long article's opening
 * is painted first and the whole of it a moment later.
 */
export async function waitForSettled(page: Page, quietMs = 500, timeout = 10_000): Promise<void> {
  const counts = () =>
    page.evaluate(() =>
      ['person', 'number', 'claim', 'hedge']
        .map((k) => CSS.highlights.get(`claimlight-${k}`)?.size ?? 0)
        .join(),
    );
  const end = Date.now() + timeout;
  let last = await counts();
  let since = Date.now();
  while (Date.now() < end) {
    await page.waitForTimeout(100);
    const now = await counts();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (Date.now() - since >= quietMs && !/^0,0,0,0$/.test(now)) return;
  }
  throw new Error(`Highlights still changing after ${timeout} ms (${last}).`);
}

/** Opens an extension page (popup.html, review.html) in a new tab. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/**
 * The document's markup without anything Claimlight added, next to the markup the server
 * sent, parsed the same way: equal when the extension changed nothing in the page's DOM.
 */
export function domWithoutClaimlight(page: Page): Promise<{ live: string; original: string }> {
  return page.evaluate(async () => {
    const strip = (root: Element) => {
      root.querySelectorAll('*').forEach((el) => {
        if (el.tagName.toLowerCase().startsWith('claimlight-')) el.remove();
      });
      return root.outerHTML;
    };
    const live = strip(document.documentElement.cloneNode(true) as Element);
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return { live, original: strip(parsed.documentElement) };
  });
}
