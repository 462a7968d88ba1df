// Each format is read back by a real parser for it, not compared as strings.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { parse as parseYaml } from 'yaml';
import { PARTICIPANT_CSV_COLUMNS } from '@/lib/export/csv-export';
import { toMarkdownNote } from '@/lib/export/markdown-export';
import { exportBytes, exportRecords, toTransferable } from '@/lib/export/export-records';
import { EventRecordSchema } from '@/lib/record-schema';
import { makeRecord } from '../support/record-factory';

const now = new Date('2025-06-01T12:00:00Z');
const parseHtml = (html: string) => new JSDOM(html).window.document;
const links = (html: string) => [...parseHtml(html).querySelectorAll('a')].map((a) => a.getAttribute('href'));
const multiDay = { ...makeRecord({ title: 'Forum: "China–EU", day 1; day 2' }), event: { ...makeRecord().event, start: '2025-03-30', end: '2025-04-01', type: 'conference' as const } };
const undated = { ...makeRecord({ title: 'Statement without a date' }), event: { ...makeRecord().event, start: null, end: null, type: 'statement' as const } };
const records = [makeRecord(), multiDay, undated];

describe('export formats', () => {
  it('NDJSON: one schema-valid record per line', () => {
    const lines = exportRecords(records, 'ndjson', now).content.trim().split('\n');
    expect(lines.map((l) => EventRecordSchema.parse(JSON.parse(l)))).toEqual(records);
  });

  it('participants CSV: one row per person per event', () => {
    const file = exportRecords(records, 'csv-participants', now);
    const parsed = Papa.parse<Record<string, string>>(file.content.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...PARTICIPANT_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(records.reduce((n, r) => n + r.event.participants.length, 0));
    expect(parsed.data[1]).toMatchObject({ name: 'Li Hua', title: 'Minister', role: 'counterpart', order: '2' });
  });

  it('iCalendar: all-day events with exclusive end, location and URL; undated records listed as skipped', () => {
    const file = exportRecords(records, 'ics', now);
    expect(file.skipped).toEqual([undated.id]);
    expect(file.count).toBe(2);
    const calendar = new ICAL.Component(ICAL.parse(file.content));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    const forum = events.find((e) => e.uid === `${multiDay.id}@communique`)!;
    expect(forum.summary).toBe('Forum: "China–EU", day 1; day 2');
    expect(forum.startDate.isDate).toBe(true);
    expect(forum.startDate.toString()).toBe('2025-03-30');
    expect(forum.endDate.toString()).toBe('2025-04-02');
    expect(forum.location).toBe('Brussels, BE');
    expect(forum.component.getFirstPropertyValue('url')).toBe(multiDay.source.url);
    expect(file.content.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
  });

  it('CSL-JSON: citation.js reads it and renders a bibliography entry with publisher and date', () => {
    const file = exportRecords(records, 'csl-json', now);
    const cite = new Cite(JSON.parse(file.content));
    expect(cite.data).toHaveLength(3);
    expect(cite.data[0]).toMatchObject({ type: 'report', genre: 'Press release', publisher: 'Embassy of Example', issued: { 'date-parts': [[2025, 3, 4]] } });
    const bibliography = cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(bibliography).toContain('Embassy of Example');
    expect(bibliography).toContain('2025');
    expect(bibliography).toContain(records[0].title);
  });

  it('Markdown zip: one note per record whose YAML front matter parses back', () => {
    const file = exportRecords(records, 'markdown', now);
    expect(file.content).toBeInstanceOf(Uint8Array);
    const entries = unzipSync(exportBytes(file));
    const names = Object.keys(entries).sort();
    expect(names).toHaveLength(3);
    expect(names.every((n) => /^\d{4}-\d{2}-\d{2}-[\p{L}\p{N}-]+\.md$/u.test(n))).toBe(true);
    const note = strFromU8(entries[names.find((n) => n.startsWith('2025-03-30'))!]);
    const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(note)!;
    const front = parseYaml(yaml);
    expect(front).toMatchObject({ title: multiDay.title, start: '2025-03-30', end: '2025-04-01', type: 'conference', city: 'Brussels' });
    expect(front.participants[0]).toMatchObject({ name: 'Jane Example', title: 'Ambassador' });
    expect(body).toContain(multiDay.text);
  });

  it('Markdown: page text and imported values render as text, and only http(s) URLs become links', () => {
    // Rendered as Obsidian does, with raw HTML allowed.
    const md = new MarkdownIt({ html: true, linkify: false });
    const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> [click](javascript:alert(3)) <javascript:alert(4)>';
    const rec = makeRecord({ title: `Reception ${hostile}` });
    rec.summary = hostile;
    rec.text = `Para one. ${hostile}\n\nPara two.`;
    rec.review.notes = hostile;
    rec.event.participants = [{ name: '<b onmouseover=alert(5)>Jane</b>', title: null, position: hostile, affiliation: null, role: null }];
    for (const url of ['javascript:alert(6)', 'https://example.org/a?b=<c>']) {
      rec.source.url = url;
      const html = md.render(toMarkdownNote(rec).replace(/^---\n[\s\S]*?\n---\n/, ''));
      const dom = parseHtml(html);
      expect(dom.querySelectorAll('img, script, b, [onerror], [onmouseover]')).toHaveLength(0);
      const links = [...dom.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links.every((href) => /^https?:/.test(href ?? ''))).toBe(true);
      // What the page said is still there to read.
      expect(dom.body.textContent).toContain('<script>alert(2)</script>');
      expect(dom.body.textContent).toContain('[click](javascript:alert(3))');
    }
    expect(links(md.render(toMarkdownNote({ ...rec, source: { ...rec.source, url: 'https://example.org/news/1' } })))).toEqual(['https://example.org/news/1']);
  });

  it('PLOVER JSONL: category, CAMEO code, actors and recipients', () => {
    const lines = exportRecords(records, 'plover', now).content.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ event_type: 'CONSULT', cameo: '040', mode: 'meet', date: '2025-03-03', actor: ['Embassy of Example', 'Jane Example'], recipient: ['Li Hua (Ministry of Trade)'] });
    expect(lines[0].location).toEqual({ venue: null, city: 'Brussels', country: 'BE' });
    expect(lines[2]).toMatchObject({ event_type: null, cameo: '010', date: null });
  });
});

describe('iCalendar with hostile values', () => {
  it('lets no control character reach a line: a URL or title with CR/LF adds no property', () => {
    const rec = makeRecord({ title: 'Reception\rATTACH:https://evil.example/a\r\nX-EVIL:1' });
    rec.source.url = 'https://example.org/news\r\nATTACH:https://evil.example/payload.exe\nX-INJECTED:yes';
    rec.event.location = { venue: 'Hall\rATTACH:x', city: 'Lakeside\u0000', country: 'BE' };
    rec.summary = 'Line one\nLine two\rATTACH:y\u000b';
    const content = exportRecords([rec], 'ics', now).content;
    const lines = content.split('\r\n');
    // A line-based reader: every line is a property, a continuation or the end; nothing else splits it.
    expect(lines.every((l) => !/[\u0000-\u0008\u000a-\u001f\u007f]/.test(l))).toBe(true);
    const names = lines.filter((l) => l && !l.startsWith(' ')).map((l) => /^[A-Z-]+/.exec(l)?.[0]);
    expect(names.filter((n) => n === 'ATTACH' || n?.startsWith('X-'))).toEqual([]);
    const event = new ICAL.Component(ICAL.parse(content)).getFirstSubcomponent('vevent')!;
    expect(event.getAllProperties().map((p) => p.name).filter((n) => n === 'attach' || n.startsWith('x-'))).toEqual([]);
    expect(event.getFirstPropertyValue('url')).toBe('https://example.org/news ATTACH:https://evil.example/payload.exe X-INJECTED:yes'.replace(/ /g, '%20'));
    expect(event.getFirstPropertyValue('description')).toContain('Line one\nLine two');
  });
});

describe('iCalendar folding', () => {
  it('folds long CJK lines within 75 octets without splitting a character', () => {
    const title = `${'中国驻欧盟使团举行研讨会'.repeat(6)}é`;
    const file = exportRecords([makeRecord({ title })], 'ics', now);
    const lines = file.content.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.content)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(title);
  });
});

describe('exports through the message channel', () => {
  it('carries the Markdown zip as base64 and the bytes come back intact', () => {
    const file = exportRecords(records, 'markdown', now);
    const sent = toTransferable(file);
    expect(sent.encoding).toBe('base64');
    expect(exportBytes(sent)).toEqual(file.content);
    expect(toTransferable(exportRecords(records, 'csv', now)).encoding).toBe('utf-8');
  });
});
