import type { EventRecord } from './record-schema';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Records whose title, people, publisher or organisations contain every word of the query. */
export function searchRecords(records: EventRecord[], query: string): EventRecord[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return records;
  return records.filter((r) => {
    const hay = fold(
      [
        r.title,
        r.source.publisher ?? '',
        r.event.host ?? '',
        ...r.event.participants.flatMap((p) => [p.name, p.position ?? '']),
        ...r.event.organizations,
        ...r.review.tags,
      ].join('\n'),
    );
    return words.every((w) => hay.includes(w));
  });
}
