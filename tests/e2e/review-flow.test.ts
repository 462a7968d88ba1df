// The popup's main path, driven as a user drives it: toolbar click → record shown → edit a
// participant and the event type → Save → close → toolbar click again → "already captured" with
// the edits kept → capture again → still one record. Also writes assets/popup-screenshot.png.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile } from '../../lib/cli/extract-page';
import { EVENT_TYPES, type EventRecord } from '../../lib/record-schema';
import { CORPUS_DIR, REPO_ROOT, tid, waitUntil } from './harness';
import { useBrowserAndServer } from './suite';

const STEM = 'cn-eu-2025-09-07-symposium-anti-fascist-war';
export const SCREENSHOT = join(REPO_ROOT, 'assets/popup-screenshot.png');

describe('review in the popup, save, reopen, recapture', () => {
  const suite = useBrowserAndServer();
  let url: string;
  let expected: EventRecord;
  beforeAll(() => {
    url = suite.server.corpusUrl(STEM);
    expected = extractFile(join(CORPUS_DIR, `${STEM}.html`), { url });
  });

  const NAME = 'Hao Lin (checked)';
  const POSITION = 'Head of Mission, edited in the e2e test';
  let newType: string;

  it('shows the captured record after a toolbar click, unsaved', async () => {
    await suite.browser.goto(url);
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    expect(await popup.value(tid('field-title'))).toBe(expected.title);
    expect(await popup.value(tid('field-type'))).toBe(expected.event.type);
    expect(await popup.exists(tid('already-captured'))).toBe(false);
    expect(await popup.exists(tid('saved-indicator'))).toBe(false);
    expect(await popup.count(tid('participant-row'))).toBe(expected.event.participants.length);
    // Showing is not saving.
    expect(await suite.browser.storedRecords()).toEqual([]);
    // Focusing a field shows the sentence it came from; the screenshot shows that too.
    await popup.click(tid('field-start'));
    expect(await popup.text(tid('evidence'))).toContain(expected.evidence['event.start']!.quote);
    const size = await popup.screenshot(SCREENSHOT);
    expect(size.width).toBeGreaterThanOrEqual(300);
  });

  it('saves edits to a participant and to the event type', async () => {
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    if ((await popup.count(tid('participant-row'))) === 0) {
      await popup.click(tid('participant-add'));
      await popup.waitFor(`document.querySelectorAll('[data-testid="participant-row"]').length === 1`, 'a participant row after participant-add');
    }
    await popup.fill(tid('participant-name'), NAME, 0);
    await popup.fill(tid('participant-position'), POSITION, 0);
    newType = EVENT_TYPES.find((t) => t !== expected.event.type && t !== 'other')!;
    await popup.select(tid('field-type'), newType);

    await popup.click(tid('save'));
    await popup.waitForState('saved');
    expect(await popup.exists(tid('saved-indicator'))).toBe(true);
    expect(await popup.text(tid('status'))).toBe('Saved to your collection.');

    const stored = await suite.browser.storedRecords();
    expect(stored).toHaveLength(1);
    expect(stored[0].title).toBe(expected.title);
    expect(stored[0].source.url).toBe(url);
    expect(stored[0].event.type).toBe(newType);
    expect(stored[0].event.participants[0]).toMatchObject({ name: NAME, position: POSITION });
  });

  it('reopened, says the page is already captured and shows the saved edits', async () => {
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    await popup.waitFor(`!!document.querySelector('[data-testid="already-captured"]')`, 'the already-captured banner');
    expect(await popup.value(tid('participant-name'), 0)).toBe(NAME);
    expect(await popup.value(tid('participant-position'), 0)).toBe(POSITION);
    expect(await popup.value(tid('field-type'))).toBe(newType);
    expect(await popup.value(tid('field-title'))).toBe(expected.title);

    // Saving this second capture updates the one record.
    await popup.click(tid('save'));
    await popup.waitForState('saved');
    expect(await popup.text(tid('status'))).toBe('Your saved record was updated.');
  });

  it('a further capture of the same page keeps one record, with the edits', async () => {
    await suite.browser.goto(url); // a reload, as a user coming back to the page
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    expect(await popup.exists(tid('already-captured'))).toBe(true);
    await popup.click(tid('save'));
    await popup.waitForState('saved');

    const list = await popup.request<{ records: EventRecord[]; total: number }>('listRecords', { query: '' });
    if (!list.ok) throw new Error(`listRecords failed: ${list.error.message}`);
    expect(list.value.total).toBe(1);
    expect(list.value.records[0].event.participants[0].name).toBe(NAME);

    await popup.click(tid('tab-collection'));
    await popup.waitFor(`document.querySelector('[data-testid="collection-count"]')?.textContent === '1 record'`, 'the collection count to read "1 record"');
    expect(await popup.count(tid('collection-row'))).toBe(1);
    expect(await popup.attribute(tid('collection-row'), 'data-record-id')).toBe(list.value.records[0].id);
    const stored = await suite.browser.storedRecords();
    expect(stored.map((r) => r.id)).toEqual([list.value.records[0].id]);
  });

  it('"Use the new extraction" swaps the saved edits for the fresh reading', async () => {
    const popup = await suite.browser.clickToolbarButton();
    await popup.waitForState('ready');
    await popup.click(tid('take-fresh'));
    await waitUntil(async () => (await popup.value(tid('field-type'))) === expected.event.type, 'the fresh event type in the form', {
      describe: () => popup.describe(),
    });
    expect(await popup.count(tid('participant-row'))).toBe(expected.event.participants.length);
    // Not saved until Save: the stored record still has the edits.
    expect((await suite.browser.storedRecords())[0].event.type).toBe(newType);
  });
});
