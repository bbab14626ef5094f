import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/**
 * The settings as a WXT storage item, for extension pages (popup, options). Version 1;
 * add a migration here when the shape changes. Content scripts use read-settings.ts
 * instead, which reads the same key without WXT's storage library (a smaller bundle).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
