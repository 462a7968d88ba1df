// The worker's gate for what a content script sends: page content is untrusted and size-bounded.
import { z } from 'zod';
import { RAW_LIMITS as L, type RawCapture } from './raw-capture';

const text = (max: number) => z.string().max(max);
const maybe = (max: number) => text(max).nullable();

export const MAX_ARTICLE_CHARS = L.articleText;

export const RawCaptureSchema = z.object({
  url: text(L.url),
  canonicalUrl: maybe(L.url),
  lang: maybe(L.lang),
  documentTitle: text(L.documentTitle),
  meta: z.array(z.tuple([text(L.metaKey), text(L.metaValue)])).max(1000),
  jsonLd: z.array(text(300_000)).max(20),
  breadcrumb: z.array(text(L.line)).max(50),
  headlines: z.array(text(L.line)).max(50),
  dateLines: z.array(text(L.line)).max(100),
  siteHeader: maybe(L.siteName),
  copyright: maybe(L.siteName).optional(),
  siteNames: z.array(text(L.siteName)).max(50).optional(),
  languageVersions: z.array(text(L.lang)).max(50).optional(),
  article: z
    .object({
      title: maybe(L.title),
      byline: maybe(L.title),
      excerpt: maybe(L.excerpt),
      siteName: maybe(L.siteName),
      publishedTime: maybe(L.publishedTime),
      lang: maybe(L.lang),
      text: text(L.articleText),
      linkDensity: z.number().min(0).max(1),
    })
    .nullable(),
  truncated: z.boolean(),
  contentType: text(200).optional(),
  adapterMatched: z.object({ headline: z.boolean(), dateLine: z.boolean(), body: z.boolean() }).optional(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<RawCapture>;
