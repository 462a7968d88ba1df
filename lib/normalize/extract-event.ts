// The event itself, read from headline and article text.
import type { EventRecord, FieldOrigin } from '../record-schema';

export interface EventInput {
  title: string | null;
  text: string;
  lang: string | null;
  publishedDate: string | null;
  publisher: string | null;
}

export interface ExtractedEvent {
  event: EventRecord['event'];
  evidence: EventRecord['evidence'];
  origins: Record<string, FieldOrigin>;
}

export function extractEvent(input: EventInput): ExtractedEvent {
  return {
    event: {
      type: 'other',
      label: null,
      start: null,
      end: null,
      location: { venue: null, city: null, country: null },
      host: input.publisher,
      participants: [],
      organizations: [],
      topics: [],
      occasion: null,
    },
    evidence: {},
    origins: {},
  };
}
