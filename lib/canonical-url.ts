// One page, one record: the key under which a page is recognised as "already captured".

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_ga|ref|spm)$/i;

/**
 * The page's canonical link when it points at the same site (a canonical on another host is more
 * often a CMS mistake than a real alias), else the page URL; fragment and tracking parameters dropped.
 */
export function canonicalUrlOf(pageUrl: string, declared: string | null): string {
  const page = parse(pageUrl);
  const link = declared ? parse(declared) : null;
  const chosen = link && page && sameSite(link.hostname, page.hostname) ? link : page;
  if (!chosen) return pageUrl;
  chosen.hash = '';
  for (const key of Array.from(chosen.searchParams.keys())) {
    if (TRACKING_PARAM.test(key)) chosen.searchParams.delete(key);
  }
  chosen.hostname = chosen.hostname.toLowerCase().replace(/^www\./, '');
  return chosen.href;
}

function parse(u: string): URL | null {
  try {
    return new URL(u);
  } catch {
    return null;
  }
}

function sameSite(a: string, b: string): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return strip(a) === strip(b);
}
