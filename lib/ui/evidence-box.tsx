// Shows where the focused field's value came from. Everything here is page text: rendered as text nodes only.
import type { EventRecord } from '../record-schema';
import { evidenceFor } from './evidence-context';

export function EvidenceBox({ record, path, label }: { record: EventRecord; path: string | null; label: string | null }) {
  if (!path) {
    return (
      <div class="evidence evidence--idle" data-testid="evidence-empty">
        Focus a field to see the sentence of the article it came from.
      </div>
    );
  }
  const view = evidenceFor(record, path);
  const origin = record.provenance.fields[path];
  if (!view) {
    return (
      <div class="evidence evidence--idle" data-testid="evidence-empty">
        <div class="evidence__heading">{label ?? path}</div>
        {origin === 'user' ? 'You entered this value.' : 'No quote from the page supports this value.'}
      </div>
    );
  }
  return (
    <div class="evidence" data-testid="evidence" aria-live="polite">
      <div class="evidence__heading">
        {label ?? path}
        <span class="evidence__source">{view.sentence ? 'from the article' : 'from page metadata'}</span>
      </div>
      <blockquote class="evidence__quote" data-testid="evidence-quote">
        {view.quote}
      </blockquote>
      {view.sentence && (
        <p class="evidence__sentence" data-testid="evidence-sentence">
          {view.sentence.before}
          <mark>{view.sentence.match}</mark>
          {view.sentence.after}
        </p>
      )}
    </div>
  );
}
