// Exports leave the popup as an ordinary download: no "downloads" permission, only a link the user's click
// already authorises.

export interface DownloadableFile {
  filename: string;
  mimeType: string;
  /** Text, or bytes; binary exports that came through the message channel arrive base64-encoded. */
  content: string | Uint8Array;
  encoding?: 'utf-8' | 'base64';
}

export function downloadFile(doc: Document, file: DownloadableFile): void {
  // A Blob from a string is UTF-8, so the CSV's leading U+FEFF stays as the byte-order mark Excel needs.
  const body = typeof file.content === 'string' && file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body as BlobPart], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before the browser has read the Blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
