import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

/** The Firefox build `npm run build:firefox` writes. */
export const FIREFOX_BUILD = resolve('.output/firefox-mv2');

/**
 * Debian's Firefox ESR (`apt-get install firefox-esr`), or FIREFOX_PATH. Null when there is
 * none, so the Firefox tests can say they were skipped rather than fail or download one.
 */
export function firefoxPath(): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}

/**
 * Launches headless Firefox over WebDriver BiDi (puppeteer-core drives a browser it is given;
 * it never downloads one) and installs the built extension as a temporary add-on.
 */
export async function launchFirefoxWithExtension(executablePath: string): Promise<Browser> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true });
  try {
    await browser.installExtension(FIREFOX_BUILD);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
