import { readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/chromium';
import { selectWithMouse } from '../../scripts/lib/select-text';
import { startPageServer, type PageServer } from '../../scripts/lib/static-server';
import { readStoredAnnotations } from '../../scripts/lib/stored';
import { clickButton, shadowText } from './closed-shadow';
import { waitForPainted } from './support';

/**
 * The hover card's own actions in real Chromium: editing a note in place, relabelling from
 * the keyboard (focus stays on the card's button), delete with undo, and keeping a suggestion.
 */
const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
const PASSAGE = 'closed the harbour for four days';

let server: PageServer;
let browser: ExtensionBrowser;
let page: Page;

/** Clicks into the painted passage: the card opens and stays (pinned). */
async function pinCard(p: Page, name: string): Promise<void> {
  await p.keyboard.press('Escape');
  await p.mouse.move(1, 1);
  await p.locator('claimlight-card').waitFor({ state: 'hidden' });
  const box = await p.evaluate((n) => {
    const range = [...(CSS.highlights.get(n) ?? [])][0] as Range | undefined;
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + 5, y: rect.top + rect.height / 2 } : null;
  }, name);
  if (!box) throw new Error(`Nothing painted as ${name}`);
  await p.mouse.click(box.x, box.y);
  await p.locator('claimlight-card').waitFor({ state: 'visible' });
}

async function storedLabelAndNote(): Promise<string> {
  const [saved] = await readStoredAnnotations(browser.worker);
  return saved ? `${saved.label}: ${saved.note}` : 'none';
}

beforeAll(async () => {
  server = await startPageServer({ '/story': article });
  browser = await launchWithExtension();
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.origin}/story`);
  await selectWithMouse(page, PASSAGE);
  await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
  await page.keyboard.press('n');
  await page.keyboard.type('First thought.');
  await page.keyboard.press('Enter');
  await waitForPainted(page, 'claimlight-note', 1);
});

afterAll(async () => {
  await browser?.context.close();
  await server?.close();
  if (browser) rmSync(browser.userDataDir, { recursive: true, force: true });
});

describe('hover card actions', () => {
  it('edits the note in place: Enter saves it, and the card shows it', async () => {
    await pinCard(page, 'claimlight-note');
    await clickButton(page, 'Edit note');
    await page.keyboard.press('End');
    await page.keyboard.type(' Second thought.');
    await page.keyboard.press('Enter');
    await expect.poll(storedLabelAndNote).toBe('note: First thought. Second thought.');
    await expect
      .poll(() => shadowText(page, 'claimlight-card'))
      .toContain('First thought. Second thought. Speculation Reported fact Edit note Delete');
  });

  it('relabels from the keyboard, twice, without losing its place in the card', async () => {
    await pinCard(page, 'claimlight-note');
    await page.keyboard.press('Tab'); // into the card: the first relabel button, Speculation
    await page.keyboard.press('Enter');
    await waitForPainted(page, 'claimlight-speculation', 1);
    await expect.poll(storedLabelAndNote).toMatch(/^speculation:/);
    // The focused button now offers Reported fact: Enter again relabels once more.
    await page.keyboard.press('Enter');
    await waitForPainted(page, 'claimlight-reported', 1);
    await expect.poll(storedLabelAndNote).toMatch(/^reported:/);
  });

  it('deletes from the card, and undoes the delete', async () => {
    await pinCard(page, 'claimlight-reported');
    await clickButton(page, 'Delete');
    await waitForPainted(page, 'claimlight-reported', 0);
    await expect.poll(storedLabelAndNote).toBe('none');
    await expect.poll(() => shadowText(page, 'claimlight-card')).toBe('Annotation deleted. Undo');
    await clickButton(page, 'Undo');
    await waitForPainted(page, 'claimlight-reported', 1);
    await expect.poll(storedLabelAndNote).toBe('reported: First thought. Second thought.');
  });

  it('keeps a suggestion as a reported fact and says so on the card', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(1, 1);
    const point = await page.evaluate(() => {
      for (const range of CSS.highlights.get('claimlight-claim') ?? []) {
        const r = range as Range;
        if (!r.toString().includes('According to the Harbour Authority')) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + 8, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await page.locator('claimlight-card').waitFor({ state: 'visible' });
    await clickButton(page, 'Mark as reported fact');
    await expect
      .poll(() => shadowText(page, 'claimlight-card'))
      .toMatch(/Kept as\s+reported fact\s*\./);
    const stored = await readStoredAnnotations(browser.worker);
    expect(stored.map((a) => a.origin).sort()).toEqual(['reader', 'suggestion']);
  });
});
