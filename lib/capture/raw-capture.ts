// What the content script sends back: facts read off the page, nothing interpreted yet.
// The type lives here without zod so that the injected script stays small; the worker validates
// it with RawCaptureSchema (lib/capture/raw-capture-schema.ts) before trusting any of it.

/**
 * The longest string each field may carry. The worker refuses a capture beyond them
 * (RawCaptureSchema); readPage clips to them first, so a hostile or huge page still yields a capture.
 */
export const RAW_LIMITS = {
  url: 8192,
  lang: 64,
  documentTitle: 4000,
  metaKey: 300,
  metaValue: 4000,
  line: 1000,
  siteName: 1000,
  title: 4000,
  excerpt: 20_000,
  publishedTime: 200,
  articleText: 2_000_000,
} as const;

/**
 * How long reading one page may take, in the browser and in the CLI alike: past it the worker
 * reports a timeout, and `communique extract` stops that page's worker thread.
 */
export const CAPTURE_TIMEOUT_MS = 20_000;

/**
 * CSS selectors a site adapter names for one page's template (lib/normalize/site-adapters.ts, in
 * the worker). Plain strings, so the injected script needs none of the registry.
 */
export interface PageSelectors {
  headline?: string;
  dateLine?: string;
  body?: string;
}

/** Which of the adapter's selectors found what they name on the page. */
export interface AdapterMatched {
  headline: boolean;
  dateLine: boolean;
  body: boolean;
}

export interface RawArticle {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  /** Article body as plain text, paragraphs separated by a blank line. */
  text: string;
  /** Share of the body's characters that sit inside links: near 1 for a home page or a list. */
  linkDensity: number;
}

export interface RawCapture {
  url: string;
  canonicalUrl: string | null;
  lang: string | null;
  documentTitle: string;
  /** Every <meta> with a name, property or itemprop, as [lower-cased key, content]. */
  meta: [string, string][];
  /** The text of each application/ld+json script, unparsed: the worker parses untrusted JSON. */
  jsonLd: string[];
  breadcrumb: string[];
  /** Candidate headlines: h1 texts and elements whose class or id says "title"; an adapter's headline first. */
  headlines: string[];
  /** Candidate date lines near the headline: <time>, elements whose class or id says date/time; an adapter's first. */
  dateLines: string[];
  /** The site's own name as its header shows it (logo alt text, site-name heading). */
  siteHeader: string | null;
  /** Every name the page's chrome gives the site (site-name and slogan boxes, logo texts, footer headings). */
  siteNames?: string[];
  /** Languages the site offers other versions in (links with hreflang or lang, switcher labels), lower case. */
  languageVersions?: string[];
  /** The footer's copyright line ("© 2024 Ministry of Foreign Affairs of …"), as written. */
  copyright?: string | null;
  article: RawArticle | null;
  /** Set when the page was too large and was cut before extraction, or its text clipped. */
  truncated: boolean;
  /** document.contentType when the tab shows something other than HTML (a PDF viewer, an image). */
  contentType?: string;
  /** Present when site-adapter selectors were passed in: which of them matched (see PageSelectors). */
  adapterMatched?: AdapterMatched;
  /** How long reading the page took in the page, for the benchmark. */
  elapsedMs: number;
}
