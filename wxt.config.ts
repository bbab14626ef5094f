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
      gecko: { id: 'claimlight@claimlight.invalid', strict_min_version: '128.0' },
    },
  },
  zip: {
    excludeSources: ['demo-output/**', 'tests/**', '.ci/**'],
  },
});
