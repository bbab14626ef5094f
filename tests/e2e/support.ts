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
