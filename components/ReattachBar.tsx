import { ErrorLine } from './ErrorLine';

interface ReattachBarProps {
  /** The lost passage, as it was saved. */
  quote: string;
  /** True once the reader has selected text to attach it to. */
  hasSelection: boolean;
  error?: string;
  onAttach: () => void;
  onCancel: () => void;
}

/** Guides the reader through re-attaching an annotation whose text is no longer on the page. */
export function ReattachBar({ quote, hasSelection, error, onAttach, onCancel }: ReattachBarProps) {
  const short = quote.length > 80 ? `${quote.slice(0, 80)}…` : quote;
  return (
    <div class="panel toolbar" role="dialog" aria-label="Claimlight: re-attach an annotation">
      <p class="hint-line">
        {hasSelection ? 'Attach' : 'Select the text to attach'} “{short}”
        {hasSelection ? ' here?' : ' to.'}
      </p>
      {hasSelection && (
        <button type="button" aria-keyshortcuts="a" onClick={onAttach}>
          Attach here <kbd>a</kbd>
        </button>
      )}
      <button type="button" onClick={onCancel}>
        Cancel <kbd>Esc</kbd>
      </button>
      <ErrorLine error={error} />
    </div>
  );
}
