// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageName, Payload, Reply, Result } from '../../../lib/protocol';
import type { EventRecord } from '../../../lib/record-schema';
import type { DownloadableFile } from '../../../lib/ui/download-file';
import type { Call } from '../../../lib/ui/popup-api';
import { PopupApp } from '../../../lib/ui/popup-app';
import { sampleRecord } from './record-fixture';

type Handlers = { [N in MessageName]?: (payload: Payload<N>) => Result<Reply<N>> | Promise<Result<Reply<N>>> };

const ok = <T,>(value: T) => ({ ok: true as const, value });
const timing = { pageMs: 1, workerMs: 1 };

let root: HTMLElement;
let sent: { name: MessageName; payload: unknown }[];
let downloads: DownloadableFile[];

function fakeCall(handlers: Handlers): Call {
  return (async (name: MessageName, payload: unknown) => {
    sent.push({ name, payload });
    const h = handlers[name] as ((p: unknown) => unknown) | undefined;
    if (!h) return { ok: false, error: { code: 'internal', message: `no fake for ${name}` } };
    return h(payload);
  }) as Call;
}

const saveEcho: Handlers['saveRecord'] = ({ record }) => ok({ record: record as EventRecord, created: true });

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(handlers: Handlers, activeTabId: () => Promise<number | undefined> = async () => 7) {
  await act(() => {
    render(<PopupApp call={fakeCall(handlers)} activeTabId={activeTabId} download={(f) => downloads.push(f)} />, root);
  });
  await settle();
}

const $ = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`)];
const state = () => root.querySelector('.popup')!.getAttribute('data-state');

async function type(el: HTMLElement | null, value: string) {
  const input = el as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function choose(el: HTMLElement | null, value: string) {
  const select = el as HTMLSelectElement;
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(el: HTMLElement | null) {
  await act(() => el!.click());
  await settle();
}
async function focus(el: HTMLElement | null) {
  await act(() => {
    el!.dispatchEvent(new FocusEvent('focus'));
    el!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
}
const lastSaved = () => (sent.filter((m) => m.name === 'saveRecord').at(-1)?.payload as { record: EventRecord } | undefined)?.record;

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  sent = [];
  downloads = [];
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.useRealTimers();
});

describe('capturing the active tab', () => {
  it('says it is reading the page until the worker answers', async () => {
    let answer!: (r: Result<Reply<'captureTab'>>) => void;
    await mount({ captureTab: () => new Promise((r) => (answer = r)) });
    expect(state()).toBe('loading');
    expect($('status')?.textContent).toBe('Reading the page…');
    expect(sent[0]).toEqual({ name: 'captureTab', payload: { tabId: 7 } });
    await act(() => answer(ok({ status: 'new', record: sampleRecord(), fresh: null, timing })));
    await settle();
    expect(state()).toBe('ready');
    expect(($('field-title') as HTMLInputElement).value).toBe('Ambassador meets the Mayor of Ghent');
  });

  it('shows a capture error plainly and still offers the collection', async () => {
    await mount({
      captureTab: () => ({ ok: false, error: { code: 'no-article', message: 'No article was found on this page ("<b>Home</b>").' } }),
      listRecords: () => ok({ records: [], total: 0 }),
    });
    expect(state()).toBe('error');
    expect($('error')?.textContent).toBe('No article was found on this page ("<b>Home</b>").');
    expect(root.querySelector('b')).toBeNull();
    expect($('save')).toBeNull();
    await click($('tab-collection'));
    expect($('collection-count')?.textContent).toBe('0 records');
  });

  it('explains when there is no tab to read', async () => {
    await mount({}, async () => undefined);
    expect(state()).toBe('error');
    expect(sent).toEqual([]);
  });
});

describe('reviewing and saving', () => {
  beforeEach(async () => {
    await mount({ captureTab: () => ok({ status: 'new', record: sampleRecord(), fresh: null, timing }), saveRecord: saveEcho });
  });

  it('fills every field from the record', () => {
    const value = (id: string) => ($(id) as HTMLInputElement).value;
    expect(value('field-publisher')).toBe('Embassy of Japan in Belgium');
    expect(value('field-publishedDate')).toBe('2024-03-13');
    expect(value('field-type')).toBe('meeting');
    expect(value('field-start')).toBe('2024-03-12');
    expect(value('field-end')).toBe('');
    expect(value('field-venue')).toBe('City Hall');
    expect(value('field-country')).toBe('BE');
    expect(value('field-organizations')).toBe('City of Ghent');
    expect(value('field-summary')).toBe('The ambassador met the mayor.');
    expect($$('participant-row')).toHaveLength(2);
    expect(($$('participant-name')[1] as HTMLInputElement).value).toBe('Mathias De Clercq');
    expect(($$('participant-role')[0] as HTMLSelectElement).value).toBe('guest');
    for (const input of root.querySelectorAll('input, select, textarea')) {
      expect(root.querySelector(`label[for="${input.id}"]`), input.getAttribute('data-testid') ?? input.id).not.toBeNull();
    }
  });

  it('marks edited fields as the user’s, and saves', async () => {
    await type($('field-city'), 'Antwerp');
    await choose($('field-type'), 'visit');
    await type($('field-topics'), 'trade; culture');
    await type($('field-tags'), 'japan');
    await click($('save'));
    const saved = lastSaved()!;
    expect(saved.event.location.city).toBe('Antwerp');
    expect(saved.event.type).toBe('visit');
    expect(saved.event.topics).toEqual(['trade', 'culture']);
    expect(saved.review.tags).toEqual(['japan']);
    expect(saved.provenance.fields).toMatchObject({ 'event.location.city': 'user', 'event.type': 'user', 'event.topics': 'user' });
    expect(saved.provenance.fields['review.tags']).toBeUndefined();
    expect(saved.provenance.fields['event.location.venue']).toBe('text');
    expect(state()).toBe('saved');
    expect($('saved-indicator')?.textContent).toBe('Saved');

    await type($('field-host'), 'Mayor');
    expect(state()).toBe('ready');
    expect($('saved-indicator')).toBeNull();
  });

  it('keeps a half-typed list separator while typing', async () => {
    await type($('field-organizations'), 'City of Ghent; ');
    expect(($('field-organizations') as HTMLInputElement).value).toBe('City of Ghent; ');
    await type($('field-organizations'), 'City of Ghent; JETRO');
    await click($('save'));
    expect(lastSaved()!.event.organizations).toEqual(['City of Ghent', 'JETRO']);
  });

  it('refuses an invalid date, naming it, without sending', async () => {
    await type($('field-end'), '2024-02-30');
    await click($('save'));
    expect(sent.some((m) => m.name === 'saveRecord')).toBe(false);
    expect($('status')?.textContent).toContain('“2024-02-30”');
    expect(state()).toBe('ready');
  });

  it('flags a bad day beside the field once the reviewer leaves it', async () => {
    const start = $('field-start')!;
    await focus(start);
    await type(start, '2024-3');
    expect(start.getAttribute('aria-invalid')).toBeNull();
    await act(() => {
      start.dispatchEvent(new FocusEvent('blur'));
    });
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${start.getAttribute('aria-describedby')}`)?.textContent).toContain('“2024-3”');
  });

  it('saves with Ctrl+Enter from inside a field', async () => {
    await act(() => {
      $('field-notes')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    });
    await settle();
    expect(lastSaved()?.id).toBe('rec-1');
    expect(state()).toBe('saved');
  });

  it('edits participant rows', async () => {
    await click($('participant-add'));
    expect($$('participant-row')).toHaveLength(3);
    await type($$('participant-name')[2], 'Consul General');
    await choose($$('participant-role')[2], 'attendee');
    await click($$('participant-up')[2]);
    await click($$('participant-remove')[0]);
    await click($('save'));
    const people = lastSaved()!.event.participants;
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Consul General', 'attendee'],
      ['Mathias De Clercq', 'host'],
    ]);
    expect(lastSaved()!.evidence['event.participants.1'].quote).toBe('Mayor of Ghent');
    expect(lastSaved()!.provenance.fields['event.participants']).toBe('user');
  });

  it('shows the source sentence of the focused field', async () => {
    expect($('evidence')).toBeNull();
    await focus($('field-start'));
    expect($('evidence')?.textContent).toContain('12 March 2024');
    expect(root.querySelector('[data-testid="evidence"] mark')?.textContent).toBe('12 March 2024');
    expect($('evidence-sentence')?.textContent).toContain('met the Mayor of Ghent on 12 March 2024.');
    await focus($$('participant-position')[1]);
    expect($('evidence-quote')?.textContent).toBe('Mayor of Ghent');
    await focus($('field-publisher'));
    expect($('evidence-quote')?.textContent).toBe('Embassy of Japan in Belgium');
    expect($('evidence-sentence')).toBeNull();
  });
});

describe('typing while a save is under way', () => {
  it('keeps the newer edits instead of the stored copy', async () => {
    let finish!: () => void;
    await mount({
      captureTab: () => ok({ status: 'new', record: sampleRecord(), fresh: null, timing }),
      saveRecord: ({ record }) => new Promise((r) => (finish = () => r(ok({ record: { ...(record as EventRecord), id: 'stored-id' }, created: true })))),
    });
    await click($('save'));
    await type($('field-city'), 'Bruges');
    await act(() => finish());
    await settle();
    expect(($('field-city') as HTMLInputElement).value).toBe('Bruges');
    expect(state()).toBe('ready');
    await act(() => {
      $('field-city')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, bubbles: true }));
    });
    await settle();
    expect(lastSaved()).toMatchObject({ id: 'stored-id', event: { location: { city: 'Bruges' } } });
  });
});

describe('a page already in the collection', () => {
  it('shows the saved record, offers the fresh extraction, and saves as an update', async () => {
    const saved = sampleRecord({ title: 'My edited title' });
    const fresh = sampleRecord({ title: 'Freshly extracted title' });
    await mount({ captureTab: () => ok({ status: 'existing', record: saved, fresh, timing }), saveRecord: ({ record }) => ok({ record: record as EventRecord, created: false }) });
    expect($('already-captured')?.textContent).toBe('Already captured — showing your saved record');
    expect(($('field-title') as HTMLInputElement).value).toBe('My edited title');
    await click($('take-fresh'));
    expect(($('field-title') as HTMLInputElement).value).toBe('Freshly extracted title');
    expect($('take-fresh')).toBeNull();
    await click($('save'));
    expect(lastSaved()).toMatchObject({ id: 'rec-1', title: 'Freshly extracted title' });
  });
});

describe('the collection', () => {
  const a = sampleRecord({ id: 'a', title: 'First' });
  const b = sampleRecord({ id: 'b', title: 'Second' });
  let stored: EventRecord[];

  beforeEach(async () => {
    stored = [b, a];
    await mount({
      captureTab: () => ({ ok: false, error: { code: 'unscriptable-page', message: 'Browser pages cannot be read.' } }),
      listRecords: ({ query }) => {
        const records = stored.filter((r) => r.title.toLowerCase().includes((query ?? '').toLowerCase()));
        return ok({ records, total: stored.length });
      },
      deleteRecord: ({ id }) => {
        const deleted = stored.find((r) => r.id === id)!;
        stored = stored.filter((r) => r.id !== id);
        return ok({ deleted, versions: [] });
      },
      restoreRecords: ({ records }) => {
        stored = [...(records as EventRecord[]), ...stored];
        return ok({ restored: records.length });
      },
      saveRecord: ({ record }) => {
        stored = [record as EventRecord, ...stored];
        return ok({ record: record as EventRecord, created: true });
      },
      exportRecords: ({ format }) => ok({ filename: `communique.${format}`, mimeType: 'text/csv', content: '\uFEFFid\r\n', encoding: 'utf-8', count: stored.length, skipped: [] }),
    });
    await click($('tab-collection'));
  });

  it('lists records with a count and searches', async () => {
    expect($('collection-count')?.textContent).toBe('2 records');
    expect($$('collection-row').map((r) => r.getAttribute('data-record-id'))).toEqual(['b', 'a']);
    await type($('search'), 'sec');
    await act(() => new Promise<void>((r) => setTimeout(r, 200)));
    await settle();
    expect($('collection-count')?.textContent).toBe('1 record');
    expect(sent.at(-1)).toEqual({ name: 'listRecords', payload: { query: 'sec' } });
  });

  it('deletes with undo', async () => {
    await click($$('delete')[0]);
    expect(sent.at(-1)).toEqual({ name: 'deleteRecord', payload: { id: 'b' } });
    expect($$('collection-row')).toHaveLength(1);
    await click($('undo'));
    expect(sent.find((m) => m.name === 'restoreRecords')?.payload).toMatchObject({ records: [{ id: 'b' }], versions: [] });
    expect($$('collection-row')).toHaveLength(2);
    expect($('undo')).toBeNull();
  });

  it('withdraws the undo after a few seconds', async () => {
    vi.useFakeTimers();
    await act(() => $$('delete')[0].click());
    await act(async () => {
      await vi.advanceTimersByTimeAsync(100);
    });
    expect($('undo')).not.toBeNull();
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10_000);
    });
    expect($('undo')).toBeNull();
  });

  it('opens a record in the form for editing', async () => {
    await click($$('collection-open')[1]);
    expect(state()).toBe('ready');
    expect(($('field-title') as HTMLInputElement).value).toBe('First');
    expect($('already-captured')).toBeNull();
    await click($('save'));
    expect(lastSaved()?.id).toBe('a');
  });

  it('exports through a download', async () => {
    await click($('export-csv'));
    expect(sent.at(-1)).toEqual({ name: 'exportRecords', payload: { format: 'csv' } });
    expect(downloads).toEqual([{ filename: 'communique.csv', mimeType: 'text/csv', content: '\uFEFFid\r\n', encoding: 'utf-8', count: 2, skipped: [] }]);
  });
});
