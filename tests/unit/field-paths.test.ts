// Field paths key evidence, provenance and confidence; one read from outside must never reach
// Object.prototype (a saved record's "__proto__.toString" would break every later capture).
import { describe, expect, it } from 'vitest';
import { mergeRecapture } from '@/lib/merge-recapture';
import { EventRecordSchema } from '@/lib/record-schema';
import { makeRecord } from '../support/record-factory';

const HOSTILE = ['__proto__.polluted', '__proto__.toString', 'constructor.prototype.polluted', '__proto__', 'event.__proto__.x', 'event.start.toString'];

describe('field paths', () => {
  it('the schema refuses a key that is not a field path, naming it', () => {
    for (const key of HOSTILE) {
      for (const where of ['fields', 'confidence'] as const) {
        const rec = makeRecord();
        const value = where === 'fields' ? 'user' : 1;
        // JSON.parse makes "__proto__" an own key, as an imported file does.
        const parsed = structuredClone(rec) as Record<string, unknown>;
        parsed.provenance = { ...rec.provenance, [where]: JSON.parse(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`) };
        const result = EventRecordSchema.safeParse(parsed);
        if (result.success) {
          // zod drops a bare "__proto__" key instead of reading it; it must not come back.
          expect(key).toBe('__proto__');
          expect(Object.keys(result.data.provenance[where])).toEqual([]);
        } else expect(JSON.stringify(result.error.issues)).toContain(key);
      }
    }
    const ok = makeRecord();
    ok.provenance.fields = { 'event.participants.3': 'user', 'event.location.city': 'text' };
    expect(EventRecordSchema.safeParse(ok).success).toBe(true);
  });

  it('a recapture never writes through a hostile path, even from a record that skipped validation', () => {
    for (const key of HOSTILE) {
      const saved = makeRecord();
      saved.provenance.fields = JSON.parse(`{${JSON.stringify(key)}:"user","event.host":"user"}`);
      saved.event.host = 'Edited host';
      let merged = saved;
      expect(() => { merged = mergeRecapture(saved, makeRecord()); }).not.toThrow();
      expect('polluted' in {}).toBe(false);
      expect('x' in {}).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
      expect(typeof merged.event.start === 'string' || merged.event.start === null).toBe(true);
      expect(merged.event.host).toBe('Edited host');
      expect(() => structuredClone(merged)).not.toThrow();
    }
  });
});
