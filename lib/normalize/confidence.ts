// How far the reviewer can trust each extracted value, 0–1. Each field's value falls in one "basis":
// a general description of how it was found (read from the site's own markup, stated by a dated
// sentence, defaulted from the publication date, a bare guess…). The number of a basis is the share of
// values found that way which were right on the development corpus, so that "high" means what it
// says. Features are the record's own — origin, evidence, the shape of the value — never anything of
// a particular site.
import { HIGH_CONFIDENCE, type EventRecord } from '../record-schema';
import { institutionRank } from './institutions';

export { HIGH_CONFIDENCE };
export type ConfidenceBasis = keyof typeof BASIS_CONFIDENCE;

// Shares measured on the 56 corpus pages (scripts/calibrate-confidence.mjs, values found that way
// and share right in the comment), rounded down to 0.05; a basis seen fewer than 10 times is held
// below its share, and one never seen keeps a cautious prior.
export const BASIS_CONFIDENCE = {
  'title:adapter': 0.95, // 22, 1.00
  'title:headline': 0.95, // 34, 0.97
  'title:long': 0.5, // 0
  'publisher:adapter': 0.9, // 8, 1.00
  'publisher:institution': 0.85, // 21, 0.86
  'publisher:body': 0.8, // 24, 0.83
  'publisher:name': 0.3, // 2, 0.00
  'publishedDate:markup': 0.9, // 33, 0.94
  'publishedDate:text': 0.8, // 0
  'type:title-cue': 0.95, // 42, 0.95
  'type:text-cue': 0.8, // 13, 0.85
  'type:no-cue': 0.4, // 1, 0.00
  'start:stated': 0.95, // 37, 0.97
  'start:page-date': 0.8, // 8, 0.88
  'end:stated': 0.7, // 4, 0.75
  'city:dateline': 0.9, // 6, 1.00
  'city:mention': 0.9, // 11, 1.00 (0.69 before city candidates were scored)
  'country:from-dateline': 0.9, // 6, 1.00
  'country:from-city': 0.85, // 9, 1.00
  'country:from-site': 0.85, // 15, 0.93
  'host:named': 0.75, // 7, 0.86
  'host:publisher': 0.7, // 35, 0.74
  'organizations:listed': 0.8, // 22, mean F1 0.85
  'occasion:cue': 0.85, // 12, 0.92
  'participants:in-headline': 0.85, // 28, 0.93
  'participants:with-office': 0.85, // 84, 0.86
  'participants:bare': 0.6, // 1, 1.00
} as const;

type Draft = Pick<EventRecord, 'title' | 'text' | 'source' | 'event' | 'evidence' | 'provenance'>;

/** The basis of each filled field of `record`, keyed by the evidence paths. Empty fields have none. */
export function confidenceBases(record: Draft): Record<string, ConfidenceBasis> {
  const out: Record<string, ConfidenceBasis> = {};
  const origin = record.provenance.fields;
  const ev = record.evidence;
  const inText = (path: string) => (ev[path]?.start ?? -1) >= 0;
  const { event, source } = record;

  if (record.title) {
    out.title = origin.title === 'adapter' ? 'title:adapter' : record.title.length > 250 ? 'title:long' : 'title:headline';
  }
  if (source.publisher) {
    const rank = institutionRank(source.publisher);
    out['source.publisher'] =
      origin['source.publisher'] === 'adapter' ? 'publisher:adapter' : rank === 2 ? 'publisher:institution' : rank === 1 ? 'publisher:body' : 'publisher:name';
  }
  if (source.publishedDate) out['source.publishedDate'] = origin['source.publishedDate'] === 'text' ? 'publishedDate:text' : 'publishedDate:markup';

  const typeQuote = ev['event.type'];
  out['event.type'] = !typeQuote ? 'type:no-cue' : typeQuote.start >= 0 ? 'type:text-cue' : 'type:title-cue';

  if (event.start) {
    // A start equal to the publication date with no sentence of its own is the page date taken over.
    const stated = inText('event.start') && !(event.start === source.publishedDate && !/\d/.test(ev['event.start']?.quote ?? ''));
    out['event.start'] = stated ? 'start:stated' : 'start:page-date';
  }
  if (event.end) out['event.end'] = 'end:stated';
  if (event.location.city) {
    // A dateline opens the article: "Geneva, 3 May –".
    out['event.location.city'] = inText('event.location.city') && (ev['event.location.city']?.start ?? Infinity) < 120 ? 'city:dateline' : 'city:mention';
  }
  if (event.location.country) {
    const fromCity = event.location.city && inText('event.location.country');
    out['event.location.country'] = !fromCity ? 'country:from-site' : out['event.location.city'] === 'city:dateline' ? 'country:from-dateline' : 'country:from-city';
  }
  if (event.host) out['event.host'] = event.host === source.publisher ? 'host:publisher' : 'host:named';
  if (event.organizations.length) out['event.organizations'] = 'organizations:listed';
  if (event.occasion) out['event.occasion'] = 'occasion:cue';
  // A person the headline names is what the release is about; one met only in the body may be an
  // office or a phrase taken for a name.
  const headline = record.title.toLowerCase();
  event.participants.forEach((p, i) => {
    const surname = p.name.split(/\s+/).pop()?.toLowerCase() ?? '';
    const inHeadline = surname.length > 1 && headline.includes(surname);
    out[`event.participants.${i}`] = inHeadline ? 'participants:in-headline' : p.position || p.title ? 'participants:with-office' : 'participants:bare';
  });
  return out;
}

/** Per-field confidence of an extracted record; a value the user typed is certain. */
export function fieldConfidence(record: Draft): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [path, basis] of Object.entries(confidenceBases(record))) out[path] = BASIS_CONFIDENCE[basis];
  for (const [path, origin] of Object.entries(record.provenance.fields)) if (origin === 'user') out[path] = 1;
  return out;
}
