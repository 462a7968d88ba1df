// The collection page's address, from the popup, the worker's menu items and the page itself.
import { browser } from 'wxt/browser';

export const COLLECTION_PATH = '/collection.html';

/** `captureWindow` opens the page with the "capture all tabs" panel aimed at that window. */
export function collectionUrl(options: { captureWindow?: number } = {}): string {
  const url = browser.runtime.getURL(COLLECTION_PATH);
  return options.captureWindow === undefined ? url : `${url}?captureWindow=${options.captureWindow}`;
}

/** The window named by ?captureWindow=, or undefined. */
export function captureWindowFromSearch(search: string): number | undefined {
  const v = new URLSearchParams(search).get('captureWindow');
  return v !== null && /^\d+$/.test(v) ? Number(v) : undefined;
}
