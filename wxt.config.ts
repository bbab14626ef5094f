import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { AliasOptions } from 'vite';
import { defineConfig } from 'wxt';
import { compromiseSnapshot } from './scripts/build/compromise-snapshot';
import { quietContentScriptContext } from './scripts/build/quiet-content-context';

/**
 * WXT's own `wxt/browser` module: the browser's promise-based API object (`browser` in
 * Firefox, `chrome` in Chromium), without webextension-polyfill.
 */
const PLAIN_BROWSER = createRequire(import.meta.url).resolve('wxt/browser');

/** A few lines in place of @aklinker1/zero-serialize-error in content scripts. */
const PLAIN_ERRORS = fileURLToPath(new URL('utils/messaging/plain-errors.ts', import.meta.url));

/** Vite's alias option as a list, whichever of its two forms it came in. */
function aliasList(alias: AliasOptions | undefined): Exclude<AliasOptions, Record<string, string>> {
  if (!alias) return [];
  if (Array.isArray(alias)) return alias;
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // compromiseSnapshot: the background reads compromise's finished model instead of building
  // it at every start (see scripts/build/compromise-snapshot.ts). quietContentScriptContext:
  // the content script starts without posting a message to the page (see its file).
  vite: () => ({ plugins: [preact(), compromiseSnapshot(), quietContentScriptContext()] }),
  hooks: {
    // The polyfill stays for the background and the extension's pages. Content scripts run in
    // every page the reader opens, and they only read settings from storage and check that the
    // extension is still there: both work the same on the browser's own API, so they skip the
    // polyfill (about 9.6 KB of the content script). Terser, two passes, minifies them 1.1 KB
    // (1.8%) smaller than esbuild does: the content script is held to 60 KB.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.build ??= {};
      config.build.minify = 'terser';
      config.build.terserOptions = { compress: { passes: 2 } };
      config.resolve ??= {};
      config.resolve.alias = [
        { find: /^wxt\/browser$/, replacement: PLAIN_BROWSER },
        // Errors cross messaging as name, message and stack: see utils/messaging/plain-errors.ts.
        { find: /^@aklinker1\/zero-serialize-error$/, replacement: PLAIN_ERRORS },
        ...aliasList(config.resolve.alias),
      ];
    },
  },
  manifest: {
    name: 'Claimlight',
    description:
      'Read the news critically: mark speculation and reported facts, with notes kept only on your machine.',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'tabs'],
    browser_specific_settings: {
      // Claimlight collects nothing: notes never leave the reader's machine. The key is newer
      // than WXT's manifest types, hence the cast; Firefox reads it from version 140.
      gecko: {
        id: 'claimlight@claimlight.invalid',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      } as { id: string },
    },
  },
  zip: {
    excludeSources: ['demo-output/**', 'tests/**', '.ci/**'],
  },
});
