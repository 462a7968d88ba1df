import { errorOf } from '../protocol';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** What the toolbar shows after a capture without the popup: a tick, or "!" with the reason as tooltip. */
export function badgeFor(outcome: { ok: true; status: 'saved' | 'updated'; title: string } | { ok: false; error: unknown }): Badge {
  if (outcome.ok) {
    const verb = outcome.status === 'saved' ? 'Saved' : 'Updated';
    return { text: '✓', color: '#1a7f37', title: `Communiqué — ${verb}: ${outcome.title}` };
  }
  return { text: '!', color: '#cf222e', title: `Communiqué — not captured: ${errorOf(outcome.error).message}` };
}
