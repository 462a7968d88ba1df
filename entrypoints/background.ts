import { captureHandlers, quickCapture, type CaptureDeps } from '@/lib/background/capture-service';
import { dispatch, type Envelope } from '@/lib/protocol';
import { CHANGES_CHANNEL } from '@/lib/collection/collection-source';
import { WRITE_MESSAGES } from '@/lib/background/write-messages';
import { HOST_ACCESS_ORIGINS } from '@/lib/ui/host-access';
import { collectionUrl } from '@/lib/ui/collection-url';
import { MigrationError, openDatabase, openExistingDatabase } from '@/lib/store/database';
import { readOnlyRepository, recordRepository, type RecordRepository } from '@/lib/store/record-repository';
import { badgeFor } from '@/lib/background/badge';
import { isTrustedSender } from '@/lib/background/trusted-sender';
import { injectCapture } from '@/lib/background/inject-capture';

const MENU_CAPTURE = 'communique-capture-page';
const MENU_OPEN_COLLECTION = 'communique-open-collection';
const MENU_CAPTURE_ALL = 'communique-capture-all-tabs';

export default defineBackground(() => {
  let repository: Promise<RecordRepository> | null = null;
  const openRepository = async (): Promise<RecordRepository> => {
    try {
      return recordRepository(await openDatabase({ onClose: () => (repository = null) }));
    } catch (e) {
      if (!(e instanceof MigrationError)) throw e;
      // The old collection stays readable and exportable; writes say why they are paused.
      return readOnlyRepository(recordRepository(await openExistingDatabase({})), e.message);
    }
  };
  const deps: CaptureDeps = {
    repository: () =>
      (repository ??= openRepository().catch((e) => {
        repository = null;
        throw e;
      })),
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    runContentScript: (tabId, selectors) => injectCapture(browser.scripting, tabId, selectors),
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    tabs: {
      async listTabs(windowId) {
        // Without host access the browser leaves url and title out: those tabs come back bare.
        return (await browser.tabs.query({ windowId })).flatMap((t) => (t.id === undefined ? [] : [{ id: t.id, title: t.title, url: t.url }]));
      },
      async closeTabs(ids) {
        await browser.tabs.remove(ids);
      },
      async dropHostAccess() {
        await browser.permissions.remove({ origins: [...HOST_ACCESS_ORIGINS] });
      },
    },
  };
  const handlers = captureHandlers(deps);

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return dispatch(handlers, message).then((result) => {
      if (result.ok && WRITE_MESSAGES.has((message as Envelope).name)) announceChange();
      return result;
    });
  });

  // Open collection pages refresh when the collection changes elsewhere (popup, shortcut, menu).
  const changes = new BroadcastChannel(CHANGES_CHANNEL);
  function announceChange() {
    changes.postMessage({ at: Date.now() });
  }

  async function captureFromShortcut(tabId: number | undefined) {
    if (tabId === undefined) return;
    const show = async (badge: ReturnType<typeof badgeFor>) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setTitle({ tabId, title: badge.title });
    };
    try {
      const { record, status } = await quickCapture(deps, tabId);
      announceChange();
      await show(badgeFor({ ok: true, status, title: record.title }));
    } catch (e) {
      await show(badgeFor({ ok: false, error: e }));
    }
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_CAPTURE, title: 'Capture this page', contexts: ['page', 'selection', 'link', 'image'] });
    browser.contextMenus.create({ id: MENU_OPEN_COLLECTION, title: 'Open the collection', contexts: ['action'] });
    browser.contextMenus.create({ id: MENU_CAPTURE_ALL, title: 'Capture all tabs in this window…', contexts: ['action'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CAPTURE) void captureFromShortcut(tab?.id);
    else if (info.menuItemId === MENU_OPEN_COLLECTION) void browser.tabs.create({ url: collectionUrl(), windowId: tab?.windowId });
    // The host-permission prompt needs a click in one of our pages, so the menu opens the collection
    // page with the capture panel rather than asking from the worker.
    else if (info.menuItemId === MENU_CAPTURE_ALL) void browser.tabs.create({ url: collectionUrl({ captureWindow: tab?.windowId }), windowId: tab?.windowId });
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'quick-capture') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await captureFromShortcut(id);
  });
});
