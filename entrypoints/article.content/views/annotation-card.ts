import { LABEL_TEXT } from '@/components/labels';
import { ANNOTATION_LABELS, type Annotation, type AnnotationLabel } from '@/utils/db/types';
import { button, el, setChildren, type Problem, type View } from './dom';
import { errorLine } from './error-line';
import { noteField } from './note-field';

export interface AnnotationCardState extends Problem {
  annotation: Annotation;
}

export interface AnnotationCardActions {
  onRelabel: (label: AnnotationLabel) => void;
  onSaveNote: (note: string) => void;
  onDelete: () => void;
}

/**
 * What a highlight is, with the reader's note, and the actions on it: relabel, edit the
 * note in place, delete. Controls are made once and kept, so focus survives updates.
 */
export function annotationCard(actions: AnnotationCardActions): View<AnnotationCardState> {
  const panel = el('div', { class: 'panel card', role: 'dialog' });
  let state: AnnotationCardState | undefined;
  /** The note box, while the reader edits the note. */
  let editor: HTMLElement | undefined;
  /** The labels the two relabel buttons offer: the ones the annotation does not have. */
  let others: AnnotationLabel[] = [];

  const startEditing = () => {
    editor = noteField({
      initial: state?.annotation.note,
      onSave: (note) => {
        stopEditing();
        actions.onSaveNote(note);
      },
      onCancel: stopEditing,
    });
    render();
  };
  const stopEditing = () => {
    editor = undefined;
    render();
  };
  const relabel = [0, 1].map((i) =>
    button({}, () => {
      const label = others[i];
      if (label) actions.onRelabel(label);
    }),
  );
  const actionRow = el(
    'div',
    { class: 'actions' },
    el('span', { class: 'relabel', role: 'group', 'aria-label': 'Relabel' }, ...relabel),
    button({ 'data-action': 'edit-note' }, startEditing, 'Edit note'),
    button({ 'data-action': 'delete', class: 'danger' }, actions.onDelete, 'Delete'),
  );
  const error = errorLine();

  function render() {
    if (!state) return;
    const { annotation } = state;
    const label = LABEL_TEXT[annotation.label];
    panel.setAttribute('aria-label', `Claimlight: ${label}`);
    others = ANNOTATION_LABELS.filter((other) => other !== annotation.label);
    // The same two buttons offer other labels now (a focused one stays focused).
    relabel.forEach((control, i) => {
      const offered = others[i];
      if (!offered) return;
      control.dataset.action = `relabel-${offered}`;
      control.textContent = LABEL_TEXT[offered];
    });
    setChildren(panel, [
      el('p', { class: `badge ${annotation.label}` }, label),
      annotation.speaker && el('p', { class: 'speaker' }, `Speaker: ${annotation.speaker}`),
      editor ?? (annotation.note && el('p', { class: 'note' }, annotation.note)),
      !editor && actionRow,
      error(state.error),
    ]);
  }

  return {
    element: panel,
    update(next) {
      state = next;
      render();
    },
  };
}

/** The card after a delete: it offers undo instead of actions. */
export function deletedCard(onUndo: () => void): View<Problem> {
  const panel = el('div', {
    class: 'panel card',
    role: 'dialog',
    'aria-label': 'Claimlight annotation deleted',
  });
  const message = el('p', {}, 'Annotation deleted.');
  const undo = button({}, onUndo, 'Undo');
  const error = errorLine();
  return {
    element: panel,
    update: (state) => setChildren(panel, [message, undo, error(state.error)]),
  };
}
