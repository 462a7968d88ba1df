// One page, one record: the key under which a page is recognised as "already captured".

const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_ga|ref|spm)$/i;

/**
 * The page's canonical link when it is on the page's own origin (scheme, host and port; "www." aside),
 * else the page URL; fragment and tracking parameters dropped. A canonical elsewhere is more often a
 * CMS mistake than an alias, and on another port or scheme it is a way for one page to take over
 * another's record: http://example.org:8080/evil.html may not declare https://example.org/real.html.
 */
export function canonicalUrlOf(pageUrl: string, declared: string | null): string {
  const page = parse(pageUrl);
  const link = declared ? parse(declared) : null;
  const chosen = link && page && sameOrigin(link, page) ? link : page;
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

function sameOrigin(a: URL, b: URL): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, '');
  // URL gives "" for a scheme's default port, so ":443" and no port compare equal.
  return a.protocol === b.protocol && a.port === b.port && strip(a.hostname) === strip(b.hostname);
}
