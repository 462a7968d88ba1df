import { describe, expect, it } from 'vitest';
import { CaptureError, dispatch, request, type Handlers } from '@/lib/protocol';
import { makeRecord } from '../support/record-factory';

const record = makeRecord();
const handlers = {
  getRecord: async ({ id }: { id: string }) => ({ record: id === record.id ? record : null }),
  deleteRecord: async ({ id }: { id: string }) => {
    throw new CaptureError('not-found', `no record with id ${id}`);
  },
  saveRecord: async () => {
    throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  },
} as unknown as Handlers;

describe('protocol', () => {
  it('routes a valid message to its handler and validates the reply', async () => {
    const reply = await request((m) => dispatch(handlers, m), 'getRecord', { id: record.id });
    expect(reply).toEqual({ ok: true, value: { record } });
  });

  it('rejects an unknown message name, naming it', async () => {
    const reply = await dispatch(handlers, { name: 'dropTables', payload: {} });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid-message');
      expect(reply.error.message).toContain('dropTables');
    }
  });

  it('rejects a payload of the wrong shape before any handler runs', async () => {
    const reply = await dispatch(handlers, { name: 'getRecord', payload: { id: 7 } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });

  it('carries a typed error from the handler', async () => {
    const reply = await request((m) => dispatch(handlers, m), 'deleteRecord', { id: 'gone' });
    expect(reply).toEqual({ ok: false, error: { code: 'not-found', message: 'no record with id gone' } });
  });

  it('turns a quota error into storage-full with a readable message', async () => {
    const reply = await request((m) => dispatch(handlers, m), 'saveRecord', { record });
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-full' } });
  });

  it('reports a reply that does not fit the schema instead of passing it on', async () => {
    const reply = await request(async () => ({ ok: true, value: { record: { id: 1 } } }), 'getRecord', { id: 'x' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('malformed reply to getRecord') } });
  });

  it('reports a worker that does not answer', async () => {
    const reply = await request(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, 'listRecords', { query: '' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('did not answer listRecords') } });
  });

  it('reports a worker stopped mid-request (the polyfill resolves undefined) as not answering, not as a malformed reply', async () => {
    const reply = await request(async () => undefined, 'saveRecord', { record });
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'the background worker did not answer saveRecord: it was stopped before it replied. Try again.' } });
    const closed = await request(async () => {
      throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
    }, 'captureTab', { tabId: 1 });
    expect(closed).toEqual({ ok: false, error: { code: 'internal', message: 'the background worker did not answer captureTab: it was stopped before it replied. Try again.' } });
    const starting = await request(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }, 'captureTab', { tabId: 1 });
    expect(starting).toEqual(closed);
  });
});
