/**
 * `npm run demo`: serves the project's sample article on 127.0.0.1 and opens it in
 * Chromium with Claimlight loaded. With a display the browser is yours to try; without
 * one the demo labels three passages itself, saves screenshots under demo-output/ and
 * prints what it highlighted and what it stored.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { launchWithExtension } from './lib/chromium';
import { paintedText, selectWithMouse } from './lib/select-text';
import { startPageServer } from './lib/static-server';
import { readStoredAnnotations } from './lib/stored';

const OUT = 'demo-output';

async function main() {
  const article = readFileSync('tests/fixtures/sample-article.html', 'utf8');
  const server = await startPageServer({ '/sample-article.html': article });
  const url = `${server.origin}/sample-article.html`;
  const headed = !!process.env.DISPLAY && process.env.CI !== 'true';
  const browser = await launchWithExtension({ headless: !headed });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(url);

  if (headed) {
    console.log(`Claimlight demo: ${url}`);
    console.log(
      'Select any passage, then click a label or press s, r or n. Close the browser to end.',
    );
    console.log(`Review page: chrome-extension://${browser.extensionId}/review.html`);
    await new Promise((resolve) => browser.context.on('close', resolve));
    await server.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const steps: [string, string, string?][] = [
    ['the wall alone may not be enough', 's'],
    ['the tide peaked at 2.9 metres above the usual high-water mark', 'r'],
    [
      'raise property taxes by roughly 4% a year for a decade',
      'n',
      'Check against the budget papers.',
    ],
  ];
  for (const [phrase, key, note] of steps) {
    await selectWithMouse(page, phrase);
    await page.locator('claimlight-toolbar').waitFor({ state: 'visible' });
    await page.keyboard.press(key);
    if (note) {
      await page.keyboard.type(note);
      await page.keyboard.press('Enter');
    }
    await page.locator('claimlight-toolbar').waitFor({ state: 'hidden' });
  }
  // Show what a card says: hover the engineer's name, as a reader would.
  await page.evaluate(() => window.scrollTo(0, 0));
  const person = await page.evaluate(() => {
    for (const range of CSS.highlights.get('claimlight-person') ?? []) {
      const r = range as Range;
      if (!r.toString().includes('Osei')) continue;
      const rect = r.getClientRects()[0];
      return rect ? { x: rect.left + 8, y: rect.top + rect.height / 2 } : null;
    }
    return null;
  });
  if (person) {
    await page.mouse.move(person.x, person.y);
    await page.locator('claimlight-card').waitFor({ state: 'visible' });
  }
  await page.screenshot({ path: `${OUT}/article.png` });

  const review = await browser.context.newPage();
  await review.goto(`chrome-extension://${browser.extensionId}/review.html`);
  await review.locator('.review-annotation').first().waitFor();
  await review.screenshot({ path: `${OUT}/review.png` });

  console.log('Highlighted on the page:');
  for (const [name, texts] of Object.entries(await paintedText(page))) {
    for (const text of texts) console.log(`  ${name}: "${text}"`);
  }
  console.log('Stored in IndexedDB:');
  for (const a of await readStoredAnnotations(browser.worker)) {
    console.log(`  ${a.label}: "${a.target.quote.exact}"${a.note ? ` — note: ${a.note}` : ''}`);
  }
  console.log(`Screenshots: ${OUT}/article.png, ${OUT}/review.png`);
  await browser.context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
