import { describe, expect, it } from 'vitest';
import { READABLE_SCHEMA_VERSIONS, upgradeRecord } from '@/lib/record-migrations';
import { EventRecordSchema, SCHEMA_VERSION } from '@/lib/record-schema';
import { makeRecord } from './../support/record-factory';

describe('record migrations', () => {
  const current = makeRecord();
  const { confidence: _c, ...v1Provenance } = current.provenance;
  const v1 = { ...current, schemaVersion: 1, provenance: { ...v1Provenance, fields: { ...v1Provenance.fields, 'event.host': 'user' } } };

  it('upgrades a version 1 record to one the current schema accepts, certain only of what its user typed', () => {
    const up = upgradeRecord(v1);
    expect(EventRecordSchema.parse(up)).toMatchObject({ schemaVersion: SCHEMA_VERSION, provenance: { confidence: { 'event.host': 1 } } });
    expect(v1.schemaVersion).toBe(1);
  });

  it('leaves current records, unknown versions and non-records as they are', () => {
    expect(upgradeRecord(current)).toBe(current);
    const future = { ...current, schemaVersion: 9 };
    expect(upgradeRecord(future)).toBe(future);
    for (const v of [null, 3, 'x', [v1], { schemaVersion: '1' }, { schemaVersion: 1.5 }]) expect(upgradeRecord(v)).toBe(v);
    expect(READABLE_SCHEMA_VERSIONS).toEqual([1, 2]);
  });
});
