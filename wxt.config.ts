import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: activeTab (the page the user clicked on, nothing else), scripting (to inject the
// capture script into that page), storage (IndexedDB needs no permission; kept for unlimitedStorage-free
// settings), contextMenus (the "Capture this page" item). No host permissions, no remote code.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Communiqué',
    description: 'Turns press releases of embassies, missions and foreign ministries into reviewable event records.',
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus'],
    action: { default_title: 'Capture this press release' },
    commands: {
      'quick-capture': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Capture this page into the collection without opening the popup',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'communique@communique.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  },
});
