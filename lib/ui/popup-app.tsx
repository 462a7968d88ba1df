// The popup: captures the active tab at once, shows the record for review, saves it; a second tab
// lists the collection. All page-derived text is rendered as text nodes or input values.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Reply } from '../protocol';
import type { EventRecord } from '../record-schema';
import { CollectionView } from './collection-view';
import type { DownloadableFile } from './download-file';
import type { Call } from './popup-api';
import { prepareForSave } from './prepare-save';
import { ReviewPanel } from './review-panel';

export type PopupState = 'loading' | 'ready' | 'error' | 'saved';
type View = 'record' | 'collection';

/** Where the record in the form came from, which decides the banner and the wording of Save. */
type Source = { kind: 'capture'; existing: boolean; fresh: EventRecord | null; freshTaken: boolean } | { kind: 'collection' };

export interface PopupAppProps {
  call: Call;
  /** The tab to capture; undefined when there is none the popup may read. */
  activeTabId: () => Promise<number | undefined>;
  download: (file: DownloadableFile) => void;
  /** Opens the full-page collection; `captureAll` opens it ready to capture this window's tabs. */
  openCollection?: (options: { captureAll: boolean }) => void;
}

export function PopupApp({ call, activeTabId, download, openCollection }: PopupAppProps) {
  const [view, setView] = useState<View>('record');
  const [state, setState] = useState<PopupState>('loading');
  const [status, setStatus] = useState<{ text: string; alert: boolean }>({ text: 'Reading the page…', alert: false });
  const [error, setError] = useState<string | null>(null);
  const [record, setRecord] = useState<EventRecord | null>(null);
  const [source, setSource] = useState<Source>({ kind: 'capture', existing: false, fresh: null, freshTaken: false });
  // Bumped whenever the form shows a different record, so field drafts start over.
  const [formKey, setFormKey] = useState(0);
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The record as last set, read after an await to tell whether the reviewer typed while saving.
  const current = useRef<EventRecord | null>(null);
  current.current = record;

  useEffect(() => {
    void capture();
  }, []);

  async function capture() {
    const tabId = await activeTabId().catch(() => undefined);
    if (tabId === undefined) return fail('There is no open tab to read. Open a press release and click the Communiqué button again.');
    const result = await call('captureTab', { tabId });
    if (!result.ok) return fail(result.error.message);
    show(result.value);
  }

  function fail(message: string) {
    setError(message);
    setState('error');
    setStatus({ text: 'Nothing was saved.', alert: false });
  }

  function show(reply: Reply<'captureTab'>) {
    const existing = reply.status === 'existing';
    setSource({ kind: 'capture', existing, fresh: existing ? reply.fresh : null, freshTaken: false });
    if (existing) {
      setStatus({ text: 'This page is in your collection. Edits are saved when you press Save.', alert: false });
    } else {
      setStatus({ text: 'Not saved yet: check the fields, then press Save.', alert: false });
    }
    load(reply.record);
  }

  function load(next: EventRecord) {
    current.current = next;
    setRecord(next);
    setFormKey((k) => k + 1);
    setFocusedPath(null);
    setError(null);
    setState('ready');
  }

  function edit(next: EventRecord) {
    current.current = next;
    setRecord(next);
    if (state === 'saved') {
      setState('ready');
      setStatus({ text: 'Changed since the last save.', alert: false });
    }
  }

  function takeFresh() {
    if (source.kind !== 'capture' || !source.fresh) return;
    setSource({ ...source, freshTaken: true });
    setStatus({ text: 'Showing the new extraction. Save to replace your saved record with it.', alert: false });
    load(source.fresh);
  }

  function openFromCollection(saved: EventRecord) {
    setSource({ kind: 'collection' });
    setStatus({ text: 'Editing a saved record. Edits are saved when you press Save.', alert: false });
    load(saved);
    setView('record');
  }

  async function save() {
    if (!record || saving) return;
    const prepared = prepareForSave(record);
    if (!prepared.ok) {
      setStatus({ text: prepared.problems.join(' '), alert: true });
      return;
    }
    setSaving(true);
    setStatus({ text: 'Saving…', alert: false });
    const result = await call('saveRecord', { record: prepared.record });
    setSaving(false);
    if (!result.ok) {
      // A worker stopped after writing but before replying leaves the outcome unknown; a retry is safe.
      setStatus({ text: `${result.error.code === 'internal' ? 'May not have been saved' : 'Not saved'}: ${result.error.message}`, alert: true });
      return;
    }
    const stored = result.value.record;
    if (current.current !== record) {
      // Typed while the save was under way: keep those edits, unsaved, on the stored record's id.
      const newer = { ...current.current!, id: stored.id };
      current.current = newer;
      setRecord(newer);
      setStatus({ text: 'Saved, but you changed fields since; press Save again to keep them.', alert: false });
      return;
    }
    // The worker's copy is the truth from now on (it may have tidied values or stamped the time).
    // No remount: the reviewer keeps the focus and the cursor where Ctrl+Enter left them.
    current.current = stored;
    setRecord(stored);
    setState('saved');
    setStatus({ text: result.value.created ? 'Saved to your collection.' : 'Your saved record was updated.', alert: false });
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && view === 'record' && record) {
      e.preventDefault();
      void save();
    }
  }

  return (
    <div class="popup" data-state={state} onKeyDown={onKeyDown}>
      <header class="popup__header">
        <h1 class="popup__name">Communiqué</h1>
        <nav class="tabs" role="tablist" aria-label="Views">
          <button type="button" role="tab" id="tab-record" aria-controls="panel-record" aria-selected={view === 'record'} class="tab" data-testid="tab-record" onClick={() => setView('record')}>
            Record
          </button>
          <button type="button" role="tab" id="tab-collection" aria-controls="panel-collection" aria-selected={view === 'collection'} class="tab" data-testid="tab-collection" onClick={() => setView('collection')}>
            Collection
          </button>
        </nav>
        {openCollection && (
          <div class="popup__links">
            <button type="button" class="link-button" data-testid="capture-all-tabs" title="Capture every tab of this window (asks for access to your sites)" onClick={() => openCollection({ captureAll: true })}>
              Capture all tabs
            </button>
            <button type="button" class="link-button" data-testid="open-collection" title="Open the collection in a tab" onClick={() => openCollection({ captureAll: false })}>
              Open collection ↗
            </button>
          </div>
        )}
      </header>

      {view === 'record' ? (
        <main class="popup__main" id="panel-record" role="tabpanel" aria-labelledby="tab-record">
          {/* The words "Reading the page…" are in the status line; here only the spinner. */}
          {state === 'loading' && <div class="loading" aria-hidden="true" />}
          {state === 'error' && error !== null && (
            <div class="error" role="alert">
              <strong>This page could not be captured.</strong>
              <p data-testid="error">{error}</p>
              <p class="muted">Your saved records are under Collection.</p>
            </div>
          )}
          {record && state !== 'loading' && state !== 'error' && (
            <>
              {source.kind === 'capture' && source.existing && (
                <div class="banner">
                  <span data-testid="already-captured" role="status">
                    {source.freshTaken ? 'Already captured — showing the new extraction; Save replaces your saved record' : 'Already captured — showing your saved record'}
                  </span>
                  {source.fresh && !source.freshTaken && (
                    <button type="button" class="button button--small" data-testid="take-fresh" onClick={takeFresh}>
                      Use the new extraction
                    </button>
                  )}
                </div>
              )}
              <ReviewPanel record={record} formKey={formKey} focusedPath={focusedPath} onChange={edit} onFocusPath={setFocusedPath} />
            </>
          )}
        </main>
      ) : (
        <main class="popup__main" id="panel-collection" role="tabpanel" aria-labelledby="tab-collection">
          <CollectionView call={call} onOpen={openFromCollection} download={download} />
        </main>
      )}

      <footer class="popup__footer">
        <p class={`status${status.alert ? ' status--alert' : ''}`} data-testid="status" role={status.alert ? 'alert' : 'status'}>
          {status.text}
        </p>
        {state === 'saved' && (
          <span class="saved" data-testid="saved-indicator">
            Saved
          </span>
        )}
        {view === 'record' && record && state !== 'error' && state !== 'loading' && (
          <button type="button" class="button button--primary" data-testid="save" disabled={saving} onClick={() => void save()} title="Save (Ctrl+Enter)">
            {saving ? 'Saving…' : 'Save'}
          </button>
        )}
      </footer>
    </div>
  );
}
