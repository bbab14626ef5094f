import { browser } from 'wxt/browser';
import { completeSettings, type Settings } from './settings';

/** The key `settingsItem` ('local:settings') is stored under in `storage.local`. */
const KEY = 'settings';

let reading: Promise<Settings> | undefined;

/**
 * Reads the settings straight from extension storage (content scripts). Calls made while a
 * read is on its way share it: a page that starts asks for them from two places at once.
 */
export function readSettings(): Promise<Settings> {
  reading ??= browser.storage.local
    .get(KEY)
    .then((stored) => completeSettings(stored[KEY] as Partial<Settings> | undefined))
    .finally(() => (reading = undefined));
  return reading;
}

/** Calls back with the new settings whenever they change; returns the unsubscribe function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change)
      onChange(completeSettings(change.newValue as Partial<Settings> | undefined));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
