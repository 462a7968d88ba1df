// The record as a form. Every change goes through editField, so what the reviewer touches is marked as
// theirs and survives a later capture of the same page.
import { EVENT_TYPES, type EventRecord, type EventType } from '../record-schema';
import { DayField, ListField, SelectField, TextAreaField, TextField } from './form-fields';
import { markerFor } from './field-marker';
import { ParticipantEditor } from './participant-editor';
import { editField, getAt, textOrNull, type EditablePath } from './record-fields';

export const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  'source.publisher': 'Publisher',
  'source.publishedDate': 'Published',
  'event.type': 'Event type',
  'event.label': 'Label',
  'event.start': 'Event start',
  'event.end': 'Event end',
  'event.location.venue': 'Venue',
  'event.location.city': 'City',
  'event.location.country': 'Country',
  'event.host': 'Host',
  'event.participants': 'Participants',
  'event.organizations': 'Organisations',
  'event.occasion': 'Occasion',
  'event.topics': 'Topics',
  summary: 'Summary',
  'review.tags': 'Tags',
  'review.notes': 'Notes',
};

export function labelFor(path: string): string {
  const row = /^event\.participants\.(\d+)$/.exec(path);
  return row ? `Participant ${Number(row[1]) + 1}` : (FIELD_LABELS[path] ?? path);
}

interface Props {
  record: EventRecord;
  onChange: (record: EventRecord) => void;
  onFocusPath: (path: string) => void;
}

export function ReviewForm({ record, onChange, onFocusPath }: Props) {
  const common = (path: EditablePath, testId: string) => ({
    label: FIELD_LABELS[path],
    testId,
    marker: markerFor(record, path, getAt(record, path)),
    onFocus: () => onFocusPath(path),
  });
  const set = (path: EditablePath) => (value: unknown) => onChange(editField(record, path, value));
  const setText = (path: EditablePath) => (value: string) => onChange(editField(record, path, textOrNull(value)));
  const day = (path: EditablePath, testId: string) => (
    <DayField {...common(path, testId)} value={valueAt<string | null>(record, path)} onInput={setText(path)} />
  );
  const { event, source, review } = record;

  return (
    <form class="review-form" onSubmit={(e) => e.preventDefault()} aria-label="Event record">
      <TextField {...common('title', 'field-title')} wide value={record.title} onInput={set('title')} />
      <TextField {...common('source.publisher', 'field-publisher')} value={source.publisher} onInput={setText('source.publisher')} />
      {day('source.publishedDate', 'field-publishedDate')}

      <SelectField<EventType> {...common('event.type', 'field-type')} value={event.type} options={EVENT_TYPES} onChange={(v) => v && set('event.type')(v)} />
      <TextField {...common('event.label', 'field-label')} value={event.label} onInput={setText('event.label')} />
      {day('event.start', 'field-start')}
      {day('event.end', 'field-end')}

      <TextField {...common('event.location.venue', 'field-venue')} value={event.location.venue} onInput={setText('event.location.venue')} />
      <TextField {...common('event.location.city', 'field-city')} value={event.location.city} onInput={setText('event.location.city')} />
      <TextField
        {...common('event.location.country', 'field-country')}
        value={event.location.country}
        placeholder="e.g. BE"
        class="uppercase"
        onInput={setText('event.location.country')}
      />
      <TextField {...common('event.host', 'field-host')} value={event.host} onInput={setText('event.host')} />

      <ParticipantEditor record={record} onChange={onChange} onFocusRow={(i) => onFocusPath(`event.participants.${i}`)} />

      <ListField {...common('event.organizations', 'field-organizations')} wide value={event.organizations} onChange={set('event.organizations')} />
      <TextField {...common('event.occasion', 'field-occasion')} value={event.occasion} onInput={setText('event.occasion')} />
      <ListField {...common('event.topics', 'field-topics')} value={event.topics} onChange={set('event.topics')} />
      <TextAreaField {...common('summary', 'field-summary')} wide rows={3} value={record.summary} onInput={set('summary')} />
      <ListField {...common('review.tags', 'field-tags')} wide value={review.tags} onChange={set('review.tags')} />
      <TextAreaField {...common('review.notes', 'field-notes')} wide rows={2} value={review.notes} onInput={set('review.notes')} />
    </form>
  );
}

function valueAt<T>(record: EventRecord, path: string): T {
  return getAt(record, path) as T;
}
