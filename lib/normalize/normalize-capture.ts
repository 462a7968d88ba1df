// RawCapture → EventRecord. Pure: the clock and the id are passed in, so Node and the worker agree.
import type { RawCapture } from '../capture/raw-capture';
import { canonicalUrlOf } from '../canonical-url';
import { SCHEMA_VERSION, type EventRecord } from '../record-schema';
import { pageMetadata } from './page-metadata';
import { fieldConfidence } from './confidence';
import { extractEvent } from './extract-event';
import { pagePublishedDate, pagePublisher, pageSiteName, pageTitle } from './page-facts';
import { countryByCode, findCountries } from './countries';
import { type AddressSeat, addressSeat } from './mission-seat';
import { missionCountryOf } from './place';
import { institutionRank } from './institutions';
import { dateOrderFor, siteAdapterFor, siteHints } from './site-adapters';

export const EXTRACTOR_VERSION = 'communique-normalizer/1';

export interface NormalizeContext {
  id: string;
  now: Date;
}

export function normalizeCapture(raw: RawCapture, ctx: NormalizeContext): EventRecord {
  const meta = pageMetadata(raw);
  const text = raw.article?.text ?? '';
  const hints = siteHints(raw, meta);
  // The adapter the capture script's selectors came from: looked up by the same address.
  const adapter = siteAdapterFor(raw.url);
  const dateOrder = dateOrderFor(raw.url);
  const title = pageTitle(raw, meta);
  const published = pagePublishedDate(raw, meta, dateOrder);
  const pagePublisherFact = pagePublisher(raw, meta, hints);
  const seat = addressSeat(raw.url, pagePublisherFact.value);
  const publisher = { ...pagePublisherFact, value: missionOfPortal(pagePublisherFact.value, seat) ?? pagePublisherFact.value };
  const missionName = institutionRank(publisher.value ?? '') === 2;
  const lang = normalizeLang(raw.lang ?? raw.article?.lang ?? meta.get('og:locale') ?? meta.get('language'));
  const event = extractEvent({
    title: title.value,
    text,
    lang,
    publishedDate: published.value,
    publisher: publisher.value,
    breadcrumb: raw.breadcrumb,
    missionCountry: hints?.missionCountry ?? (missionName ? missionCountryOf(publisher.value) : null) ?? seat?.country ?? null,
    seatCity: seat?.city ?? null,
    dateOrder,
  });
  const nowIso = ctx.now.toISOString();
  const matched = raw.adapterMatched;
  const selectorsUsed = !!matched && (matched.headline || matched.dateLine || matched.body);

  const evidence: EventRecord['evidence'] = { ...event.evidence };
  const fields: EventRecord['provenance']['fields'] = { ...event.origins };
  for (const [path, fact] of [
    ['title', title],
    ['source.publishedDate', published],
    ['source.publisher', publisher],
  ] as const) {
    if (fact.value === null) continue;
    fields[path] = fact.origin;
    if (fact.evidence) evidence[path] = fact.evidence;
  }
  // The article text itself was read from the adapter's body element rather than by Readability.
  if (matched?.body && text) fields.text = 'adapter';

  const record: EventRecord = {
    schemaVersion: SCHEMA_VERSION,
    id: ctx.id,
    title: title.value ?? '',
    summary: summaryOf(raw, text),
    text,
    source: {
      url: raw.url,
      canonicalUrl: canonicalUrlOf(raw.url, raw.canonicalUrl),
      siteName: pageSiteName(raw, meta),
      publisher: publisher.value,
      lang,
      publishedDate: published.value,
      capturedAt: nowIso,
    },
    event: event.event,
    evidence,
    review: { status: 'unreviewed', tags: [], notes: '', updatedAt: nowIso },
    // The adapter whose selectors found something on the page, else the one whose hints were used.
    provenance: { extractor: EXTRACTOR_VERSION, adapter: (selectorsUsed ? adapter?.name : null) ?? hints?.adapter ?? null, fields, confidence: {} },
  };
  record.provenance.confidence = fieldConfidence(record);
  return record;
}

/**
 * A ministry's portal page under one of its missions' seats (portal.example.id/nairobi/…) is that
 * mission's page: "Embassy of Indonesia in Nairobi". Null when the ministry names no country.
 */
function missionOfPortal(publisher: string | null, seat: AddressSeat | null): string | null {
  if (!publisher || !seat || institutionRank(publisher) !== 1) return null;
  const own = findCountries(publisher)[0]?.value;
  if (!own || own === seat.country) return null;
  const name = (code: string) => countryByCode(code)?.name ?? code;
  return `Embassy of ${name(own)} in ${seat.city ?? name(seat.country)}`;
}

function normalizeLang(lang: string | null | undefined): string | null {
  const t = (lang ?? '').trim().replace('_', '-');
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(t)) return null;
  const [primary, ...rest] = t.split('-');
  return [primary.toLowerCase(), ...rest.map((r) => (r.length === 2 ? r.toUpperCase() : r))].join('-');
}

function summaryOf(raw: RawCapture, text: string): string {
  const lead = text.split(/\n\n/)[0] ?? '';
  const excerpt = raw.article?.excerpt ?? '';
  const chosen = lead.length >= 40 ? lead : excerpt || lead;
  return chosen.length > 500 ? `${chosen.slice(0, 497).replace(/\s+\S*$/, '')}…` : chosen;
}
