// Facts about the page itself (title, publication date, publisher), from metadata first, then the
// visible page, and only last from the article text.
import type { RawCapture } from '../capture/raw-capture';
import { squashSpace } from '../capture/block-text';
import { parseDay } from './dates';
import { type Fact, metadataQuote } from './evidence';
import { type PageMetadata, firstOf } from './page-metadata';

const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'date',
  'sailthru.date',
  'parsely-pub-date',
] as const;

export function pageTitle(raw: RawCapture, _meta: PageMetadata): Fact<string> {
  const title = squashSpace(raw.article?.title ?? raw.documentTitle);
  return title ? { value: title, origin: 'metadata', evidence: metadataQuote(title) } : { value: null, origin: 'metadata' };
}

export function pagePublishedDate(raw: RawCapture, meta: PageMetadata): Fact<string> {
  const declared = firstOf(meta, PUBLISHED_KEYS);
  const fromMeta = parseDay(declared);
  if (fromMeta && declared) return { value: fromMeta, origin: 'metadata', evidence: metadataQuote(declared) };
  for (const node of meta.jsonLd) {
    const v = node.datePublished ?? node.dateCreated;
    const day = typeof v === 'string' ? parseDay(v) : null;
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(String(v)) };
  }
  const readability = parseDay(raw.article?.publishedTime);
  if (readability) return { value: readability, origin: 'metadata', evidence: metadataQuote(raw.article!.publishedTime!) };
  for (const line of raw.dateLines) {
    const day = parseDay(line);
    if (day) return { value: day, origin: 'metadata', evidence: metadataQuote(line) };
  }
  return { value: null, origin: 'metadata' };
}

export function pagePublisher(raw: RawCapture, meta: PageMetadata): Fact<string> {
  let name = firstOf(meta, ['og:site_name', 'sitename', 'application-name', 'publisher', 'dc.publisher', 'author']);
  if (!name) {
    for (const node of meta.jsonLd) {
      const p = node.publisher as { name?: unknown } | undefined;
      if (p && typeof p.name === 'string') {
        name = p.name;
        break;
      }
    }
  }
  name ??= raw.siteHeader ?? raw.article?.siteName ?? null;
  const value = name ? squashSpace(name) : null;
  return value ? { value, origin: 'metadata', evidence: metadataQuote(value) } : { value: null, origin: 'metadata' };
}

export function pageSiteName(raw: RawCapture, meta: PageMetadata): string | null {
  return raw.article?.siteName ?? meta.get('og:site_name') ?? null;
}
