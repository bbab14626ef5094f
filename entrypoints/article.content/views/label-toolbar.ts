import { LABEL_KEY, LABEL_TEXT } from '@/components/labels';
import { ANNOTATION_LABELS, type AnnotationLabel } from '@/utils/db/types';
import { button, el, setChildren, type Problem, type View } from './dom';
import { errorLine } from './error-line';
import { noteField } from './note-field';

/** The toolbar next to a selection: one click (or key) labels the passage. */
export function labelToolbar(onChoose: (label: AnnotationLabel) => void): View<Problem> {
  const panel = el('div', {
    class: 'panel toolbar',
    role: 'toolbar',
    'aria-label': 'Claimlight: label this passage',
  });
  const choices = ANNOTATION_LABELS.map((label) =>
    button(
      {
        class: `choice ${label}`,
        'data-label': label,
        'aria-keyshortcuts': LABEL_KEY[label],
        title: `${LABEL_TEXT[label]} (${LABEL_KEY[label]})`,
      },
      () => onChoose(label),
      `${LABEL_TEXT[label]} `,
      el('kbd', {}, LABEL_KEY[label]),
    ),
  );
  const error = errorLine();
  const update = (state: Problem) => setChildren(panel, [...choices, error(state.error)]);
  update({});
  return { element: panel, update };
}

/** The note box that takes the toolbar's place once the reader chose Note. */
export function noteDialog(actions: {
  onSave: (note: string) => void;
  onCancel: () => void;
}): View<Problem> {
  const panel = el('div', { class: 'panel', role: 'dialog', 'aria-label': 'Claimlight note' });
  const field = noteField(actions);
  const error = errorLine();
  const update = (state: Problem) => setChildren(panel, [field, error(state.error)]);
  update({});
  return { element: panel, update };
}
