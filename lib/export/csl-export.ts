// CSL-JSON, which Zotero, Zotero's word-processor plugins, Pandoc and citation.js import. CSL has no
// press-release type; Zotero and the CSL styles render a press release as a report whose genre says so.
import type { EventRecord } from '../record-schema';

export interface CslItem {
  id: string;
  type: 'report';
  genre: string;
  title: string;
  publisher?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language?: string;
  abstract?: string;
  note?: string;
}

const parts = (iso: string): [[number, number, number]] => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return [[y, m, d]];
};

export function toCslItem(r: EventRecord): CslItem {
  const item: CslItem = {
    id: r.id,
    type: 'report',
    genre: 'Press release',
    title: r.title,
    accessed: { 'date-parts': parts(r.source.capturedAt) },
    URL: r.source.canonicalUrl || r.source.url,
  };
  if (r.source.publisher) item.publisher = r.source.publisher;
  if (r.source.publishedDate) item.issued = { 'date-parts': parts(r.source.publishedDate) };
  if (r.source.lang) item.language = r.source.lang;
  if (r.summary) item.abstract = r.summary;
  if (r.review.notes) item.note = r.review.notes;
  return item;
}

export function toCslJson(records: EventRecord[]): string {
  return `${JSON.stringify(records.map(toCslItem), null, 2)}\n`;
}
