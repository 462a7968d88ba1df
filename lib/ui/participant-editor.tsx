// Participants as rows; reordering matters because the first rows are read as the principal people.
import { PARTICIPANT_ROLES, type EventRecord, type Participant, type ParticipantRole } from '../record-schema';
import { useFieldId } from './form-fields';
import { addParticipant, moveParticipant, removeParticipant, updateParticipant } from './participant-rows';

interface Props {
  record: EventRecord;
  onChange: (record: EventRecord) => void;
  onFocusRow: (index: number) => void;
}

const TEXT_COLUMNS = [
  ['name', 'Name'],
  ['title', 'Title'],
  ['position', 'Position'],
  ['affiliation', 'Affiliation'],
] as const;

export function ParticipantEditor({ record, onChange, onFocusRow }: Props) {
  const id = useFieldId('participants');
  const rows = record.event.participants;
  return (
    <fieldset class="participants field--wide" aria-describedby={`${id}-count`}>
      <legend>
        Participants <span id={`${id}-count`} class="muted">({rows.length})</span>
      </legend>
      {rows.length > 0 && (
        <div class="participants__head" aria-hidden="true">
          <span>Name</span>
          <span>Title</span>
          <span>Position</span>
          <span>Affiliation</span>
          <span>Role</span>
          <span />
        </div>
      )}
      {rows.map((p, i) => (
        <ParticipantRow
          key={i}
          index={i}
          count={rows.length}
          participant={p}
          idPrefix={`${id}-${i}`}
          onFocus={() => onFocusRow(i)}
          onPatch={(patch) => onChange(updateParticipant(record, i, patch))}
          onRemove={() => onChange(removeParticipant(record, i))}
          onMove={(delta) => onChange(moveParticipant(record, i, delta))}
        />
      ))}
      <button type="button" class="button button--small" data-testid="participant-add" onClick={() => onChange(addParticipant(record))}>
        + Add participant
      </button>
    </fieldset>
  );
}

interface RowProps {
  index: number;
  count: number;
  participant: Participant;
  idPrefix: string;
  onFocus: () => void;
  onPatch: (patch: Partial<Participant>) => void;
  onRemove: () => void;
  onMove: (delta: -1 | 1) => void;
}

function ParticipantRow({ index, count, participant, idPrefix, onFocus, onPatch, onRemove, onMove }: RowProps) {
  const who = `participant ${index + 1}`;
  return (
    <div class="participant" data-testid="participant-row" onFocusIn={onFocus}>
      {TEXT_COLUMNS.map(([key, label]) => (
        <span key={key} class={`participant__cell participant__cell--${key}`}>
          <label class="sr-only" for={`${idPrefix}-${key}`}>
            {`${label} of ${who}`}
          </label>
          <input
            id={`${idPrefix}-${key}`}
            type="text"
            data-testid={`participant-${key}`}
            placeholder={label}
            value={participant[key] ?? ''}
            aria-invalid={key === 'name' && !participant.name.trim() ? 'true' : undefined}
            onInput={(e) => {
              const v = e.currentTarget.value;
              onPatch({ [key]: key === 'name' ? v : v === '' ? null : v });
            }}
          />
        </span>
      ))}
      <span class="participant__cell participant__cell--role">
        <label class="sr-only" for={`${idPrefix}-role`}>
          {`Role of ${who}`}
        </label>
        <select
          id={`${idPrefix}-role`}
          data-testid="participant-role"
          value={participant.role ?? ''}
          onChange={(e) => onPatch({ role: (e.currentTarget.value || null) as ParticipantRole | null })}
        >
          <option value="">—</option>
          {PARTICIPANT_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </span>
      <span class="participant__actions">
        <button type="button" class="icon-button" data-testid="participant-up" aria-label={`Move ${who} up`} title="Move up" disabled={index === 0} onClick={() => onMove(-1)}>
          ↑
        </button>
        <button type="button" class="icon-button" data-testid="participant-down" aria-label={`Move ${who} down`} title="Move down" disabled={index === count - 1} onClick={() => onMove(1)}>
          ↓
        </button>
        <button type="button" class="icon-button icon-button--danger" data-testid="participant-remove" aria-label={`Remove ${who}`} title="Remove" onClick={onRemove}>
          ✕
        </button>
      </span>
    </div>
  );
}
