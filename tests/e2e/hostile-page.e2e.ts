import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import {
  CLOBBER_SCRIPT,
  SECRETS,
  SHARED_TEXT,
  article,
  storedAnnotation,
} from './corpus/hostile-fixtures';
import { dumpWorkerDb, seedWorkerDb, waitForSchema } from './corpus/worker-db';
import { clickButton } from './closed-shadow';
import { waitForPainted } from './support';

/**
 * The card's host. It is `claimlight-card`, unless the page defined that name itself: then
 * Claimlight takes an unguessable `claimlight-card-<random>` instead.
 */
const CARD = "xpath=//*[starts-with(local-name(), 'claimlight-card')]";

/**
 * A hostile page against Claimlight's trust boundaries. The page holds an annotation of its
 * own (with a private note); another page of the same site and a page of another site hold
 * more. Whatever the page tries — messages, forged events, clobbering the UI hosts, calling
 * extension APIs — it must not read any note, change the database, or learn other pages'
 * annotations. The database is checked through the raw IndexedDB API in the service worker.
 */
let hostile: PageServer;
let other: PageServer;
let browser: ExtensionBrowser;
let page: Page;
let before = '';
let attempts = 0;

const OWN_ID = 'a0000000-0000-4000-8000-000000000001';

/** Everything the page gathered, as one string to search for secrets. */
async function loot(): Promise<string> {
  return page.evaluate(() =>
    JSON.stringify((window as unknown as { __loot?: unknown[] }).__loot ?? []),
  );
}

function expectNoSecret(text: string) {
  for (const secret of Object.values(SECRETS)) {
    const at = text.indexOf(secret.slice(0, 20));
    expect(at < 0 ? '' : text.slice(Math.max(0, at - 200), at + 40)).toBe('');
  }
}

beforeAll(async () => {
  hostile = await startPageServer({
    '/hostile': article('Quayside meeting', CLOBBER_SCRIPT),
    '/news/same-site': article('Quayside meeting'),
    // Moves to another page's address a second after load, with no reader action.
    '/hostile-later': article(
      'Quayside meeting',
      `<script>setTimeout(() => history.pushState({}, '', '/news/same-site'), 1000);</script>`,
    ),
    // Claims another page's address before Claimlight even starts.
    '/hostile-early': article(
      'Quayside meeting',
      `<script>history.replaceState({}, '', '/news/same-site');</script>`,
    ),
  });
  other = await startPageServer({ '/news/other-site': article('Quayside meeting') });
  browser = await launchWithExtension({
    extensionPath: process.env.CLAIMLIGHT_EXTENSION || undefined,
  });
  page = await browser.context.newPage();
  await page.goto(`${hostile.origin}/news/same-site`); // wakes the background's database
  await waitForSchema(browser.worker);
  await seedWorkerDb(browser.worker, [
    storedAnnotation(OWN_ID, `${hostile.origin}/hostile`, 'own', SECRETS.own),
    storedAnnotation(
      'a0000000-0000-4000-8000-000000000002',
      `${hostile.origin}/news/same-site`,
      'victim',
      SECRETS.sameSite,
    ),
    storedAnnotation(
      'a0000000-0000-4000-8000-000000000003',
      `${other.origin}/news/other-site`,
      'victim',
      SECRETS.otherSite,
    ),
  ]);
  before = await dumpWorkerDb(browser.worker);
  await page.goto(`${hostile.origin}/hostile`);
  await waitForPainted(page, 'claimlight-note', 1);
}, 60_000);

afterAll(async () => {
  console.log(`hostile page: ${attempts} attempts`);
  await browser?.context.close();
  await hostile?.close();
  await other?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('a hostile page', () => {
  it('sees only its own document’s highlight registry, never another page’s passages', async () => {
    const painted = await page.evaluate(() =>
      [...(CSS.highlights.get('claimlight-note') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(painted).toEqual([SHARED_TEXT.own]);
  });

  it('gets nothing from postMessage in any shape the extension’s libraries use', async () => {
    const messages = [
      { type: 'listAnnotations', data: { url: `${other.origin}/news/other-site` } },
      { type: 'createAnnotation', data: { url: `${hostile.origin}/hostile`, label: 'note' } },
      { type: 'deleteAnnotation', data: { id: OWN_ID } },
      { type: 'updateAnnotation', data: { id: OWN_ID, changes: { label: 'reported' } } },
      { id: 1, type: 'deleteAnnotation', data: { id: OWN_ID }, timestamp: Date.now() },
      { message: { type: 'getPageStatus' } },
      { type: 'scrollToAnnotation', data: { id: OWN_ID } },
      { type: 'annotationsChanged' },
      'deleteAnnotation',
      JSON.stringify({ type: 'deleteAnnotation', data: { id: OWN_ID } }),
    ];
    attempts += messages.length;
    const replies = await page.evaluate(async (list) => {
      const heard: unknown[] = [];
      addEventListener('message', (event) => heard.push(event.data));
      for (const message of list) postMessage(message, '*');
      await new Promise((resolve) => setTimeout(resolve, 800));
      return JSON.stringify(heard);
    }, messages);
    expectNoSecret(replies);
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('gets nothing from forged custom and DOM events', async () => {
    const id = browser.extensionId;
    const names = [
      'claimlight:create',
      'claimlight:delete',
      `${id}:article:wxt:locationchange`,
      'wxt:locationchange',
      'annotationsChanged',
      'selectionchange',
    ];
    attempts += names.length * 2;
    await page.evaluate((list) => {
      for (const name of list) {
        window.dispatchEvent(new CustomEvent(name, { detail: { id: 'x', label: 'note' } }));
        document.dispatchEvent(new CustomEvent(name, { detail: { id: 'x', label: 'note' } }));
      }
    }, names);
    await page.waitForTimeout(800);
    expectNoSecret(await loot());
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('cannot create an annotation by scripting a selection and synthetic mouse and key events', async () => {
    attempts += 3;
    for (const key of ['s', 'r', 'n']) {
      await page.evaluate((k) => {
        const text = document.getElementById('plain')!.firstChild!;
        const range = document.createRange();
        range.setStart(text, 0);
        range.setEnd(text, 20);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        document
          .getElementById('plain')!
          .dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 50, clientY: 50 }));
        return new Promise<void>((resolve) =>
          setTimeout(() => {
            document.body.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
            document.body.dispatchEvent(new KeyboardEvent('keyup', { key: k, bubbles: true }));
            resolve();
          }, 400),
        );
      }, key);
      await page.waitForTimeout(600);
    }
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('cannot read its own note from the hover card, nor change or delete it', async () => {
    attempts += 7;
    // The reader opens the card by hovering the highlight; the page then tries everything.
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('claimlight-note')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.evaluate(async () => {
      const out = (window as unknown as { __loot: unknown[] }).__loot;
      const card = document.querySelector('claimlight-card');
      out.push('shadowRoot: ' + String(card?.shadowRoot));
      out.push('html innerText: ' + document.documentElement.innerText);
      out.push('card innerText: ' + (card as HTMLElement | null)?.innerText);
      out.push('card textContent: ' + card?.textContent);
      getSelection()!.selectAllChildren(document.documentElement);
      out.push('select all: ' + getSelection()!.toString());
      document.execCommand('selectAll');
      out.push('execCommand selectAll: ' + getSelection()!.toString());
      getSelection()!.removeAllRanges();
      const roots = (window as unknown as { __roots?: ShadowRoot[] }).__roots ?? [];
      roots.forEach((root) => out.push('hooked root: ' + root.innerHTML));
      // Try to drive the card: synthetic clicks and keys at its host.
      card?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      (card as HTMLElement | null)?.click();
      for (const key of ['Tab', 'Enter', ' ', 'Delete', 'Backspace', 'd', 's', 'r']) {
        window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expectNoSecret(await loot());
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('cannot read or press the hover card through a pre-defined claimlight-* element', async () => {
    attempts += 2;
    await page.mouse.move(5, 5);
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('claimlight-note')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.locator(CARD).waitFor({ state: 'visible' });
    const stolen = await page.evaluate(async () => {
      const all = (window as unknown as { __internals?: ElementInternals[] }).__internals ?? [];
      const texts = all.map((i) => i.shadowRoot?.textContent ?? 'null');
      for (const i of all)
        i.shadowRoot?.querySelector<HTMLElement>('[data-action="delete"]')?.click();
      await new Promise((resolve) => setTimeout(resolve, 800));
      return texts.join('\n');
    });
    expectNoSecret(stolen);
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('cannot reach the extension: runtime APIs, its pages, its files, its database', async () => {
    const id = browser.extensionId;
    attempts += 9;
    const results = await page.evaluate(async (extensionId) => {
      const out: string[] = [];
      const w = window as unknown as {
        chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } };
        browser?: unknown;
      };
      out.push('chrome.runtime: ' + typeof w.chrome?.runtime);
      out.push('browser: ' + typeof w.browser);
      try {
        (w.chrome!.runtime!.sendMessage as (i: string, m: unknown) => void)(extensionId, {
          type: 'listAnnotations',
          data: { url: location.href },
        });
        out.push('sendMessage: no throw');
      } catch (e) {
        out.push('sendMessage refused: ' + (e as Error).message);
      }
      for (const file of ['review.html', 'popup.html', 'manifest.json', 'background.js']) {
        try {
          const response = await fetch(`chrome-extension://${extensionId}/${file}`);
          out.push(`fetch ${file}: ${response.status} ${(await response.text()).slice(0, 200)}`);
        } catch (e) {
          out.push(`fetch ${file} refused: ${(e as Error).message}`);
        }
      }
      const frame = document.createElement('iframe');
      frame.src = `chrome-extension://${extensionId}/review.html`;
      document.body.append(frame);
      await new Promise((resolve) => setTimeout(resolve, 800));
      try {
        out.push('iframe text: ' + frame.contentDocument?.body?.innerText);
      } catch (e) {
        out.push('iframe refused: ' + (e as Error).message);
      }
      frame.remove();
      const stores = await new Promise<string>((resolve) => {
        const open = indexedDB.open('claimlight');
        open.onsuccess = () => {
          resolve([...open.result.objectStoreNames].join(','));
          open.result.close();
        };
        open.onerror = () => resolve('error');
      });
      out.push('page indexedDB stores: ' + stores);
      indexedDB.deleteDatabase('claimlight');
      return out;
    }, id);
    (await page.evaluate(() => (window as unknown as { __loot: string[] }).__loot)).push(
      ...results,
    );
    expectNoSecret(results.join('\n'));
    expect(results).toContain('page indexedDB stores: ');
    expect(results.some((r) => r.startsWith('fetch review.html: 200'))).toBe(false);
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  it('cannot make another site’s annotations appear by changing its own address', async () => {
    attempts += 2;
    const seen = await page.evaluate(async (otherOrigin) => {
      try {
        history.pushState({}, '', `${otherOrigin}/news/other-site`);
      } catch (e) {
        (window as unknown as { __loot: string[] }).__loot.push('pushState refused: ' + String(e));
      }
      history.pushState({}, '', '/hostile?utm_source=x#again');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return [...(CSS.highlights.get('claimlight-note') ?? [])].map((r) => (r as Range).toString());
    }, other.origin);
    expect(seen).not.toContain(SHARED_TEXT.victim);
    expect(await dumpWorkerDb(browser.worker)).toBe(before);
  });

  // The page changes its own address to another page of its site, carrying that page's text,
  // without the reader clicking: Claimlight holds that address's highlights back (see
  // entrypoints/article.content/address-trust.ts), so the registry shows nothing of it.
  // The page's own timer does it: Playwright's evaluate would count as a reader's gesture.
  it('cannot learn a same-site page’s annotations by pretending to be at its address', async () => {
    attempts += 1;
    const later = await browser.context.newPage();
    await later.goto(`${hostile.origin}/hostile-later`);
    await later.waitForTimeout(3_500); // no evaluate before the page has moved
    expect(later.url()).toBe(`${hostile.origin}/news/same-site`);
    const seen = await later.evaluate(() =>
      [...(CSS.highlights.get('claimlight-note') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(seen).not.toContain(SHARED_TEXT.victim);
    expect(seen).toEqual([]);
    await later.close();
  });

  it('cannot learn them by claiming that address before Claimlight starts', async () => {
    attempts += 1;
    const early = await browser.context.newPage();
    await early.goto(`${hostile.origin}/hostile-early`);
    expect(early.url()).toBe(`${hostile.origin}/news/same-site`);
    await early.waitForTimeout(2_500);
    const seen = await early.evaluate(() =>
      [...(CSS.highlights.get('claimlight-note') ?? [])].map((r) => (r as Range).toString()),
    );
    expect(seen).toEqual([]);
    await early.close();
  });

  it('still lets the reader use Claimlight after all of that', async () => {
    await page.reload();
    await waitForPainted(page, 'claimlight-note', 1);
    expectNoSecret(await loot());
    await page.mouse.move(5, 5);
    const box = await page.evaluate(() => {
      const range = [...CSS.highlights.get('claimlight-note')!][0] as Range;
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await clickButton(page, 'Reported fact');
    await waitForPainted(page, 'claimlight-reported', 1);
    expect(await dumpWorkerDb(browser.worker)).not.toBe(before);
  });
});
