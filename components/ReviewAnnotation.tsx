import { useEffect, useRef } from 'preact/hooks';
import type { Annotation, AnnotationLabel } from '@/utils/db/types';
import { LABEL_TEXT } from './labels';
import { NoteField } from './NoteField';
import { OpenInPageLink } from './OpenInPageLink';

interface ReviewAnnotationProps {
  annotation: Annotation;
  /**
   * The article URL that scrolls to this passage (a text fragment link): what a middle
   * click or "open in new tab" uses; a plain click calls onOpen, which flashes the passage.
   */
  openHref: string;
  selected: boolean;
  /** The keyboard cursor is on this row: it takes focus so screen readers follow. */
  active: boolean;
  editing: boolean;
  /** When the passage was last looked for on its page and not found there. */
  notFoundSince?: string;
  onToggleSelect: () => void;
  onActivate: () => void;
  onEditChange: (editing: boolean) => void;
  onRelabel: (label: AnnotationLabel) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
  onOpen: () => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** One saved annotation in the review list: select, relabel, edit its note, open, delete. */
export function ReviewAnnotation(props: ReviewAnnotationProps) {
  const { annotation, openHref, selected, active, editing } = props;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (active && !editing && !ref.current?.contains(document.activeElement)) {
      ref.current?.focus({ preventScroll: true });
    }
  }, [active, editing]);

  return (
    <article
      ref={ref}
      tabIndex={-1}
      class={`review-annotation ${annotation.label}${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      data-id={annotation.id}
      aria-current={active ? 'true' : undefined}
      onClick={props.onActivate}
    >
      <div class="row">
        <input
          type="checkbox"
          aria-label="Select"
          checked={selected}
          onChange={props.onToggleSelect}
        />
        <select
          aria-label="Label"
          value={annotation.label}
          onChange={(e) =>
            props.onRelabel((e.target as HTMLSelectElement).value as AnnotationLabel)
          }
        >
          {LABELS.map((label) => (
            <option value={label}>{LABEL_TEXT[label]}</option>
          ))}
        </select>
        <blockquote>{annotation.target.quote.exact}</blockquote>
      </div>
      <p class="muted meta">
        {annotation.speaker && <span class="speaker">Speaker: {annotation.speaker} · </span>}
        <span>{annotation.title}</span> · <span>{annotation.site}</span>
        {annotation.origin === 'suggestion' && <span> · kept suggestion</span>}
      </p>
      {props.notFoundSince && (
        <p class="orphan-flag">
          Not found on this page when it was last opened (
          {new Date(props.notFoundSince).toLocaleDateString()}): open it to re-attach or delete.
        </p>
      )}
      {editing ? (
        <NoteField
          initial={annotation.note}
          onSave={(note) => {
            props.onEditChange(false);
            props.onSaveNote(note);
          }}
          onCancel={() => props.onEditChange(false)}
        />
      ) : (
        annotation.note && <p class="note">{annotation.note}</p>
      )}
      <div class="row actions">
        <time class="muted" dateTime={annotation.createdAt}>
          {new Date(annotation.createdAt).toLocaleString()}
        </time>
        <OpenInPageLink href={openHref} onOpen={props.onOpen}>
          Open in page
        </OpenInPageLink>
        {!editing && (
          <button type="button" data-action="edit-note" onClick={() => props.onEditChange(true)}>
            {annotation.note ? 'Edit note' : 'Add note'}
          </button>
        )}
        <button type="button" data-action="delete" class="danger" onClick={props.onDelete}>
          Delete
        </button>
      </div>
    </article>
  );
}
