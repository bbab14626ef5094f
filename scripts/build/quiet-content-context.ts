/**
 * Build step: the content script's entry builds its context with
 * entrypoints/article.content/quiet-context.ts instead of WXT's own class, which also posts a
 * window message to the page as it starts (see that file for why not). Only the import made
 * by WXT's content script entry is redirected; everything else, that file included, gets
 * WXT's module.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const QUIET_CONTEXT = fileURLToPath(
  new URL('../../entrypoints/article.content/quiet-context.ts', import.meta.url),
);

export function quietContentScriptContext(): Plugin {
  return {
    name: 'claimlight:quiet-content-context',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === 'wxt/utils/content-script-context' &&
      importer?.includes('content-script-isolated-world-entrypoint')
        ? QUIET_CONTEXT
        : null,
  };
}
