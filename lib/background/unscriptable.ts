// Pages no extension may script: say so before trying, in words a user understands.

const STORE_HOSTS = [/^chromewebstore\.google\.com$/, /^chrome\.google\.com$/, /^addons\.mozilla\.org$/, /^microsoftedge\.microsoft\.com$/];

export function whyUnscriptable(url: string | undefined | null): string | null {
  if (!url) return 'This tab has no page to capture (it is empty or still loading).';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `This tab's address "${url.slice(0, 200)}" is not a web page that can be captured.`;
  }
  if (u.protocol === 'about:' && u.href !== 'about:blank') return 'Browser pages (about:) cannot be captured.';
  if (u.href === 'about:blank' || u.href === 'chrome://newtab/') return 'This tab is empty: open an article first.';
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) {
    return `Browser pages (${u.protocol}//) cannot be captured: extensions are not allowed to read them.`;
  }
  if (STORE_HOSTS.some((re) => re.test(u.hostname)) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) {
    return 'The browser\'s extension store cannot be captured: browsers forbid extensions to read it.';
  }
  if (/\.pdf$/i.test(u.pathname)) return 'PDF documents cannot be captured yet: Communiqué reads web pages only.';
  return null;
}

/** Turns the browser's refusal to inject into the same plain words. */
export function explainInjectionError(url: string | undefined, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const known = url === undefined ? null : whyUnscriptable(url);
  if (known) return known;
  // Chromium names the scheme it refuses ("Cannot access a chrome:// URL") even when the URL is hidden.
  const scheme = /cannot access an? ([a-z][a-z0-9+.-]*):\/\/ URL/i.exec(message);
  if (scheme) return whyUnscriptable(`${scheme[1].toLowerCase()}://page/`) ?? `The page could not be read: ${message}`;
  if (url === undefined && /cannot access contents of the page/i.test(message)) {
    return 'The browser does not let extensions read this tab: it is empty, or shows an about:, data: or file address or another extension\'s page. Open a press release and click the Communiqué button on it.';
  }
  if (/cannot access|cannot be scripted|permission|extensions gallery|missing host permission/i.test(message)) {
    return `The browser does not let Communiqué read this page (${message}). Click the toolbar button on the page itself to grant access.`;
  }
  if (/frame|no tab|closed|error page/i.test(message)) return `The page could not be read: ${message}`;
  return `The page could not be read: ${message}`;
}
