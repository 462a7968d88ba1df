// Opens one of the extension's own pages (the collection page) in a new tab and drives it over its
// own devtools socket with the harness's Popup driver, which works on any page target.
import { CdpSocket } from './cdp-socket';
import { Popup, waitUntil, type ExtensionBrowser } from './harness';

export class ExtensionPage extends Popup {
  /** Closes the tab (the Popup driver only closes toolbar popups). */
  async closeTab(): Promise<void> {
    this.cdp.close();
    await this.owner.session.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }

  /** Puts a file into an <input type=file> as the file chooser would, firing its change event. */
  async setInputFile(selector: string, path: string): Promise<void> {
    const { root } = await this.cdp.send<{ root: { nodeId: number } }>('DOM.getDocument', { depth: 0 });
    const { nodeId } = await this.cdp.send<{ nodeId: number }>('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no ${selector} in ${this.cdp.url}`);
    await this.cdp.send('DOM.setFileInputFiles', { nodeId, files: [path] });
  }
}

/** Opens chrome-extension://ID/PATH in a new tab and waits until its document has loaded. */
export async function openExtensionPage(browser: ExtensionBrowser, path: string, ready = 'true'): Promise<ExtensionPage> {
  const url = `chrome-extension://${browser.extensionId}/${path.replace(/^\//, '')}`;
  const { targetId } = await browser.session.send('Target.createTarget', { url });
  return attachExtensionPage(browser, targetId, url, ready);
}

/** Connects to an extension page's existing tab target (one the extension opened itself). */
export async function attachExtensionPage(browser: ExtensionBrowser, targetId: string, url: string, ready = 'true'): Promise<ExtensionPage> {
  const socket = await CdpSocket.connect(`ws://127.0.0.1:${browser.port}/devtools/page/${targetId}`);
  const page = new ExtensionPage(browser, socket, targetId, Date.now());
  await page.waitFor(`location.href.startsWith(${JSON.stringify(url.split('?')[0])}) && document.readyState === 'complete' && (${ready})`, `${url} to load`, 15_000);
  return page;
}

/** Waits for a new page target whose URL starts with `prefix` (a tab the extension opened). */
export async function waitForPageTarget(browser: ExtensionBrowser, prefix: string, before: Set<string>): Promise<{ targetId: string; url: string }> {
  return waitUntil(
    async () => (await browser.targets()).find((t) => t.type === 'page' && t.url.startsWith(prefix) && !before.has(t.targetId)),
    `a tab showing ${prefix}`,
    { timeoutMs: 10_000, describe: async () => (await browser.targets()).map((t) => `${t.type} ${t.url}`).join(' | ') },
  );
}
