import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CHANGES_CHANNEL, collectionSource } from '@/lib/collection/collection-source';
import { openDatabase } from '@/lib/store/database';
import { CollectionPage } from '@/lib/ui/collection-page';
import { captureWindowFromSearch } from '@/lib/ui/collection-url';
import { downloadFile } from '@/lib/ui/download-file';
import { HOST_ACCESS_ORIGINS } from '@/lib/ui/host-access';
import { callVia } from '@/lib/ui/popup-api';
import '../popup/popup.css';
import './collection.css';

async function start(app: HTMLElement) {
  let db;
  try {
    db = await openDatabase();
    performance.mark('communique:db-open');
  } catch (e) {
    app.textContent = `The collection could not be opened: ${e instanceof Error ? e.message : String(e)}`;
    return;
  }
  render(
  <CollectionPage
    call={callVia((message) => browser.runtime.sendMessage(message))}
    source={collectionSource(db)}
    download={(file) => downloadFile(document, file)}
    requestHostAccess={() => browser.permissions.request({ origins: [...HOST_ACCESS_ORIGINS] })}
    currentTab={async () => {
      const tab = await browser.tabs.getCurrent();
      return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId };
    }}
    captureWindow={captureWindowFromSearch(location.search)}
    subscribe={(listener) => {
      const channel = new BroadcastChannel(CHANGES_CHANNEL);
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Many writes in a row (a bulk capture) make one reload.
      channel.onmessage = () => {
        clearTimeout(timer);
        timer = setTimeout(listener, 150);
      };
      return () => channel.close();
    }}
  />,
  app,
  );
}

void start(document.getElementById('app')!);
