import { LABEL_TEXT } from '@/components/labels';
import type { Figure, Statement } from '@/utils/analysis/types';
import type { SuggestionCategory } from '@/utils/settings/settings';
import { button, el, setChildren, type Problem, type View } from './dom';
import { errorLine } from './error-line';

export interface SuggestionCardState extends Problem {
  category: SuggestionCategory;
  statement: Statement | undefined;
  figure: Figure | undefined;
  /** The speaker's role, when the speaker is a person named on the page. */
  speakerRole: string | null;
  /** For a person: what the page attributes to them. */
  attributed: Statement[];
  /** Set once the sentence was kept as an annotation. */
  kept?: string;
}

export interface SuggestionCardActions {
  onMark: (label: 'reported' | 'speculation') => void;
  onDismiss: () => void;
}

const TITLES: Record<SuggestionCategory, string> = {
  claim: 'Reported claim',
  hedge: 'Speculation',
  person: 'Person',
  number: 'Figure',
};

/** How many of a person's statements the card lists. */
const LISTED = 5;

/** What an automatic highlight is and why, with the reader's choices about it. */
export function suggestionCard(actions: SuggestionCardActions): View<SuggestionCardState> {
  const panel = el('div', { class: 'panel card', role: 'dialog' });
  const markReported = button(
    { 'data-action': 'mark-reported' },
    () => actions.onMark('reported'),
    `Mark as ${LABEL_TEXT.reported.toLowerCase()}`,
  );
  const markSpeculation = button(
    { 'data-action': 'mark-speculation' },
    () => actions.onMark('speculation'),
    'Mark as speculation',
  );
  const dismiss = button({ 'data-action': 'dismiss' }, actions.onDismiss, 'Dismiss');
  const actionRow = el('div', { class: 'actions' });
  const error = errorLine();

  return {
    element: panel,
    update(state) {
      const { category, statement, figure } = state;
      panel.setAttribute('aria-label', `Claimlight: ${TITLES[category]}`);
      setChildren(actionRow, [statement && markReported, statement && markSpeculation, dismiss]);
      setChildren(panel, [
        el('p', { class: `badge suggestion ${category}` }, TITLES[category]),
        figure && category === 'person' && personLine(figure),
        figure && category === 'number' && el('p', {}, figure.name),
        statement?.attributed &&
          statement.speaker &&
          category !== 'person' &&
          sourceLine(statement.speaker, state.speakerRole),
        statement &&
          statement.cues.length > 0 &&
          category !== 'person' &&
          el('p', { class: 'cues' }, `Cues: ${statement.cues.map((cue) => `“${cue}”`).join(', ')}`),
        category === 'person' && attributedList(state.attributed),
        state.kept ? el('p', { class: 'kept' }, `Kept as ${state.kept}.`) : actionRow,
        error(state.error),
      ]);
    },
  };
}

function personLine(figure: Figure): HTMLElement {
  return el('p', {}, el('strong', {}, figure.name), figure.role && `, ${figure.role}`);
}

function sourceLine(speaker: string, role: string | null): HTMLElement {
  return el('p', { class: 'speaker' }, 'Source: ', el('strong', {}, speaker), role && `, ${role}`);
}

/** What the page attributes to a person: the first few statements, shortened. */
function attributedList(statements: Statement[]): HTMLElement {
  if (statements.length === 0)
    return el(
      'div',
      { class: 'attributed' },
      el('p', { class: 'muted' }, 'Nothing on this page is attributed to them.'),
    );
  const items = statements.slice(0, LISTED).map((s) => {
    const text = s.text.length > 140 ? `${s.text.slice(0, 140)}…` : s.text;
    return el('li', {}, s.label === 'speculation' ? `(speculation) ${text}` : text);
  });
  const more =
    statements.length > LISTED &&
    el('li', { class: 'muted' }, `and ${statements.length - LISTED} more`);
  return el('div', { class: 'attributed' }, el('ul', {}, ...items, more));
}
