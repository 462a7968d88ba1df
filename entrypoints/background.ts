import { captureHandlers, quickCapture, type CaptureDeps } from '@/lib/background/capture-service';
import { dispatch } from '@/lib/protocol';
import { openDatabase } from '@/lib/store/database';
import { recordRepository, type RecordRepository } from '@/lib/store/record-repository';
import { badgeFor } from '@/lib/background/badge';
import { isTrustedSender } from '@/lib/background/trusted-sender';

const MENU_CAPTURE = 'communique-capture-page';

export default defineBackground(() => {
  let repository: Promise<RecordRepository> | null = null;
  const deps: CaptureDeps = {
    repository: () =>
      (repository ??= openDatabase({ onClose: () => (repository = null) })
        .then(recordRepository)
        .catch((e) => {
          repository = null;
          throw e;
        })),
    async tabUrl(tabId) {
      return (await browser.tabs.get(tabId)).url;
    },
    async runContentScript(tabId) {
      const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/capture.js'] });
      return result?.result;
    },
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
  };
  const handlers = captureHandlers(deps);

  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return dispatch(handlers, message);
  });

  async function captureFromShortcut(tabId: number | undefined) {
    if (tabId === undefined) return;
    const show = async (badge: ReturnType<typeof badgeFor>) => {
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setTitle({ tabId, title: badge.title });
    };
    try {
      const { record, status } = await quickCapture(deps, tabId);
      await show(badgeFor({ ok: true, status, title: record.title }));
    } catch (e) {
      await show(badgeFor({ ok: false, error: e }));
    }
  }

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_CAPTURE, title: 'Capture this page', contexts: ['page', 'selection', 'link', 'image'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_CAPTURE) void captureFromShortcut(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'quick-capture') return;
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    await captureFromShortcut(id);
  });
});
