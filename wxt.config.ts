import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: activeTab (the page the user clicked on, nothing else), scripting (to inject the
// capture script into that page), contextMenus (the "Capture this page" item). No `storage`: the
// collection is IndexedDB, which needs no permission, and nothing uses storage.*. No host
// permissions, no remote code.
// optional_host_permissions: web pages only, requested by "capture all tabs" on the user's click in
// the collection page and removed as soon as that run ends (lib/background/capture-tabs.ts); without
// them the browser lets an extension read no tab but the one the user invoked it on.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Communiqué',
    description: 'Turns press releases of embassies, missions and foreign ministries into reviewable event records.',
    permissions: ['activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
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
