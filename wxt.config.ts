import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
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
