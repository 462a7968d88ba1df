// The collection page's editor: the same ReviewPanel as the popup, with Save, Mark reviewed, and the
// page's kept versions (lib/store/stored-version.ts) that can be made current.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EventRecord } from '../record-schema';
import type { StoredVersion } from '../store/stored-version';
import type { Call } from './popup-api';
import { prepareForSave } from './prepare-save';
import { ReviewPanel } from './review-panel';

interface Props {
  call: Call;
  recordId: string;
  /** Bumped by the page to show a message here (the Esc warning). */
  notice: string | null;
  onClose: () => void;
  onDirty: (dirty: boolean) => void;
  /** Something was written: the page reloads its summaries. */
  onSaved: () => void;
}

export function RecordEditor({ call, recordId, notice, onClose, onDirty, onSaved }: Props) {
  const [record, setRecord] = useState<EventRecord | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [focusedPath, setFocusedPath] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; alert: boolean }>({ text: 'Loading…', alert: false });
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [versions, setVersions] = useState<StoredVersion[]>([]);
  const root = useRef<HTMLElement>(null);

  async function load(id: string) {
    const result = await call('getRecord', { id });
    if (!result.ok || !result.value.record) {
      setStatus({ text: result.ok ? `Record ${id} is no longer in the collection.` : result.error.message, alert: true });
      return;
    }
    show(result.value.record);
    setStatus({ text: 'Edits are saved when you press Save (Ctrl+Enter).', alert: false });
  }

  function show(next: EventRecord) {
    setRecord(next);
    setFormKey((k) => k + 1);
    markDirty(false);
    void loadVersions(next.source.canonicalUrl);
  }

  async function loadVersions(canonicalUrl: string) {
    const result = await call('listVersions', { canonicalUrl });
    setVersions(result.ok ? result.value.versions : []);
  }

  function markDirty(value: boolean) {
    setDirty(value);
    onDirty(value);
  }

  useEffect(() => {
    setRecord(null);
    setFocusedPath(null);
    void load(recordId);
  }, [recordId]);

  useEffect(() => {
    if (notice) setStatus({ text: notice, alert: true });
  }, [notice]);

  function edit(next: EventRecord) {
    setRecord(next);
    markDirty(true);
  }

  async function save(override?: Partial<EventRecord['review']>) {
    if (!record || saving) return;
    const draft = override ? { ...record, review: { ...record.review, ...override } } : record;
    const prepared = prepareForSave(draft);
    if (!prepared.ok) {
      setStatus({ text: prepared.problems.join(' '), alert: true });
      return;
    }
    setSaving(true);
    const result = await call('saveRecord', { record: prepared.record });
    setSaving(false);
    if (!result.ok) {
      // A worker stopped after writing but before replying leaves the outcome unknown; a retry is safe.
      setStatus({ text: `${result.error.code === 'internal' ? 'May not have been saved' : 'Not saved'}: ${result.error.message}`, alert: true });
      return;
    }
    setRecord(result.value.record);
    markDirty(false);
    setStatus({ text: override?.status === 'reviewed' ? 'Marked reviewed and saved.' : 'Saved.', alert: false });
    onSaved();
  }

  async function promote(version: StoredVersion) {
    const result = await call('promoteVersion', { versionId: version.versionId });
    if (!result.ok) {
      setStatus({ text: `Could not use that version: ${result.error.message}`, alert: true });
      return;
    }
    show(result.value.record);
    setStatus({ text: 'That version is now the current record; the one it replaced is kept as a version.', alert: false });
    onSaved();
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void save();
    }
  }

  return (
    <section class="editor" ref={root} aria-label="Edit record" data-testid="editor" data-record-id={recordId} data-dirty={dirty ? 'true' : 'false'} onKeyDown={onKeyDown}>
      <header class="editor__head">
        <h2 class="editor__title">{record?.title || 'Record'}</h2>
        {record && <span class={`badge status-${record.review.status}`} data-testid="editor-review-status">{record.review.status}</span>}
        <button type="button" class="icon-button" data-testid="close-editor" aria-label="Close the editor (Esc)" title="Close (Esc)" onClick={onClose}>
          ✕
        </button>
      </header>
      {record && <ReviewPanel record={record} formKey={`${recordId}-${formKey}`} focusedPath={focusedPath} onChange={edit} onFocusPath={setFocusedPath} />}
      {versions.length > 0 && (
        <details class="versions" data-testid="versions">
          <summary>
            {versions.length} other {versions.length === 1 ? 'version' : 'versions'} of this page
          </summary>
          <ul>
            {versions.map((v) => (
              <li key={v.versionId} data-testid="version">
                <span>
                  “{v.record.title}” — {v.origin === 'import' ? 'imported' : 'replaced'} {v.keptAt.slice(0, 10)}, last edited {v.record.review.updatedAt.slice(0, 10)}
                </span>
                <button type="button" class="button button--small" data-testid="promote-version" onClick={() => void promote(v)}>
                  Use this version
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <footer class="editor__foot">
        <p class={`status${status.alert ? ' status--alert' : ''}`} data-testid="editor-status" role={status.alert ? 'alert' : 'status'}>
          {status.text}
        </p>
        <button type="button" class="button" data-testid="mark-reviewed" disabled={!record || saving} onClick={() => void save({ status: 'reviewed' })}>
          Mark reviewed
        </button>
        <button type="button" class="button button--primary" data-testid="save" disabled={!record || saving} onClick={() => void save()} title="Save (Ctrl+Enter)">
          {saving ? 'Saving…' : 'Save'}
        </button>
      </footer>
    </section>
  );
}
