import { describe, expect, it } from 'vitest';
import { editField, getAt, textOrNull } from '../../../lib/ui/record-fields';
import { sampleRecord } from './record-fixture';

describe('editing fields by path', () => {
  it('sets a nested value on a copy and marks the path as the user’s', () => {
    const before = sampleRecord();
    const r = editField(before, 'event.location.city', 'Antwerp');
    expect(r.event.location.city).toBe('Antwerp');
    expect(r.provenance.fields['event.location.city']).toBe('user');
    expect(before.event.location.city).toBe('Ghent');
    expect(before.provenance.fields['event.location.city']).toBe('text');
  });
  it('does not mark review fields', () => {
    const r = editField(sampleRecord(), 'review.tags', ['culture']);
    expect(r.review.tags).toEqual(['culture']);
    expect(r.provenance.fields['review.tags']).toBeUndefined();
  });
  it('reads values by path', () => {
    expect(getAt(sampleRecord(), 'source.publisher')).toBe('Embassy of Japan in Belgium');
    expect(getAt(sampleRecord(), 'event.nope.deeper')).toBeUndefined();
  });
  it('stores an emptied nullable field as null', () => {
    expect(textOrNull('')).toBeNull();
    expect(textOrNull(' x')).toBe(' x');
  });
});
