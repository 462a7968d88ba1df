// The event itself, read from headline and article text. Each field comes from its own small module;
// this file only orders them (type first: the date and people rules depend on it) and records evidence.
import type { EventRecord, FieldOrigin } from '../record-schema';
import { anniversaryYear, eventOccasion } from './occasion';
import type { DateOrder } from './dates';
import { eventDates } from './event-dates';
import { eventType } from './event-type';
import { eventHost } from './host';
import { institutionRank } from './institutions';
import { eventOrganizations } from './organizations';
import { eventParticipants } from './people';
import { eventPlace, missionCountryOf } from './place';
import { contentEnd } from './sentences';

export interface EventInput {
  title: string | null;
  text: string;
  lang: string | null;
  publishedDate: string | null;
  publisher: string | null;
  /** Breadcrumb labels; a bare year there dates year-less mentions. */
  breadcrumb?: string[];
  /** ISO code of the country the publishing mission sits in, when the site says so. */
  missionCountry?: string | null;
  /** The seat city the page's address names ("…/santiago/…"). */
  seatCity?: string | null;
  /** How the site writes numeric dates (its site adapter's hint); day first when unknown. */
  dateOrder?: DateOrder;
}

export interface ExtractedEvent {
  event: EventRecord['event'];
  evidence: EventRecord['evidence'];
  origins: Record<string, FieldOrigin>;
}

/**
 * How much of the article the rules read. A press release says what happened in its first few
 * thousand characters (the corpus's longest article has 2,300); reading no further keeps the
 * normaliser's time bounded on any page, however long or hostile. The record keeps the whole text.
 */
export const ANALYSED_CHARS = 16_000;
/** A headline longer than this is not one; the rules read its start. */
export const ANALYSED_TITLE_CHARS = 400;

/** The end of the part of `text` the rules read: at a paragraph break near the limit when there is one. */
export function analysedEnd(text: string): number {
  if (text.length <= ANALYSED_CHARS) return text.length;
  const para = text.lastIndexOf('\n\n', ANALYSED_CHARS);
  return para > ANALYSED_CHARS / 2 ? para : ANALYSED_CHARS;
}

export function extractEvent(input: EventInput): ExtractedEvent {
  const full = input.text ?? '';
  const text = full.slice(0, analysedEnd(full));
  const body = text.slice(0, contentEnd(text));
  const title = input.title && input.title.length > ANALYSED_TITLE_CHARS ? input.title.slice(0, ANALYSED_TITLE_CHARS) : input.title;
  const evidence: EventRecord['evidence'] = {};
  const origins: Record<string, FieldOrigin> = {};
  const note = (path: string, quote: string, start: number, end: number, origin: FieldOrigin = 'text') => {
    const inText = start >= 0 && end <= full.length && full.slice(start, end) === quote;
    evidence[path] = inText ? { quote, start, end } : { quote, start: -1, end: -1 };
    origins[path] = inText ? origin : origin === 'text' ? 'metadata' : origin;
  };

  const type = eventType(title, body);
  if (type.label) note('event.type', type.label, type.in === 'text' ? type.start : -1, type.in === 'text' ? type.end : -1);

  const occasion = eventOccasion(body, title);
  if (occasion) note('event.occasion', occasion.quote, occasion.start, occasion.end);

  const contextYears = (input.breadcrumb ?? []).filter((b) => /^\d{4}$/.test(b.trim())).map(Number);
  const dates = eventDates({
    text,
    title,
    publishedDate: input.publishedDate,
    type: type.type,
    contextYears,
    anniversaryYear: anniversaryYear(body),
    dateOrder: input.dateOrder,
  });
  if (dates.start && dates.evidence) {
    note('event.start', dates.evidence.quote, dates.evidence.start, dates.evidence.end);
    if (dates.end) note('event.end', dates.evidence.quote, dates.evidence.start, dates.evidence.end);
  }

  const people = eventParticipants({ title, text: body, type: type.type });
  people.forEach((p, i) => note(`event.participants.${i}`, p.evidence.quote, p.evidence.start, p.evidence.end));

  const host = eventHost({ title, text: body, type: type.type, publisher: input.publisher, participants: people });

  const orgs = eventOrganizations({ title, text: body, host: host.value, publisher: input.publisher, participants: people, type: type.type });
  if (orgs.length) note('event.organizations', orgs[0].quote, orgs[0].start, orgs[0].end);

  const hostMissionCountry = host.value && host.value !== input.publisher && institutionRank(host.value) === 2 ? missionCountryOf(host.value) : null;
  const place = eventPlace({
    title,
    text: body,
    type: type.type,
    // A mission other than the publisher hosting (an embassy the ministry reports on) makes the
    // event that mission's own, in its country.
    hostIsPublisher: (!!host.value && host.value === input.publisher) || !!hostMissionCountry,
    publisher: input.publisher,
    missionCountry: hostMissionCountry ?? input.missionCountry ?? null,
    eventDateAt: dates.evidence && dates.evidence.start >= 0 ? dates.evidence.start : null,
    eventDay: dates.start,
    seatCity: input.seatCity ?? null,
  });
  // A mission hosts at home: an event placed in another country than the one it sits in (its
  // country's minister on a visit abroad, reported by the mission) is not the mission's to host.
  const missionAbroad = host.value === input.publisher && !!input.publisher && institutionRank(input.publisher) === 2 &&
    !!place.country && !!input.missionCountry && place.country.value !== input.missionCountry;
  const hostValue = missionAbroad ? null : host.value;
  if (hostValue) note('event.host', host.quote ?? hostValue, host.start, host.end, host.origin);
  if (place.city) note('event.location.city', place.city.quote, place.city.start, place.city.end);
  if (place.country) note('event.location.country', place.country.quote, place.country.start, place.country.end, place.country.origin);

  return {
    event: {
      type: type.type,
      label: type.label,
      start: dates.start,
      end: dates.end,
      location: { venue: place.venue, city: place.city?.value ?? null, country: place.country?.value ?? null },
      host: hostValue,
      participants: people.map(({ evidence: _e, ...p }) => p),
      organizations: orgs.map((o) => o.name),
      topics: [],
      occasion: occasion?.value ?? null,
    },
    evidence,
    origins,
  };
}
