// People (or organisations) across the collection, merged by lib/collection/people-index.ts: each
// entry opens to the events it took part in, and "Show in table" filters the records to them.
import { useMemo, useState } from 'preact/hooks';
import type { Appearance } from '../collection/people-index';
import { queryWords } from '../collection/collection-query';
import { fold } from '../collection/record-summary';

export interface GroupEntry {
  key: string;
  name: string;
  variants: string[];
  positions?: string[];
  events: Appearance[];
}

/** Entries rendered at once; a search narrows the rest (15,000 names need no scrolling through). */
export const MAX_ENTRIES = 200;

interface Props {
  kind: 'people' | 'organizations';
  entries: readonly GroupEntry[];
  onOpenRecord: (id: string) => void;
  /** People only: filter the table to this person's events. */
  onShowInTable?: (entry: GroupEntry) => void;
}

export function PeopleView({ kind, entries, onOpenRecord, onShowInTable }: Props) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const matching = useMemo(() => {
    const words = queryWords(query);
    if (!words.length) return entries;
    return entries.filter((e) => {
      const hay = fold([...e.variants, ...(e.positions ?? [])].join('\n'));
      return words.every((w) => hay.includes(w));
    });
  }, [entries, query]);
  const noun = kind === 'people' ? 'people' : 'organisations';

  return (
    <section class="groups" aria-label={kind === 'people' ? 'People' : 'Organisations'} data-testid={`${kind}-view`}>
      <div class="groups__toolbar">
        <input type="search" data-testid="group-search" placeholder={kind === 'people' ? 'Find a person…' : 'Find an organisation…'} value={query} onInput={(e) => setQuery(e.currentTarget.value)} aria-label={`Find among ${noun}`} />
        <span class="muted" data-testid="group-count">
          {matching.length === entries.length ? `${entries.length} ${noun}` : `${matching.length} of ${entries.length} ${noun}`}
          {matching.length > MAX_ENTRIES && `, first ${MAX_ENTRIES} shown`}
        </span>
      </div>
      <ul class="groups__list">
        {matching.slice(0, MAX_ENTRIES).map((e) => (
          <li key={e.key} class="group" data-testid="group-row" data-key={e.key}>
            <div class="group__head">
              <button type="button" class="link-button group__name" data-testid="group-open" aria-expanded={open === e.key} onClick={() => setOpen(open === e.key ? null : e.key)}>
                {e.name}
              </button>
              <span class="muted" data-testid="group-event-count">
                {e.events.length} {e.events.length === 1 ? 'event' : 'events'}
              </span>
              {e.variants.length > 1 && (
                <span class="muted group__variants" data-testid="group-variants">
                  also written {e.variants.filter((v) => v !== e.name).join(' · ')}
                </span>
              )}
              {onShowInTable && (
                <button type="button" class="button button--small" data-testid="group-filter" onClick={() => onShowInTable(e)}>
                  Show in table
                </button>
              )}
            </div>
            {e.positions && e.positions.length > 0 && <div class="muted group__positions">{e.positions.join(' · ')}</div>}
            {open === e.key && (
              <ol class="group__events">
                {e.events.map((a) => (
                  <li key={a.recordId} data-testid="group-event" data-record-id={a.recordId}>
                    <span class="nowrap">{a.day ?? '—'}</span>{' '}
                    <button type="button" class="link-button" onClick={() => onOpenRecord(a.recordId)}>
                      {a.title || 'Untitled record'}
                    </button>
                    {a.role && <span class="muted"> · {a.role}</span>}
                    {a.position && <span class="muted"> · {a.position}</span>}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
