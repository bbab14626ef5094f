import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

/**
 * The unpacked Chrome build: what `wxt build` writes, or a copy named by CLAIMLIGHT_EXTENSION
 * (to test one build while the working tree is rebuilt).
 */
export const CHROME_BUILD = resolve(process.env.CLAIMLIGHT_EXTENSION || '.output/chrome-mv3');

/** Debian's Chromium unless CHROME_PATH says otherwise; a clear message when there is none. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "sudo apt-get install -y chromium" ` +
        '(Debian/Ubuntu), or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  return path;
}

/**
 * Flags every test browser runs with. The network ones matter here: without them Chromium
 * stalls trying to reach Google services on a closed network.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser profile with Claimlight loaded, and what a test needs to reach the extension. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
}

/** A new, empty profile directory. */
export function freshProfile(): string {
  return mkdtempSync(join(tmpdir(), 'claimlight-profile-'));
}

/** Launches Chromium with the built extension (see CHROMIUM_FLAGS). */
export async function launchWithExtension(
  options: {
    userDataDir?: string;
    headless?: boolean;
    extensionPath?: string;
    extraArgs?: string[];
  } = {},
): Promise<ExtensionBrowser> {
  const extensionPath = options.extensionPath ?? CHROME_BUILD;
  if (!existsSync(join(extensionPath, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionPath}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? freshProfile();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      ...CHROMIUM_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker, userDataDir };
}
