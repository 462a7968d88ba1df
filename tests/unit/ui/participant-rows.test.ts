import { describe, expect, it } from 'vitest';
import { addParticipant, moveParticipant, removeParticipant, updateParticipant } from '../../../lib/ui/participant-rows';
import { sampleRecord } from './record-fixture';

const names = (r: ReturnType<typeof sampleRecord>) => r.event.participants.map((p) => p.name);

describe('participant rows', () => {
  it('adds an empty row at the end and marks the list as edited', () => {
    const r = addParticipant(sampleRecord());
    expect(r.event.participants).toHaveLength(3);
    expect(r.event.participants[2]).toEqual({ name: '', title: null, position: null, affiliation: null, role: null });
    expect(r.provenance.fields['event.participants']).toBe('user');
  });

  it('moves a row and carries its evidence and provenance with it', () => {
    const before = sampleRecord();
    const r = moveParticipant(before, 0, 1);
    expect(names(r)).toEqual(['Mathias De Clercq', 'Taro Yamada']);
    expect(r.evidence['event.participants.0'].quote).toBe('Mayor of Ghent');
    expect(r.evidence['event.participants.1'].quote).toBe('Taro Yamada');
    expect(r.provenance.fields['event.participants.0']).toBe('text');
    expect(r.provenance.fields['event.participants.1']).toBeUndefined();
    expect(r.evidence['event.start']).toEqual(before.evidence['event.start']);
    expect(r.provenance.fields['event.participants']).toBe('user');
  });

  it('ignores moves past either end', () => {
    const r = sampleRecord();
    expect(moveParticipant(r, 0, -1)).toBe(r);
    expect(moveParticipant(r, 1, 1)).toBe(r);
  });

  it('removes a row, drops its evidence and shifts the evidence of later rows', () => {
    const r = removeParticipant(sampleRecord(), 0);
    expect(names(r)).toEqual(['Mathias De Clercq']);
    expect(r.evidence['event.participants.0'].quote).toBe('Mayor of Ghent');
    expect(r.evidence['event.participants.1']).toBeUndefined();
  });

  it('updates one row without touching the others or the input', () => {
    const before = sampleRecord();
    const r = updateParticipant(before, 1, { role: 'counterpart', affiliation: 'City of Ghent' });
    expect(r.event.participants[1]).toMatchObject({ name: 'Mathias De Clercq', role: 'counterpart', affiliation: 'City of Ghent' });
    expect(r.event.participants[0]).toEqual(before.event.participants[0]);
    expect(before.event.participants[1].role).toBe('host');
  });
});
