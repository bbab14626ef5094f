import { useState } from 'preact/hooks';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { LABEL_TEXT } from './labels';
import { NoteField } from './NoteField';
import { ErrorLine } from './ErrorLine';

interface HoverCardProps {
  annotation: Annotation;
  /** Set after a delete: the card then offers undo instead of actions. */
  deleted: boolean;
  error?: string;
  onRelabel: (label: AnnotationLabel) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onUndo: () => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** What a highlight is, with the reader's note, and the actions on it. */
export function HoverCard(props: HoverCardProps) {
  const { annotation, deleted, error } = props;
  const [editing, setEditing] = useState(false);

  if (deleted) {
    return (
      <div class="panel card" role="dialog" aria-label="Claimlight annotation deleted">
        <p>Annotation deleted.</p>
        <button type="button" onClick={props.onUndo}>
          Undo
        </button>
      </div>
    );
  }

  return (
    <div
      class="panel card"
      role="dialog"
      aria-label={`Claimlight: ${LABEL_TEXT[annotation.label]}`}
    >
      <p class={`badge ${annotation.label}`}>{LABEL_TEXT[annotation.label]}</p>
      {annotation.speaker && <p class="speaker">Speaker: {annotation.speaker}</p>}
      {editing ? (
        <NoteField
          initial={annotation.note}
          onSave={(note) => {
            setEditing(false);
            props.onSaveNote(note);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        annotation.note && <p class="note">{annotation.note}</p>
      )}
      {!editing && (
        <div class="actions">
          <span class="relabel" role="group" aria-label="Relabel">
            {LABELS.filter((label) => label !== annotation.label).map((label) => (
              <button
                type="button"
                data-action={`relabel-${label}`}
                onClick={() => props.onRelabel(label)}
              >
                {LABEL_TEXT[label]}
              </button>
            ))}
          </span>
          <button type="button" data-action="edit-note" onClick={() => setEditing(true)}>
            Edit note
          </button>
          <button type="button" data-action="delete" class="danger" onClick={props.onDelete}>
            Delete
          </button>
        </div>
      )}
      <ErrorLine error={error} />
    </div>
  );
}
