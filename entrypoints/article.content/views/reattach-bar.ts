import { button, el, setChildren, type View } from './dom';
import { errorLine } from './error-line';

export interface ReattachState {
  /** The lost passage, as it was saved. */
  quote: string;
  /** True once the reader has selected text to attach it to. */
  hasSelection: boolean;
  error?: string;
}

/** Guides the reader through re-attaching an annotation whose text is no longer on the page. */
export function reattachBar(actions: {
  onAttach: () => void;
  onCancel: () => void;
}): View<ReattachState> {
  const panel = el('div', {
    class: 'panel toolbar',
    role: 'dialog',
    'aria-label': 'Claimlight: re-attach an annotation',
  });
  const hint = el('p', { class: 'hint-line' });
  const attach = button(
    { 'aria-keyshortcuts': 'a' },
    actions.onAttach,
    'Attach here ',
    el('kbd', {}, 'a'),
  );
  const cancel = button({}, actions.onCancel, 'Cancel ', el('kbd', {}, 'Esc'));
  const error = errorLine();
  return {
    element: panel,
    update({ quote, hasSelection, error: problem }) {
      const short = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
      hint.textContent = hasSelection
        ? `Attach “${short}” here?`
        : `Select the text to attach “${short}” to.`;
      setChildren(panel, [hint, hasSelection && attach, cancel, error(problem)]);
    },
  };
}
