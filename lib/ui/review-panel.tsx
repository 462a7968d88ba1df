// The record under review: the form on one side, the focused field's evidence and the page link on
// the other. One component for the popup and the collection page, so a fix to either is a fix to both.
import type { EventRecord } from '../record-schema';
import { EvidenceBox } from './evidence-box';
import { labelFor, ReviewForm } from './review-form';

interface Props {
  record: EventRecord;
  /** Changes when a different record is shown, so field drafts start over. */
  formKey: string | number;
  focusedPath: string | null;
  onChange: (record: EventRecord) => void;
  onFocusPath: (path: string) => void;
}

export function ReviewPanel({ record, formKey, focusedPath, onChange, onFocusPath }: Props) {
  return (
    <div class="review">
      <div class="review__form">
        <ReviewForm key={formKey} record={record} onChange={onChange} onFocusPath={onFocusPath} />
      </div>
      <aside class="review__aside" aria-label="Source of the focused field">
        <EvidenceBox record={record} path={focusedPath} label={focusedPath ? labelFor(focusedPath) : null} />
        {isWebUrl(record.source.url) && (
          <a class="review__source" href={record.source.url} target="_blank" rel="noreferrer noopener" title={record.source.url}>
            Open the page
          </a>
        )}
      </aside>
    </div>
  );
}

/** Only web pages are linked: a stored record's URL is page data, and must not become a script link. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
