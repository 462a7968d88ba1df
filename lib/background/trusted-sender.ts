// The worker's door: only the extension's own pages (popup, collection page) may ask it anything.
// Content scripts never message it (their result returns through scripting.executeScript), so any
// message that carries a tab, a foreign extension id or a web origin is dropped unanswered.

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export function isTrustedSender(sender: SenderLike, ownId: string, ownBaseUrl: string): boolean {
  if (sender.id !== ownId) return false;
  if (!sender.url || !sender.url.startsWith(ownBaseUrl)) return false;
  if (sender.origin !== undefined && !ownBaseUrl.startsWith(sender.origin)) return false;
  return true;
}
