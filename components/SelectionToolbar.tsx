import type { AnnotationLabel } from '@/utils/db/types';
import { LABEL_KEY, LABEL_TEXT } from './labels';
import { NoteField } from './NoteField';
import { ErrorLine } from './ErrorLine';

interface SelectionToolbarProps {
  /** True while the note box is open instead of the buttons. */
  writingNote: boolean;
  /** Shown instead of the buttons when saving failed. */
  error?: string;
  onChoose: (label: AnnotationLabel) => void;
  onSaveNote: (note: string) => void;
  onCancel: () => void;
}

const CHOICES: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** The toolbar next to a selection: one click (or key) labels the passage. */
export function SelectionToolbar({
  writingNote,
  error,
  onChoose,
  onSaveNote,
  onCancel,
}: SelectionToolbarProps) {
  if (writingNote) {
    return (
      <div class="panel" role="dialog" aria-label="Claimlight note">
        <NoteField onSave={onSaveNote} onCancel={onCancel} />
      </div>
    );
  }
  return (
    <div class="panel toolbar" role="toolbar" aria-label="Claimlight: label this passage">
      {CHOICES.map((label) => (
        <button
          type="button"
          class={`choice ${label}`}
          data-label={label}
          aria-keyshortcuts={LABEL_KEY[label]}
          title={`${LABEL_TEXT[label]} (${LABEL_KEY[label]})`}
          onClick={() => onChoose(label)}
        >
          {LABEL_TEXT[label]} <kbd>{LABEL_KEY[label]}</kbd>
        </button>
      ))}
      <ErrorLine error={error} />
    </div>
  );
}
