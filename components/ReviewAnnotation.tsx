import { useState } from 'preact/hooks';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { LABEL_TEXT } from './labels';
import { NoteField } from './NoteField';

interface ReviewAnnotationProps {
  annotation: Annotation;
  onRelabel: (label: AnnotationLabel) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** One saved annotation in the review list, editable in place. */
export function ReviewAnnotation({
  annotation,
  onRelabel,
  onSaveNote,
  onDelete,
}: ReviewAnnotationProps) {
  const [editing, setEditing] = useState(false);
  return (
    <li class={`review-annotation ${annotation.label}`} data-id={annotation.id}>
      <div class="row">
        <select
          aria-label="Label"
          value={annotation.label}
          onChange={(e) => onRelabel((e.target as HTMLSelectElement).value as AnnotationLabel)}
        >
          {LABELS.map((label) => (
            <option value={label}>{LABEL_TEXT[label]}</option>
          ))}
        </select>
        <blockquote>{annotation.target.quote.exact}</blockquote>
      </div>
      {annotation.speaker && <p class="muted">Speaker: {annotation.speaker}</p>}
      {editing ? (
        <NoteField
          initial={annotation.note}
          onSave={(note) => {
            setEditing(false);
            onSaveNote(note);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        annotation.note && <p class="note">{annotation.note}</p>
      )}
      <div class="row actions">
        <time class="muted" dateTime={annotation.createdAt}>
          {new Date(annotation.createdAt).toLocaleString()}
        </time>
        {!editing && (
          <button type="button" data-action="edit-note" onClick={() => setEditing(true)}>
            {annotation.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button type="button" data-action="delete" class="danger" onClick={onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
