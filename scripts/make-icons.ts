/**
 * `npm run icons`: renders scripts/assets/icon.svg to the PNG sizes browsers ask for
 * (public/icon/<size>.png, which WXT puts in the manifest), with Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('scripts/assets/icon.svg', 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  }
  console.log(`icons: ${SIZES.join(', ')} px written to public/icon/`);
} finally {
  await browser.close();
}
