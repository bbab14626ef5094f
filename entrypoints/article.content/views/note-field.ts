import { el } from './dom';

export interface NoteFieldOptions {
  initial?: string;
  placeholder?: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A small note box: Enter saves, Shift+Enter breaks the line, Escape cancels. */
export function noteField({
  initial = '',
  placeholder = 'Add a note…',
  onSave,
  onCancel,
}: NoteFieldOptions): HTMLElement {
  const textarea = el('textarea', { rows: '3', 'aria-label': 'Note', placeholder });
  textarea.value = initial;
  textarea.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      onSave(textarea.value.trim());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  });
  // The view that asked for the box shows it in this same task: focus lands right after,
  // before the reader's next keystroke does.
  queueMicrotask(() => textarea.focus());
  return el(
    'div',
    { class: 'note-field' },
    textarea,
    el('div', { class: 'hint' }, 'Enter to save · Esc to cancel'),
  );
}
