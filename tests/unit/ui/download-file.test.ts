// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFile } from '../../../lib/ui/download-file';

afterEach(() => vi.restoreAllMocks());

describe('downloadFile', () => {
  it('clicks a temporary download link to a Blob that keeps the CSV byte-order mark', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blob = b as Blob;
      return 'blob:test/1';
    });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    downloadFile(document, { filename: 'communique-2024-03-14.csv', mimeType: 'text/csv;charset=utf-8', content: '\uFEFFid,title\r\nrec-1,Été\r\n' });

    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'communique-2024-03-14.csv' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFid,title\r\nrec-1,Été\r\n');
  });
});
