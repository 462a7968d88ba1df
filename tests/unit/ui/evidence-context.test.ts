import { describe, expect, it } from 'vitest';
import { evidenceFor, sentenceAround } from '../../../lib/ui/evidence-context';
import { sampleRecord } from './record-fixture';

describe('evidence for a focused field', () => {
  it('shows the whole sentence around a quote, not swallowing titles such as "H.E. Mr."', () => {
    const view = evidenceFor(sampleRecord(), 'event.start');
    expect(view?.quote).toBe('12 March 2024');
    expect(view?.sentence).toEqual({
      before: 'The Ambassador of Japan, H.E. Mr. Taro Yamada, met the Mayor of Ghent on ',
      match: '12 March 2024',
      after: '.',
    });
  });

  it('starts at the previous sentence end', () => {
    const view = evidenceFor(sampleRecord(), 'event.location.venue');
    expect(view?.sentence?.before).toBe('The meeting took place at the ');
    expect(view?.sentence?.after).toBe('.');
  });

  it('has no sentence for metadata evidence', () => {
    const view = evidenceFor(sampleRecord(), 'source.publisher');
    expect(view).toEqual({ path: 'source.publisher', quote: 'Embassy of Japan in Belgium', sentence: null });
  });

  it('uses the row’s evidence for a participant, else the list’s', () => {
    const r = sampleRecord();
    expect(evidenceFor(r, 'event.participants.1')?.quote).toBe('Mayor of Ghent');
    expect(evidenceFor(r, 'event.participants.5')).toBeNull();
    const withList = { ...r, evidence: { ...r.evidence, 'event.participants': { quote: 'They', start: 88, end: 92 } } };
    expect(evidenceFor(withList, 'event.participants.5')?.path).toBe('event.participants');
  });

  it('returns null for offsets outside the text', () => {
    expect(sentenceAround('short', 2, 99)).toBeNull();
    expect(sentenceAround('short', 3, 2)).toBeNull();
  });

  it('clips a very long sentence with an ellipsis', () => {
    const text = `${'word '.repeat(200)}KEY ${'word '.repeat(200)}`;
    const start = text.indexOf('KEY');
    const s = sentenceAround(text, start, start + 3)!;
    expect(s.before.startsWith('…')).toBe(true);
    expect(s.after.endsWith('…')).toBe(true);
    expect(s.before.length).toBeLessThan(300);
  });
});
