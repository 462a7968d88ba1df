// "Capture all tabs in this window": the button asks the browser for access to the user's sites
// (optional host permission, on this click, given back when the run ends) and lists each tab's result.
import { useState } from 'preact/hooks';
import type { TabCaptureResult } from '../protocol';

const STATUS_LABELS: Record<TabCaptureResult['status'], string> = {
  saved: 'saved',
  'already-captured': 'already captured',
  failed: 'failed',
};

interface Props {
  /** Runs the capture; called straight from the click so the permission request has its gesture. */
  onCapture: (closeCaptured: boolean) => void;
  running: boolean;
  results: TabCaptureResult[] | null;
  error: string | null;
  onDismiss: () => void;
}

export function CaptureTabsPanel({ onCapture, running, results, error, onDismiss }: Props) {
  const [closeCaptured, setCloseCaptured] = useState(true);
  const counts = results && {
    saved: results.filter((r) => r.status === 'saved').length,
    already: results.filter((r) => r.status === 'already-captured').length,
    failed: results.filter((r) => r.status === 'failed').length,
  };
  return (
    <section class="capture-panel" aria-label="Capture all tabs" data-testid="capture-panel">
      <h2>Capture all tabs in this window</h2>
      <p class="muted">
        The browser lets Communiqué read only the tab you clicked it on. To read the others it will ask you for access to your sites, for this run
        only; Communiqué gives the access back when it is done. At most three tabs are read at a time.
      </p>
      <label class="checkbox">
        <input type="checkbox" data-testid="capture-close" checked={closeCaptured} onChange={(e) => setCloseCaptured(e.currentTarget.checked)} /> Close tabs once
        captured (failed tabs stay open)
      </label>
      <div class="capture-panel__actions">
        <button type="button" class="button button--primary" data-testid="capture-all-start" disabled={running} onClick={() => onCapture(closeCaptured)}>
          {running ? 'Capturing…' : 'Capture all tabs'}
        </button>
        <button type="button" class="button" data-testid="capture-dismiss" disabled={running} onClick={onDismiss}>
          Close
        </button>
      </div>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {results && counts && (
        <>
          <p data-testid="capture-counts" role="status">
            {counts.saved} saved, {counts.already} already captured, {counts.failed} failed.
          </p>
          <ul class="capture-panel__results">
            {results.map((r) => (
              <li key={r.tabId} data-testid="capture-result" data-status={r.status}>
                <span class={`badge status-${r.status}`}>{STATUS_LABELS[r.status]}</span> <span>{r.title || r.url || `tab ${r.tabId}`}</span>
                {r.status === 'failed' && <span class="muted"> — {r.message}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
