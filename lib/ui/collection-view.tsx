// The saved collection: search, open for editing, delete with a short undo, export.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExportFormat, Reply } from '../protocol';
import type { EventRecord } from '../record-schema';
import { countLabel, eventDateOf } from './collection-text';
import type { DownloadableFile } from './download-file';
import type { Call } from './popup-api';

export const UNDO_MS = 8_000;
const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  call: Call;
  onOpen: (record: EventRecord) => void;
  download: (file: DownloadableFile) => void;
}

export function CollectionView({ call, onOpen, download }: Props) {
  const [query, setQuery] = useState('');
  const [records, setRecords] = useState<EventRecord[] | null>(null);
  const [total, setTotal] = useState(0);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // The deleted record with the kept versions of its page, which an undo puts back together.
  const [deleted, setDeleted] = useState<{ record: EventRecord; versions: Reply<'deleteRecord'>['versions'] } | null>(null);
  const [busy, setBusy] = useState(false);
  // Replies can arrive out of order while the user types; only the latest request may fill the list.
  const latest = useRef(0);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();

  async function load(q: string) {
    const ticket = ++latest.current;
    const result = await call('listRecords', { query: q });
    if (ticket !== latest.current) return;
    if (!result.ok) {
      setMessage({ text: result.error.message, error: true });
      return;
    }
    setRecords(result.value.records);
    setTotal(result.value.total);
  }

  useEffect(() => {
    const timer = setTimeout(() => void load(query), records === null ? 0 : SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  async function remove(record: EventRecord) {
    const result = await call('deleteRecord', { id: record.id });
    if (!result.ok) {
      setMessage({ text: `Could not delete: ${result.error.message}`, error: true });
      return;
    }
    setRecords((list) => list?.filter((r) => r.id !== record.id) ?? null);
    setTotal((t) => Math.max(0, t - 1));
    setMessage(null);
    setDeleted({ record: result.value.deleted, versions: result.value.versions });
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  }

  async function undo() {
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    const { record, versions } = deleted;
    setDeleted(null);
    const result = await call('restoreRecords', { records: [record], versions });
    if (!result.ok) {
      setMessage({ text: `Could not restore “${record.title}”: ${result.error.message}`, error: true });
      return;
    }
    setMessage({ text: `Restored “${record.title}”.`, error: false });
    await load(query);
  }

  async function exportAs(format: ExportFormat) {
    setBusy(true);
    const result = await call('exportRecords', { format });
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: `Export failed: ${result.error.message}`, error: true });
      return;
    }
    download(result.value);
    setMessage({ text: `Exported ${countLabel(result.value.count)} as ${result.value.filename}.`, error: false });
  }

  return (
    <section class="collection" aria-label="Collection">
      <div class="collection__toolbar">
        <label class="sr-only" for="collection-search">
          Search the collection
        </label>
        <input
          id="collection-search"
          type="search"
          data-testid="search"
          placeholder="Search title, people, publisher…"
          value={query}
          maxLength={500}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <span class="collection__count">
          <span data-testid="collection-count">{records === null ? '…' : countLabel(records.length)}</span>
          {records !== null && query.trim() && records.length !== total && <span class="muted"> of {total}</span>}
        </span>
        <button type="button" class="button button--small" data-testid="export-json" disabled={busy} onClick={() => void exportAs('json')}>
          Export JSON
        </button>
        <button type="button" class="button button--small" data-testid="export-csv" disabled={busy} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
      </div>

      {deleted && (
        <div class="notice" role="status">
          <span>Deleted “{deleted.record.title || 'untitled record'}”.</span>
          <button type="button" class="button button--small" data-testid="undo" onClick={() => void undo()}>
            Undo
          </button>
        </div>
      )}
      {message && (
        <div class={`notice${message.error ? ' notice--error' : ''}`} role={message.error ? 'alert' : 'status'} data-testid="collection-message">
          {message.text}
        </div>
      )}

      {records !== null && records.length === 0 && (
        <p class="collection__empty muted">{query.trim() ? 'No saved record matches this search.' : 'Nothing saved yet. Capture a press release and press Save.'}</p>
      )}
      {records !== null && records.length > 0 && (
        <table class="collection__table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Event date</th>
              <th scope="col">Type</th>
              <th scope="col">
                <span class="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id} data-testid="collection-row" data-record-id={r.id}>
                <td class="collection__title">
                  <button type="button" class="link-button" data-testid="collection-open" title={r.source.url} onClick={() => onOpen(r)}>
                    {r.title || 'Untitled record'}
                  </button>
                </td>
                <td class="collection__publisher">{r.source.publisher ?? '—'}</td>
                <td class="nowrap">{eventDateOf(r)}</td>
                <td>{r.event.type}</td>
                <td>
                  <button type="button" class="icon-button icon-button--danger" data-testid="delete" aria-label={`Delete “${r.title}”`} title="Delete" onClick={() => void remove(r)}>
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
