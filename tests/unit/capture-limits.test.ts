// Pages larger than the worker's limits still yield a capture (clipped, flagged), and the browser's
// own viewers (PDF, image) get a message that names them. The e2e suite shows the same in Chromium
// (tests/e2e/hostile-pages.test.ts); here the rules, on jsdom.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { noArticleReason } from '@/lib/capture/article-verdict';
import { RAW_LIMITS } from '@/lib/capture/raw-capture';
import { RawCaptureSchema } from '@/lib/capture/raw-capture-schema';
import { readPage } from '@/lib/capture/read-page';

const URL_ = 'https://mission.example/news/1.html';
const LEAD = 'On 12 March 2024, Ambassador Lena Korvath met Minister Tomas Reyel in Brussels to discuss trade and student exchanges between the two countries.';

function read(html: string, contentType = 'text/html') {
  return readPage(new JSDOM(html, { url: URL_, contentType }).window.document, { url: URL_ });
}

describe('readPage keeps within the worker limits', () => {
  it('clips a huge title, a huge first paragraph and an over-long article text, and drops over-long lines and meta names', () => {
    const words = Array.from({ length: 420_000 }, (_, i) => `word${i % 97}`).join(' ');
    const raw = read(`<html><head><title>${'Long title '.repeat(1000)}</title><meta name="${'k'.repeat(400)}" content="x"></head>
      <body><article><h1>Talks in Brussels</h1><time datetime="${'2024-03-12 '.repeat(300)}">12 March 2024</time>
      <p>${LEAD} ${words}</p><p>${LEAD}</p></article></body></html>`);
    const checked = RawCaptureSchema.safeParse(raw);
    expect(checked.success, checked.success ? '' : checked.error.message).toBe(true);
    expect(raw.documentTitle).toHaveLength(RAW_LIMITS.documentTitle);
    expect(raw.article!.text.length).toBe(RAW_LIMITS.articleText);
    expect(raw.article!.text.slice(0, 1000)).toContain(LEAD);
    expect(raw.truncated).toBe(true);
    expect(raw.meta.some(([k]) => k.length > RAW_LIMITS.metaKey)).toBe(false);
    expect(raw.dateLines.every((d) => d.length <= RAW_LIMITS.line)).toBe(true);
  });

  it('leaves an ordinary page as it was, with no contentType', () => {
    const raw = read(`<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>${LEAD}</p><p>${LEAD}</p></article></body></html>`);
    expect(raw.truncated).toBe(false);
    expect(raw.contentType).toBeUndefined();
    expect(raw.documentTitle).toBe('Talks');
  });
});

describe('noArticleReason names the browser viewers', () => {
  const base = read('<html><head><title>x</title></head><body></body></html>');
  it('a PDF viewer', () => {
    expect(noArticleReason({ ...base, contentType: 'application/pdf' })).toBe('PDF documents cannot be captured yet: Communiqué reads web pages only.');
  });
  it('an image', () => {
    expect(noArticleReason({ ...base, documentTitle: 'photo.png (64×48)', contentType: 'image/png' })).toMatch(/^This tab shows an image \("photo\.png \(64×48\)"\), not an article\./);
  });
  it('an XHTML page is read as a page', () => {
    expect(read(`<html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title></head><body><p>${LEAD}</p></body></html>`, 'application/xhtml+xml').contentType).toBeUndefined();
  });
});
