// The choice for each imported record that meets one already in the collection, or one choice for
// all: keep mine, take theirs, or keep both (theirs kept as a version of the page).
import { useState } from 'preact/hooks';
import { changedFields, type ImportPlan } from '../collection/import-plan';
import type { ImportResolution } from '../store/record-repository';

export const RESOLUTION_LABELS: Record<ImportResolution, string> = {
  mine: 'Keep mine',
  theirs: 'Take theirs',
  both: 'Keep both as versions',
};

interface Props {
  fileName: string;
  plan: ImportPlan;
  busy: boolean;
  onConfirm: (choices: ImportResolution[]) => void;
  onCancel: () => void;
}

export function ImportPanel({ fileName, plan, busy, onConfirm, onCancel }: Props) {
  const [choices, setChoices] = useState<ImportResolution[]>(() => plan.conflicts.map(() => 'mine'));
  const setAll = (r: ImportResolution) => setChoices(plan.conflicts.map(() => r));
  return (
    <section class="import-panel" aria-label="Import conflicts" data-testid="import-panel">
      <h2>Import “{fileName}”</h2>
      <p data-testid="import-summary">
        {plan.fresh.length} new, {plan.unchanged.length} already in your collection unchanged, {plan.conflicts.length} differing from your copy. Nothing is
        written until you press Import.
      </p>
      <div class="import-panel__all">
        <span>For all:</span>
        {(Object.keys(RESOLUTION_LABELS) as ImportResolution[]).map((r) => (
          <button key={r} type="button" class="button button--small" data-testid={`conflict-all-${r}`} onClick={() => setAll(r)}>
            {RESOLUTION_LABELS[r]}
          </button>
        ))}
      </div>
      <ul class="import-panel__list">
        {plan.conflicts.map((c, i) => (
          <li key={`${c.incoming.id}-${i}`} data-testid="conflict" data-record-id={c.existing.id}>
            <div>
              <strong>{c.existing.title || 'Untitled record'}</strong>
              <span class="muted">
                {' '}
                {c.reason === 'same-page' ? 'same page' : 'same id, another page'}; differs in {changedFields(c.existing, c.incoming).join(', ') || 'metadata'}
              </span>
            </div>
            <label class="sr-only" for={`conflict-${i}`}>
              Choice for {c.existing.title}
            </label>
            <select id={`conflict-${i}`} data-testid="conflict-choice" value={choices[i]} onChange={(e) => setChoices(choices.map((x, j) => (j === i ? (e.currentTarget.value as ImportResolution) : x)))}>
              {(Object.keys(RESOLUTION_LABELS) as ImportResolution[]).map((r) => (
                <option key={r} value={r}>
                  {RESOLUTION_LABELS[r]}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <div class="import-panel__actions">
        <button type="button" class="button" data-testid="import-cancel" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" class="button button--primary" data-testid="import-confirm" onClick={() => onConfirm(choices)} disabled={busy}>
          Import
        </button>
      </div>
    </section>
  );
}
