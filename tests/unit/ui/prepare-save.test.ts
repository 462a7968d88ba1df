import { describe, expect, it } from 'vitest';
import { EventRecordSchema } from '../../../lib/record-schema';
import { addParticipant, updateParticipant } from '../../../lib/ui/participant-rows';
import { prepareForSave } from '../../../lib/ui/prepare-save';
import { editField } from '../../../lib/ui/record-fields';
import { sampleRecord } from './record-fixture';

describe('prepareForSave', () => {
  it('passes a valid record through as a schema-valid record', () => {
    const result = prepareForSave(sampleRecord());
    expect(result.ok).toBe(true);
    if (result.ok) expect(EventRecordSchema.safeParse(result.record).success).toBe(true);
  });

  it('trims text, turns blank nullable fields into null and upper-cases the country', () => {
    let r = editField(sampleRecord(), 'title', '  Title  ');
    r = editField(r, 'event.host', '   ');
    r = editField(r, 'event.location.country', 'be');
    const result = prepareForSave(r);
    expect(result.ok && result.record).toMatchObject({ title: 'Title', event: { host: null, location: { country: 'BE' } } });
  });

  it('refuses an invalid date, naming it', () => {
    const result = prepareForSave(editField(sampleRecord(), 'event.end', '2024-02-30'));
    expect(result).toEqual({ ok: false, problems: ['Event end “2024-02-30” is not a day of the calendar.'] });
  });

  it('refuses an end before the start', () => {
    const result = prepareForSave(editField(sampleRecord(), 'event.end', '2024-03-01'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('before event start 2024-03-12');
  });

  it('refuses a country that is not a two-letter code', () => {
    const result = prepareForSave(editField(sampleRecord(), 'event.location.country', 'Belgium'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain('“BELGIUM”');
  });

  it('drops blank participant rows but asks for a name when a row has other content', () => {
    const blank = addParticipant(sampleRecord());
    const ok = prepareForSave(blank);
    expect(ok.ok && ok.record.event.participants).toHaveLength(2);

    const nameless = updateParticipant(addParticipant(sampleRecord()), 2, { position: 'Consul' });
    const refused = prepareForSave(nameless);
    expect(refused).toEqual({ ok: false, problems: ['Participant 3 has no name: add one or remove the row.'] });
  });

  it('drops a blank row in the middle without misplacing later rows’ evidence', () => {
    let r = addParticipant(sampleRecord());
    r = updateParticipant(r, 2, { name: 'Third' });
    r = { ...r, event: { ...r.event, participants: [r.event.participants[0], { name: '', title: null, position: null, affiliation: null, role: null }, ...r.event.participants.slice(1)] } };
    r = { ...r, evidence: { ...r.evidence, 'event.participants.2': r.evidence['event.participants.1'] } };
    delete r.evidence['event.participants.1'];
    const result = prepareForSave(r);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.event.participants.map((p) => p.name)).toEqual(['Taro Yamada', 'Mathias De Clercq', 'Third']);
    expect(result.record.evidence['event.participants.1'].quote).toBe('Mayor of Ghent');
  });
});
