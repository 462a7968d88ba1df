// The production manifest asks for the least a capture needs: no host permission at all, and exactly
// activeTab, scripting, storage and contextMenus. Reads the copy of .output/chrome-mv3 that the global
// setup took right after `npx wxt build` (the very files the browser tests load).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtExtensionDir } from './harness';

const dir = builtExtensionDir();
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('production manifest (.output/chrome-mv3/manifest.json)', () => {
  it('is Manifest V3 with no host permissions granted at install', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('host_permissions');
    // Only optional web-page access, asked for on the user's click by "capture all tabs" and removed
    // when that run ends (lib/background/capture-tabs.ts); nothing is granted at install.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    // Declared content scripts would grant their `matches` as host access: the capture script is injected on demand instead.
    expect(manifest).not.toHaveProperty('content_scripts');
    // A development build (wxt dev) would carry its reload server's address and a loosened CSP.
    expect(JSON.stringify(manifest)).not.toMatch(/localhost|127\.0\.0\.1|unsafe-eval|content_security_policy/);
  });

  it('asks for exactly activeTab, scripting, storage and contextMenus', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting']);
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('ships the injected capture script, the popup and the quick-capture command', () => {
    expect(readFileSync(join(dir, 'content-scripts/capture.js'), 'utf8').length).toBeGreaterThan(1000);
    expect(manifest.action.default_popup).toBe('popup.html');
    expect(manifest.commands['quick-capture'].suggested_key.default).toBe('Alt+Shift+E');
  });
});
