import { browser } from 'wxt/browser';
import { completeSettings, type Settings } from './settings';

/** The key `settingsItem` ('local:settings') is stored under in `storage.local`. */
const KEY = 'settings';

/** Reads the settings straight from extension storage (content scripts). */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return completeSettings(stored[KEY] as Partial<Settings> | undefined);
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
