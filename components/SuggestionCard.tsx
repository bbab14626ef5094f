import type { Figure, Statement } from '@/utils/analysis/types';
import type { SuggestionCategory } from '@/utils/settings/settings';
import { LABEL_TEXT } from './labels';
import { ErrorLine } from './ErrorLine';

interface SuggestionCardProps {
  category: SuggestionCategory;
  statement: Statement | undefined;
  figure: Figure | undefined;
  /** The speaker's role, when the speaker is a person named on the page. */
  speakerRole: string | null;
  /** For a person: what the page attributes to them. */
  attributed: Statement[];
  /** Set once the sentence was kept as an annotation. */
  kept?: string;
  error?: string;
  onMark: (label: 'reported' | 'speculation') => void;
  onDismiss: () => void;
}

const TITLES: Record<SuggestionCategory, string> = {
  claim: 'Reported claim',
  hedge: 'Speculation',
  person: 'Person',
  number: 'Figure',
};

/** What an automatic highlight is and why, with the reader's choices about it. */
export function SuggestionCard(props: SuggestionCardProps) {
  const { category, statement, figure } = props;
  return (
    <div class="panel card" role="dialog" aria-label={`Claimlight: ${TITLES[category]}`}>
      <p class={`badge suggestion ${category}`}>{TITLES[category]}</p>
      {figure && category === 'person' && (
        <p>
          <strong>{figure.name}</strong>
          {figure.role ? `, ${figure.role}` : ''}
        </p>
      )}
      {figure && category === 'number' && <p>{figure.name}</p>}
      {statement?.attributed && statement.speaker && category !== 'person' && (
        <p class="speaker">
          Source: <strong>{statement.speaker}</strong>
          {props.speakerRole ? `, ${props.speakerRole}` : ''}
        </p>
      )}
      {statement && statement.cues.length > 0 && category !== 'person' && (
        <p class="cues">Cues: {statement.cues.map((cue) => `“${cue}”`).join(', ')}</p>
      )}
      {category === 'person' && (
        <div class="attributed">
          {props.attributed.length === 0 ? (
            <p class="muted">Nothing on this page is attributed to them.</p>
          ) : (
            <ul>
              {props.attributed.slice(0, 5).map((s) => (
                <li>
                  {s.label === 'speculation' ? '(speculation) ' : ''}
                  {s.text.length > 140 ? `${s.text.slice(0, 140)}…` : s.text}
                </li>
              ))}
              {props.attributed.length > 5 && (
                <li class="muted">and {props.attributed.length - 5} more</li>
              )}
            </ul>
          )}
        </div>
      )}
      {props.kept ? (
        <p class="kept">Kept as {props.kept}.</p>
      ) : (
        <div class="actions">
          {statement && (
            <>
              <button
                type="button"
                data-action="mark-reported"
                onClick={() => props.onMark('reported')}
              >
                Mark as {LABEL_TEXT.reported.toLowerCase()}
              </button>
              <button
                type="button"
                data-action="mark-speculation"
                onClick={() => props.onMark('speculation')}
              >
                Mark as speculation
              </button>
            </>
          )}
          <button type="button" data-action="dismiss" onClick={props.onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      <ErrorLine error={props.error} />
    </div>
  );
}
