// Our event types mapped onto the codes of event-data systems, so records join with GDELT (CAMEO)
// and POLECAT (PLOVER). A press release reports diplomacy, so the mapping stays within the
// cooperative part of both vocabularies; "other" maps to nothing rather than to a guess.
import type { EventType } from './record-schema';

export interface EventCode {
  /** CAMEO code as a three-digit string (e.g. "043" host a visit). */
  cameo: string | null;
  /** PLOVER event category. */
  plover: string | null;
  /** PLOVER mode, where the category has one that fits. */
  ploverMode: string | null;
}

export const EVENT_CODES: Record<EventType, EventCode> = {
  meeting: { cameo: '040', plover: 'CONSULT', ploverMode: 'meet' },
  call: { cameo: '040', plover: 'CONSULT', ploverMode: 'phone' },
  visit: { cameo: '042', plover: 'CONSULT', ploverMode: 'visit' },
  speech: { cameo: '010', plover: null, ploverMode: null },
  interview: { cameo: '010', plover: null, ploverMode: null },
  article: { cameo: '010', plover: null, ploverMode: null },
  'press-conference': { cameo: '010', plover: null, ploverMode: null },
  statement: { cameo: '010', plover: null, ploverMode: null },
  reception: { cameo: '050', plover: 'COOPERATE', ploverMode: null },
  conference: { cameo: '040', plover: 'CONSULT', ploverMode: 'multilateral' },
  exhibition: { cameo: '050', plover: 'COOPERATE', ploverMode: null },
  signing: { cameo: '057', plover: 'AGREE', ploverMode: 'sign' },
  ceremony: { cameo: '050', plover: 'COOPERATE', ploverMode: null },
  other: { cameo: null, plover: null, ploverMode: null },
};

export function eventCodeOf(type: EventType): EventCode {
  return EVENT_CODES[type];
}
