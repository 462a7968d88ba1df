import { describe, expect, it } from 'vitest';
import { countLabel, eventDateOf } from '../../../lib/ui/collection-text';
import { markerFor } from '../../../lib/ui/field-marker';
import { editField } from '../../../lib/ui/record-fields';
import { tabIdFromSearch } from '../../../lib/ui/tab-target';
import { sampleRecord } from './record-fixture';

describe('collection wording', () => {
  it('counts records', () => {
    expect(countLabel(0)).toBe('0 records');
    expect(countLabel(1)).toBe('1 record');
    expect(countLabel(3)).toBe('3 records');
  });
  it('shows the event day, span, or the publication day as a stand-in', () => {
    const r = sampleRecord();
    expect(eventDateOf(r)).toBe('2024-03-12');
    expect(eventDateOf({ ...r, event: { ...r.event, end: '2024-03-14' } })).toBe('2024-03-12 – 2024-03-14');
    expect(eventDateOf({ ...r, event: { ...r.event, start: null } })).toBe('published 2024-03-13');
  });
});

describe('provenance markers', () => {
  const r = sampleRecord();
  it('marks the user’s own values', () => {
    expect(markerFor(editField(r, 'event.host', 'X'), 'event.host', 'X')?.kind).toBe('user');
  });
  it('flags a value with no recorded origin, or inferred without a quote', () => {
    expect(markerFor(r, 'event.type', 'meeting')?.kind).toBe('unsourced');
    expect(markerFor(r, 'event.location.city', 'Ghent')?.kind).toBe('inferred');
  });
  it('asks to check a quoted value found in a way that is often wrong, and trusts a confident one', () => {
    expect(markerFor(r, 'source.publisher', 'Embassy of Japan in Belgium')).toMatchObject({ kind: 'doubtful', title: expect.stringContaining('85%') });
    expect(markerFor(editField(r, 'source.publisher', 'Embassy of Japan'), 'source.publisher', 'Embassy of Japan')?.kind).toBe('user');
    const sure = { ...r, provenance: { ...r.provenance, confidence: { ...r.provenance.confidence, 'source.publisher': 0.95 } } };
    expect(markerFor(sure, 'source.publisher', 'Embassy of Japan in Belgium')).toBeNull();
  });
  it('marks the participant list by its least sure row', () => {
    const rows = { ...r, provenance: { ...r.provenance, confidence: { 'event.participants.0': 0.95, 'event.participants.1': 0.6 } } };
    expect(markerFor(rows, 'event.participants', rows.event.participants)?.kind).toBe('doubtful');
  });
  it('stays quiet for quoted values, empty values and fields outside the evidence list', () => {
    expect(markerFor(r, 'event.start', '2024-03-12')).toBeNull();
    expect(markerFor(r, 'event.host', null)).toBeNull();
    expect(markerFor(r, 'summary', 'text')).toBeNull();
  });
});

describe('?tabId= override', () => {
  it('reads a whole number only', () => {
    expect(tabIdFromSearch('?tabId=42')).toBe(42);
    expect(tabIdFromSearch('')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=4x')).toBeUndefined();
    expect(tabIdFromSearch('?tabId=-1')).toBeUndefined();
  });
});
