// The full-page collection manager. Reads come straight from IndexedDB (CollectionSource: summaries
// first, the search text after the first screen), writes go through the worker (Call). Filtering,
// sorting, search, people merging and the keys are the pure functions of lib/collection.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { DEFAULT_SORT, EMPTY_FILTER, facetsOf, filterSummaries, sortSummaries, type CollectionFilter, type SortKey, type SortOrder } from '../collection/collection-query';
import type { CollectionSource } from '../collection/collection-source';
import { planImport, type ImportPlan } from '../collection/import-plan';
import { keyCommand } from '../collection/keyboard';
import { eventsByPerson, organizationsIndex, peopleIndex } from '../collection/people-index';
import type { RecordSummary } from '../collection/record-summary';
import { exportRecords } from '../export/export-records';
import { describeProblems, importSizeProblem, parseRecordsFile } from '../import/parse-records-file';
import { EXPORT_FORMATS, type ExportFormat, type Reply, type TabCaptureResult } from '../protocol';
import { EVENT_TYPES, type EventRecord } from '../record-schema';
import type { ImportResolution } from '../store/record-repository';
import { CaptureTabsPanel } from './capture-tabs-panel';
import { countLabel } from './collection-text';
import type { DownloadableFile } from './download-file';
import { ImportPanel } from './import-panel';
import { PeopleView, type GroupEntry } from './people-view';
import type { Call } from './popup-api';
import { RecordEditor } from './record-editor';
import { ROW_HEIGHT, RecordTable } from './record-table';

export const UNDO_MS = 15_000;
/** Rows read before the rest: more than any screen shows. */
export const FIRST_SCREEN = 50;

export const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (re-importable)',
  ndjson: 'NDJSON (one record a line)',
  csv: 'CSV, one row per event',
  'csv-participants': 'CSV, one row per participant',
  ics: 'iCalendar (.ics)',
  'csl-json': 'CSL-JSON (Zotero)',
  markdown: 'Markdown notes (.zip)',
  plover: 'PLOVER JSONL',
};

export interface CollectionEnv {
  call: Call;
  source: CollectionSource;
  download: (file: DownloadableFile) => void;
  /** Asks for the optional host permission; must run straight from the user's click. */
  requestHostAccess: () => Promise<boolean>;
  /** This page's own tab: left out of "capture all", and its window is the one captured. */
  currentTab: () => Promise<{ id: number; windowId: number } | undefined>;
  /** Opened from "capture all tabs": the window to capture (the panel shows at once). */
  captureWindow?: number;
  /** Changes made elsewhere (a capture from the popup); returns the unsubscribe. */
  subscribe?: (listener: () => void) => () => void;
  now?: () => Date;
}

type View = 'records' | 'people' | 'organizations';
type Message = { text: string; error: boolean; testId?: string } | null;

export function CollectionPage(env: CollectionEnv) {
  const { call, source } = env;
  const [summaries, setSummaries] = useState<RecordSummary[] | null>(null);
  // The first screen is read on its own (CollectionSource.firstRows); `partial` holds the real total
  // until every summary has arrived.
  const [partial, setPartial] = useState<{ total: number } | null>(null);
  const [searchText, setSearchText] = useState<Map<string, string>>(() => new Map());
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [filter, setFilter] = useState<CollectionFilter>(EMPTY_FILTER);
  const [query, setQuery] = useState('');
  const [view, setView] = useState<View>('records');
  const [cursor, setCursor] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [editorDirty, setEditorDirty] = useState(false);
  const [closeWarned, setCloseWarned] = useState(false);
  const [editorNotice, setEditorNotice] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [undo, setUndo] = useState<{ records: EventRecord[]; versions: Reply<'deleteRecords'>['versions'] } | null>(null);
  const [tagDraft, setTagDraft] = useState('');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<{ fileName: string; plan: ImportPlan } | null>(null);
  const [capture, setCapture] = useState<{ open: boolean; running: boolean; results: TabCaptureResult[] | null; error: string | null }>({
    open: env.captureWindow !== undefined,
    running: false,
    results: null,
    error: null,
  });
  const searchInput = useRef<HTMLInputElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const undoTimer = useRef<ReturnType<typeof setTimeout>>();
  const anchor = useRef<number>(-1);
  const firstRowsMarked = useRef(false);

  async function reload(withText = true) {
    try {
      const next = await source.summaries();
      performance.mark('communique:summaries-read');
      setSummaries(next);
      setPartial(null);
      if (withText) setSearchText(await source.searchTexts());
    } catch (e) {
      setMessage({ text: `Could not read the collection: ${e instanceof Error ? e.message : String(e)}`, error: true });
      setSummaries((s) => s ?? []);
    }
  }

  useEffect(() => {
    // Summaries first: the first screen does not wait for ~30 MB of search text.
    void (async () => {
      const first = await source.firstRows(FIRST_SCREEN).catch(() => null);
      if (first) {
        setSummaries((s) => s ?? first.rows);
        setPartial((p) => p ?? { total: first.total });
      }
      await reload(false);
      setSearchText(await source.searchTexts().catch(() => new Map()));
      performance.mark('communique:search-ready');
    })();
    const off = env.subscribe?.(() => void reload());
    return () => {
      off?.();
      clearTimeout(undoTimer.current);
    };
  }, []);

  const sorted = useMemo(() => (summaries ? sortSummaries(summaries, sort) : []), [summaries, sort]);
  // People are merged only when needed: a person filter or the people views.
  const needPeople = view !== 'records' || filter.person !== '';
  const people = useMemo(() => (needPeople && summaries ? peopleIndex(summaries) : []), [needPeople, summaries]);
  const personEvents = useMemo(() => eventsByPerson(people), [people]);
  const organizations = useMemo(() => (view === 'organizations' && summaries ? organizationsIndex(summaries) : []), [view, summaries]);
  const shown = useMemo(() => filterSummaries(sorted, { filter, query, searchText, personEvents }), [sorted, filter, query, searchText, personEvents]);
  const facets = useMemo(() => facetsOf(summaries ?? []), [summaries]);
  const total = partial?.total ?? summaries?.length ?? 0;
  const personName = filter.person ? (people.find((p) => p.key === filter.person)?.name ?? filter.person) : '';

  useEffect(() => {
    if (summaries && !firstRowsMarked.current) {
      firstRowsMarked.current = true;
      // For scripts/bench-collection.mjs: the first screen is in the DOM once this effect runs.
      performance.mark('communique:first-rows');
    }
  }, [summaries]);

  useEffect(() => {
    if (cursor >= shown.length) setCursor(shown.length - 1);
  }, [shown]);

  // ---- keyboard

  // The listener is added once and calls the handler of the latest render: effects run after paint,
  // so a listener re-added per render would answer a quick second key with the previous state.
  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keyHandler.current = onKey;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  function onKey(e: KeyboardEvent) {
    const target = e.target as HTMLElement | null;
    const inField = !!target && (/^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.isContentEditable);
    // Checkboxes are not typing: keep j/k working after a click on one.
    const typing = inField && !(target instanceof HTMLInputElement && target.type === 'checkbox');
    const editorOpen = editing !== null;
    const command = keyCommand(
      e.key,
      { ctrl: e.ctrlKey, meta: e.metaKey, alt: e.altKey },
      { cursor, count: view === 'records' ? shown.length : 0, inField: typing, editorOpen, editorDirty, closeWarned, page: Math.max(1, Math.floor((window.innerHeight - 200) / ROW_HEIGHT)) },
    );
    if (!command) return;
    e.preventDefault();
    switch (command.type) {
      case 'move':
        setCursor(command.to);
        break;
      case 'open':
        openRecord(shown[command.index].id, command.index);
        break;
      case 'toggle-select':
        toggle(shown[command.index].id, false);
        break;
      case 'focus-search':
        if (view !== 'records') setView('records');
        setTimeout(() => searchInput.current?.focus());
        break;
      case 'leave-field':
        target?.blur();
        break;
      case 'confirm-close':
        setCloseWarned(true);
        setEditorNotice('Unsaved changes: press Save (Ctrl+Enter), or Esc again to close without saving.');
        break;
      case 'close-editor':
        closeEditor();
        break;
    }
  }

  // ---- records

  function openRecord(id: string, index?: number) {
    setEditing(id);
    setEditorDirty(false);
    setCloseWarned(false);
    setEditorNotice(null);
    if (index !== undefined) setCursor(index);
  }

  function closeEditor() {
    setEditing(null);
    setEditorDirty(false);
    setCloseWarned(false);
    setEditorNotice(null);
  }

  function toggle(id: string, range: boolean) {
    const index = shown.findIndex((s) => s.id === id);
    setSelected((old) => {
      const next = new Set(old);
      const on = !old.has(id);
      if (range && anchor.current >= 0 && index >= 0) {
        const [a, b] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
        for (let i = a; i <= b; i++) on ? next.add(shown[i].id) : next.delete(shown[i].id);
      } else if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    anchor.current = index;
  }

  function toggleAll() {
    const all = shown.length > 0 && shown.every((s) => selected.has(s.id));
    setSelected(all ? new Set() : new Set(shown.map((s) => s.id)));
  }

  function sortBy(key: SortKey) {
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'eventDate' || key === 'publishedDate' ? 'desc' : 'asc' }));
  }

  const setF = <K extends keyof CollectionFilter>(key: K, value: CollectionFilter[K]) => setFilter((f) => ({ ...f, [key]: value }));

  // ---- bulk actions

  const selectedIds = () => shown.filter((s) => selected.has(s.id)).map((s) => s.id);

  async function bulkTag() {
    const tag = tagDraft.trim();
    if (!tag) {
      setMessage({ text: 'Type a tag to add first.', error: true });
      return;
    }
    const ids = selectedIds();
    const result = await call('updateReview', { ids, addTags: [tag] });
    if (!result.ok) return setMessage({ text: `Could not tag: ${result.error.message}`, error: true });
    setMessage({ text: `Tagged ${countLabel(result.value.changed)} “${tag}”.`, error: false });
    setTagDraft('');
    await reload(false);
  }

  async function bulkReviewed() {
    const result = await call('updateReview', { ids: selectedIds(), status: 'reviewed' });
    if (!result.ok) return setMessage({ text: `Could not mark reviewed: ${result.error.message}`, error: true });
    setMessage({ text: `Marked ${countLabel(result.value.changed)} reviewed.`, error: false });
    await reload(false);
  }

  async function bulkDelete() {
    const ids = selectedIds();
    const result = await call('deleteRecords', { ids });
    if (!result.ok) return setMessage({ text: `Could not delete: ${result.error.message}`, error: true });
    if (editing && ids.includes(editing)) closeEditor();
    setSelected(new Set());
    setUndo({ records: result.value.deleted, versions: result.value.versions });
    setMessage(null);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(null), UNDO_MS);
    await reload();
  }

  async function undoDelete() {
    if (!undo) return;
    clearTimeout(undoTimer.current);
    const { records, versions } = undo;
    setUndo(null);
    const result = await call('restoreRecords', { records, versions });
    if (!result.ok) return setMessage({ text: `Could not restore: ${result.error.message}`, error: true });
    setMessage({ text: `Restored ${countLabel(result.value.restored)}.`, error: false });
    await reload();
  }

  async function exportShown() {
    const ids = selected.size ? selectedIds() : shown.map((s) => s.id);
    setBusy(true);
    try {
      performance.mark('communique:export-start');
      const records = await source.records(ids);
      performance.mark('communique:export-read');
      const file = exportRecords(records, format, env.now?.() ?? new Date());
      performance.mark('communique:export-made');
      env.download(file);
      performance.mark('communique:export-done');
      const skipped = file.skipped.length ? ` (${file.skipped.length} without an event date left out)` : '';
      setMessage({ text: `Exported ${countLabel(file.count)} as ${file.filename}${skipped}.`, error: false, testId: 'export-message' });
    } catch (e) {
      setMessage({ text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  }

  // ---- import

  async function onFile(file: File) {
    setMessage(null);
    const tooBig = importSizeProblem(file.name, file.size);
    if (tooBig) {
      setMessage({ text: `“${file.name}” was not imported; nothing was changed. ${describeProblems([tooBig])}`, error: true, testId: 'import-message' });
      return;
    }
    const parsed = parseRecordsFile(await file.text());
    if (!parsed.ok) {
      setMessage({ text: `“${file.name}” was not imported; nothing was changed. ${describeProblems(parsed.problems)}`, error: true, testId: 'import-message' });
      return;
    }
    const urls = new Set(parsed.records.map((r) => r.source.canonicalUrl));
    const ids = new Set(parsed.records.map((r) => r.id));
    const touching = (summaries ?? []).filter((s) => urls.has(s.canonicalUrl) || ids.has(s.id)).map((s) => s.id);
    const plan = planImport(parsed.records, await source.records(touching));
    if (plan.conflicts.length) {
      setImporting({ fileName: file.name, plan });
      return;
    }
    await runImport(plan, []);
  }

  async function runImport(plan: ImportPlan, choices: ImportResolution[]) {
    setBusy(true);
    const items = [...plan.fresh.map((record) => ({ record })), ...plan.conflicts.map((c, i) => ({ record: c.incoming, resolution: choices[i] ?? 'mine' }))];
    const result = items.length ? await call('importRecords', { items }) : ({ ok: true, value: { added: 0, replaced: 0, versioned: 0, kept: 0, unchanged: 0 } } as const);
    setBusy(false);
    setImporting(null);
    if (!result.ok) return setMessage({ text: `Import failed; nothing was changed: ${result.error.message}`, error: true, testId: 'import-message' });
    const o = result.value;
    const unchanged = o.unchanged + plan.unchanged.length;
    setMessage({
      text: `Imported: ${o.added} added, ${o.replaced} replaced, ${o.versioned} kept as versions, ${o.kept} kept as yours, ${unchanged} already there.`,
      error: false,
      testId: 'import-message',
    });
    await reload();
  }

  // ---- capture all tabs

  async function captureAll(closeCaptured: boolean) {
    // First thing in the click: the permission request needs the user's gesture.
    const hostAccess = await env.requestHostAccess().catch(() => false);
    setCapture((c) => ({ ...c, running: true, error: null, results: null }));
    const self = await env.currentTab().catch(() => undefined);
    const windowId = env.captureWindow ?? self?.windowId;
    if (windowId === undefined) {
      setCapture((c) => ({ ...c, running: false, error: 'Could not tell which window to capture.' }));
      return;
    }
    const result = await call('captureTabs', { windowId, excludeTabIds: self ? [self.id] : [], hostAccess, closeCaptured });
    if (!result.ok) {
      setCapture((c) => ({ ...c, running: false, error: result.error.message }));
      return;
    }
    setCapture((c) => ({ ...c, running: false, results: result.value.results }));
    await reload();
  }

  // ---- render

  const loading = summaries === null;
  const countText = loading ? 'Loading…' : partial ? `${countLabel(total)}, loading…` : shown.length === total ? countLabel(total) : `${shown.length} of ${countLabel(total)}`;
  const filtered = query.trim() !== '' || Object.values(filter).some((v) => v !== '');
  const groups: readonly GroupEntry[] = view === 'people' ? people : organizations;

  return (
    <div class="page" data-loading={loading ? 'true' : partial ? 'partial' : 'false'}>
      <header class="page__header">
        <h1 class="page__name">Communiqué — collection</h1>
        <nav class="tabs" role="tablist" aria-label="Views">
          {(['records', 'people', 'organizations'] as View[]).map((v) => (
            <button key={v} type="button" role="tab" class="tab" aria-selected={view === v} data-testid={`view-${v}`} onClick={() => setView(v)}>
              {v === 'records' ? 'Records' : v === 'people' ? 'People' : 'Organisations'}
            </button>
          ))}
        </nav>
        <span class="page__count" data-testid="collection-count" aria-live="polite">
          {countText}
        </span>
        <div class="page__actions">
          <input
            ref={fileInput}
            type="file"
            accept=".json,.ndjson,.jsonl,application/json,application/x-ndjson"
            class="sr-only"
            id="import-file"
            data-testid="import-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void onFile(file);
            }}
          />
          <button type="button" class="button button--small" data-testid="import" onClick={() => fileInput.current?.click()}>
            Import JSON/NDJSON…
          </button>
          <button type="button" class="button button--small" data-testid="open-capture-panel" onClick={() => setCapture((c) => ({ ...c, open: true }))}>
            Capture all tabs…
          </button>
        </div>
      </header>

      {capture.open && (
        <CaptureTabsPanel onCapture={(close) => void captureAll(close)} running={capture.running} results={capture.results} error={capture.error} onDismiss={() => setCapture({ open: false, running: false, results: null, error: null })} />
      )}
      {importing && (
        <ImportPanel
          fileName={importing.fileName}
          plan={importing.plan}
          busy={busy}
          onCancel={() => {
            setImporting(null);
            setMessage({ text: `Import of “${importing.fileName}” cancelled; nothing was changed.`, error: false, testId: 'import-message' });
          }}
          onConfirm={(choices) => void runImport(importing.plan, choices)}
        />
      )}
      {undo && (
        <div class="notice" role="status">
          <span data-testid="undo-message">Deleted {countLabel(undo.records.length)}.</span>
          <button type="button" class="button button--small" data-testid="undo" onClick={() => void undoDelete()}>
            Undo
          </button>
        </div>
      )}
      {message && (
        <div class={`notice${message.error ? ' notice--error' : ''}`} role={message.error ? 'alert' : 'status'} data-testid={message.testId ?? 'collection-message'}>
          {message.text}
        </div>
      )}

      {view === 'records' ? (
        <>
          <div class="filters" role="search">
            <input
              ref={searchInput}
              type="search"
              class="filters__search"
              data-testid="search"
              placeholder="Search title, text, people, organisations…  ( / )"
              aria-label="Search the collection"
              value={query}
              maxLength={500}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <label>
              From <input type="date" data-testid="filter-from" value={filter.from} onInput={(e) => setF('from', e.currentTarget.value)} />
            </label>
            <label>
              to <input type="date" data-testid="filter-to" value={filter.to} onInput={(e) => setF('to', e.currentTarget.value)} />
            </label>
            <FilterSelect label="Type" testId="filter-type" value={filter.type} options={EVENT_TYPES.filter((t) => facets.types.includes(t))} onChange={(v) => setF('type', v as CollectionFilter['type'])} />
            <FilterSelect label="Publisher" testId="filter-publisher" value={filter.publisher} options={facets.publishers} onChange={(v) => setF('publisher', v)} />
            <FilterSelect label="Country" testId="filter-country" value={filter.country} options={facets.countries} onChange={(v) => setF('country', v)} />
            <FilterSelect label="Tag" testId="filter-tag" value={filter.tag} options={facets.tags} onChange={(v) => setF('tag', v)} />
            <FilterSelect label="Review" testId="filter-status" value={filter.status} options={['unreviewed', 'reviewed']} onChange={(v) => setF('status', v as CollectionFilter['status'])} />
            {filter.person && (
              <span class="chip" data-testid="filter-person">
                with {personName}
                <button type="button" class="icon-button" aria-label="Remove the person filter" onClick={() => setF('person', '')}>
                  ✕
                </button>
              </span>
            )}
            {filtered && (
              <button
                type="button"
                class="button button--small"
                data-testid="clear-filters"
                onClick={() => {
                  setFilter(EMPTY_FILTER);
                  setQuery('');
                }}
              >
                Clear
              </button>
            )}
          </div>

          <div class="bulk" data-testid="bulk-bar">
            <span data-testid="selection-count">{selected.size ? `${selected.size} selected` : 'None selected'}</span>
            <input type="text" data-testid="bulk-tag" placeholder="tag" aria-label="Tag to add to the selected records" value={tagDraft} disabled={!selected.size} onInput={(e) => setTagDraft(e.currentTarget.value)} />
            <button type="button" class="button button--small" data-testid="bulk-tag-apply" disabled={!selected.size} onClick={() => void bulkTag()}>
              Add tag
            </button>
            <button type="button" class="button button--small" data-testid="bulk-reviewed" disabled={!selected.size} onClick={() => void bulkReviewed()}>
              Mark reviewed
            </button>
            <button type="button" class="button button--small button--danger" data-testid="bulk-delete" disabled={!selected.size} onClick={() => void bulkDelete()}>
              Delete
            </button>
            <span class="bulk__export">
              <label class="sr-only" for="export-format">
                Export format
              </label>
              <select id="export-format" data-testid="export-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}>
                {EXPORT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>
              <button type="button" class="button button--small" data-testid="export" disabled={busy || (!selected.size && !shown.length)} onClick={() => void exportShown()}>
                {selected.size ? `Export ${selected.size} selected` : `Export ${shown.length} shown`}
              </button>
            </span>
          </div>

          <div class={`workspace${editing ? ' workspace--editing' : ''}`}>
            {!loading && total === 0 ? (
              <p class="empty muted">Nothing saved yet. Capture a press release with the toolbar button, or import a JSON or NDJSON export.</p>
            ) : !loading && shown.length === 0 ? (
              <p class="empty muted" data-testid="no-match">
                No record matches these filters.
              </p>
            ) : (
              <RecordTable rows={shown} cursor={cursor} selected={selected} sort={sort} onSort={sortBy} onToggle={toggle} onToggleAll={toggleAll} onOpen={(i) => openRecord(shown[i].id, i)} onCursor={setCursor} />
            )}
            {editing && (
              <RecordEditor
                call={call}
                recordId={editing}
                notice={editorNotice}
                onClose={closeEditor}
                onDirty={(d) => {
                  setEditorDirty(d);
                  if (!d) setCloseWarned(false);
                }}
                onSaved={() => void reload()}
              />
            )}
          </div>
        </>
      ) : (
        <div class={`workspace${editing ? ' workspace--editing' : ''}`}>
          <PeopleView
            key={view}
            kind={view === 'people' ? 'people' : 'organizations'}
            entries={groups}
            onOpenRecord={(id) => openRecord(id)}
            onShowInTable={
              view === 'people'
                ? (entry) => {
                    setFilter({ ...EMPTY_FILTER, person: entry.key });
                    setQuery('');
                    setView('records');
                  }
                : undefined
            }
          />
          {editing && <RecordEditor call={call} recordId={editing} notice={editorNotice} onClose={closeEditor} onDirty={setEditorDirty} onSaved={() => void reload()} />}
        </div>
      )}
    </div>
  );
}

function FilterSelect({ label, testId, value, options, onChange }: { label: string; testId: string; value: string; options: readonly string[]; onChange: (v: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select data-testid={testId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">all</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}
