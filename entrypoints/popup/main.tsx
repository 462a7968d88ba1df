import { render } from 'preact';
import { browser } from 'wxt/browser';
import { downloadFile } from '@/lib/ui/download-file';
import { callVia } from '@/lib/ui/popup-api';
import { PopupApp } from '@/lib/ui/popup-app';
import { tabIdFromSearch } from '@/lib/ui/tab-target';
import { collectionUrl } from '@/lib/ui/collection-url';
import './popup.css';

// `?tabId=` lets the popup be opened as a page aimed at a given tab (end-to-end tests, debugging);
// from the toolbar it reads the tab the user clicked on.
async function activeTabId(): Promise<number | undefined> {
  const fromUrl = tabIdFromSearch(location.search);
  if (fromUrl !== undefined) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function openCollection({ captureAll }: { captureAll: boolean }) {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await browser.tabs.create({ url: collectionUrl(captureAll && tab ? { captureWindow: tab.windowId } : {}), windowId: tab?.windowId });
  window.close();
}

render(
  <PopupApp
    call={callVia((message) => browser.runtime.sendMessage(message))}
    activeTabId={activeTabId}
    download={(file) => downloadFile(document, file)}
    openCollection={(options) => void openCollection(options)}
  />,
  document.getElementById('app')!,
);
