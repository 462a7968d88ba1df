// The worker's gate for what a content script sends: page content is untrusted and size-bounded.
import { z } from 'zod';
import type { RawCapture } from './raw-capture';

const text = (max: number) => z.string().max(max);
const maybe = (max: number) => text(max).nullable();

export const MAX_ARTICLE_CHARS = 2_000_000;

export const RawCaptureSchema = z.object({
  url: text(8192),
  canonicalUrl: maybe(8192),
  lang: maybe(64),
  documentTitle: text(4000),
  meta: z.array(z.tuple([text(300), text(4000)])).max(1000),
  jsonLd: z.array(text(300_000)).max(20),
  breadcrumb: z.array(text(1000)).max(50),
  headlines: z.array(text(1000)).max(50),
  dateLines: z.array(text(1000)).max(100),
  siteHeader: maybe(1000),
  article: z
    .object({
      title: maybe(4000),
      byline: maybe(4000),
      excerpt: maybe(20_000),
      siteName: maybe(1000),
      publishedTime: maybe(200),
      lang: maybe(64),
      text: text(MAX_ARTICLE_CHARS),
      linkDensity: z.number().min(0).max(1),
    })
    .nullable(),
  truncated: z.boolean(),
  elapsedMs: z.number(),
}) satisfies z.ZodType<RawCapture>;
