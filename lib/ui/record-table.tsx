// The collection as a virtual table: fixed 34-px rows, only those in view (plus a margin) rendered,
// so 10,000 records scroll and re-filter as fast as 40. Page text is rendered as text nodes.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SortKey, SortOrder } from '../collection/collection-query';
import type { RecordSummary } from '../collection/record-summary';
import { scrollToRow, visibleRange } from '../collection/virtual-range';
import { eventDateOfSummary } from './collection-text';

export const ROW_HEIGHT = 34;

const COLUMNS: { key: SortKey | null; label: string; className: string }[] = [
  { key: 'title', label: 'Title', className: 'cell--title' },
  { key: 'publisher', label: 'Publisher', className: 'cell--publisher' },
  { key: 'eventDate', label: 'Event date', className: 'cell--date' },
  { key: 'publishedDate', label: 'Published', className: 'cell--published' },
  { key: 'type', label: 'Type', className: 'cell--type' },
  { key: null, label: 'Country', className: 'cell--country' },
  { key: null, label: 'Status', className: 'cell--status' },
  { key: null, label: 'Tags', className: 'cell--tags' },
];

interface Props {
  rows: readonly RecordSummary[];
  cursor: number;
  selected: ReadonlySet<string>;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  onToggle: (id: string, range: boolean) => void;
  onToggleAll: () => void;
  onOpen: (index: number) => void;
  onCursor: (index: number) => void;
}

export function RecordTable({ rows, cursor, selected, sort, onSort, onToggle, onToggleAll, onOpen, onCursor }: Props) {
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Keyboard moves keep the highlighted row in view.
  useEffect(() => {
    const el = body.current;
    if (!el || cursor < 0) return;
    const top = scrollToRow(cursor, el.scrollTop, el.clientHeight || height, ROW_HEIGHT);
    if (top !== el.scrollTop) {
      el.scrollTop = top;
      setScrollTop(top);
    }
  }, [cursor]);

  // A new filter starts at the top; an old scroll offset could point past the end of a shorter list.
  useEffect(() => {
    const el = body.current;
    if (el && el.scrollTop > rows.length * ROW_HEIGHT) {
      el.scrollTop = 0;
      setScrollTop(0);
    }
  }, [rows]);

  const { start, end } = visibleRange(scrollTop, height, ROW_HEIGHT, rows.length);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const rendered = [];
  for (let i = start; i < end; i++) {
    const r = rows[i];
    rendered.push(
      <div
        key={r.id}
        role="row"
        class={`row${i === cursor ? ' row--cursor' : ''}${selected.has(r.id) ? ' row--selected' : ''}`}
        style={{ top: `${i * ROW_HEIGHT}px` }}
        data-testid="collection-row"
        data-record-id={r.id}
        data-index={i}
        aria-rowindex={i + 2}
        aria-selected={selected.has(r.id)}
        aria-current={i === cursor ? 'true' : undefined}
        onClick={() => onCursor(i)}
        onDblClick={() => onOpen(i)}
      >
        <span class="cell cell--check" role="gridcell">
          <input
            type="checkbox"
            data-testid="row-select"
            aria-label={`Select “${r.title || 'untitled record'}”`}
            checked={selected.has(r.id)}
            onClick={(e) => {
              e.stopPropagation();
              onToggle(r.id, e.shiftKey);
            }}
          />
        </span>
        <span class="cell cell--title" role="gridcell">
          <button type="button" class="link-button" data-testid="row-open" title={r.url} onClick={() => onOpen(i)}>
            {r.title || 'Untitled record'}
          </button>
          {r.versions > 0 && (
            <span class="pill" title="Other versions of this page were kept by an import">
              +{r.versions}
            </span>
          )}
        </span>
        <span class="cell cell--publisher" role="gridcell" title={r.publisher ?? ''}>
          {r.publisher ?? '—'}
        </span>
        <span class="cell cell--date" role="gridcell" data-testid="row-event-date">
          {eventDateOfSummary(r)}
        </span>
        <span class="cell cell--published" role="gridcell">
          {r.publishedDate ?? '—'}
        </span>
        <span class="cell cell--type" role="gridcell">
          {r.type}
        </span>
        <span class="cell cell--country" role="gridcell">
          {r.country ?? ''}
        </span>
        <span class={`cell cell--status status-${r.status}`} role="gridcell" data-testid="row-status">
          {r.status}
        </span>
        <span class="cell cell--tags" role="gridcell" data-testid="row-tags" title={r.tags.join('; ')}>
          {r.tags.join('; ')}
        </span>
      </div>,
    );
  }

  return (
    <div class="table" role="grid" aria-rowcount={rows.length + 1} aria-label="Records">
      <div class="row row--head" role="row">
        <span class="cell cell--check" role="columnheader">
          <input type="checkbox" data-testid="select-all" aria-label="Select every record shown" checked={allSelected} onClick={onToggleAll} />
        </span>
        {COLUMNS.map((c) => (
          <span key={c.label} class={`cell ${c.className}`} role="columnheader" aria-sort={c.key && sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
            {c.key ? (
              <button type="button" class="sort-button" data-testid={`sort-${c.key}`} onClick={() => onSort(c.key!)}>
                {c.label}
                {sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
              </button>
            ) : (
              c.label
            )}
          </span>
        ))}
      </div>
      <div class="table__body" ref={body} data-testid="table-body" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <div class="table__spacer" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
          {rendered}
        </div>
      </div>
    </div>
  );
}
