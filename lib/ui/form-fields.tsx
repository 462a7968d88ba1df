// Labelled inputs for the review form. Each reports focus with its record path so the evidence box can
// follow the reviewer's cursor.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { dayProblem } from './day-validation';
import type { FieldMarker } from './field-marker';
import { joinList, sameList, splitList } from './list-text';

let nextId = 0;
/** Ids for label/input pairs; unique per mounted field, stable across renders. */
export function useFieldId(prefix: string): string {
  const [id] = useState(() => `${prefix}-${++nextId}`);
  return id;
}

interface FieldShellProps {
  id: string;
  label: string;
  marker?: FieldMarker | null;
  hint?: string | null;
  wide?: boolean;
  children: ComponentChildren;
}

export function FieldShell({ id, label, marker, hint, wide, children }: FieldShellProps) {
  return (
    <div class={`field${wide ? ' field--wide' : ''}`}>
      <label for={id} class="field__label">
        {label}
        {marker && (
          <span class={`marker marker--${marker.kind}`} title={marker.title} aria-label={marker.title} role="img" />
        )}
      </label>
      {children}
      {hint && (
        <span class="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

interface BaseProps {
  label: string;
  testId: string;
  marker?: FieldMarker | null;
  wide?: boolean;
  onFocus: () => void;
}

export function TextField(props: BaseProps & { value: string | null; onInput: (v: string) => void; placeholder?: string; maxLength?: number; class?: string }) {
  const id = useFieldId(props.testId);
  return (
    <FieldShell id={id} label={props.label} marker={props.marker} wide={props.wide}>
      <input
        id={id}
        type="text"
        data-testid={props.testId}
        value={props.value ?? ''}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        class={props.class}
        onFocus={props.onFocus}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </FieldShell>
  );
}

/**
 * A day typed as YYYY-MM-DD. A text input rather than type=date: the browser's date picker silently
 * turns a half-typed or impossible day into "", and the reviewer should see the value being refused.
 */
export function DayField(props: BaseProps & { value: string | null; onInput: (v: string) => void }) {
  const id = useFieldId(props.testId);
  // A day is judged once the reviewer leaves the field, not at every keystroke of a half-typed date.
  const [typing, setTyping] = useState(false);
  const problem = typing ? null : dayProblem(props.label, props.value);
  return (
    <FieldShell id={id} label={props.label} marker={props.marker} hint={problem}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="YYYY-MM-DD"
        maxLength={10}
        data-testid={props.testId}
        value={props.value ?? ''}
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={problem ? `${id}-hint` : undefined}
        onFocus={() => {
          setTyping(true);
          props.onFocus();
        }}
        onBlur={() => setTyping(false)}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </FieldShell>
  );
}

export function TextAreaField(props: BaseProps & { value: string; onInput: (v: string) => void; rows?: number }) {
  const id = useFieldId(props.testId);
  return (
    <FieldShell id={id} label={props.label} marker={props.marker} wide={props.wide}>
      <textarea id={id} data-testid={props.testId} rows={props.rows ?? 3} value={props.value} onFocus={props.onFocus} onInput={(e) => props.onInput(e.currentTarget.value)} />
    </FieldShell>
  );
}

export function SelectField<T extends string>(
  props: BaseProps & { value: T | ''; options: readonly T[]; emptyLabel?: string; onChange: (v: T | '') => void },
) {
  const id = useFieldId(props.testId);
  return (
    <FieldShell id={id} label={props.label} marker={props.marker} wide={props.wide}>
      <select id={id} data-testid={props.testId} value={props.value} onFocus={props.onFocus} onChange={(e) => props.onChange(e.currentTarget.value as T | '')}>
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/**
 * A list edited as "a; b; c". The typed text is kept as a draft so "a; " survives the keystroke that
 * would otherwise be split away; the draft follows the record only when the record changes elsewhere.
 */
export function ListField(props: BaseProps & { value: readonly string[]; onChange: (v: string[]) => void }) {
  const id = useFieldId(props.testId);
  const [draft, setDraft] = useState(() => joinList(props.value));
  useEffect(() => {
    if (!sameList(splitList(draft), props.value)) setDraft(joinList(props.value));
    // Only an outside change of the list should reset the draft, not the draft itself.
  }, [props.value]);
  return (
    <FieldShell id={id} label={props.label} marker={props.marker} wide={props.wide}>
      <input
        id={id}
        type="text"
        data-testid={props.testId}
        value={draft}
        placeholder="item; item; item"
        onFocus={props.onFocus}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          if (!sameList(splitList(text), props.value)) props.onChange(splitList(text));
        }}
        onBlur={() => setDraft(joinList(props.value))}
      />
    </FieldShell>
  );
}
