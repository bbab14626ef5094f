import type { AnnotationLabel } from '@/utils/db/types';
import { LABEL_TEXT } from './labels';

interface ReviewBulkBarProps {
  selected: number;
  shown: number;
  onSelectAll: () => void;
  onClear: () => void;
  onRelabel: (label: AnnotationLabel) => void;
  onDelete: () => void;
  onExport: () => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** What can be done to several selected annotations at once. */
export function ReviewBulkBar(props: ReviewBulkBarProps) {
  return (
    <div class="bulk-bar" role="toolbar" aria-label="Selected annotations">
      <span>{props.selected ? `${props.selected} selected` : 'None selected'}</span>
      <button type="button" onClick={props.onSelectAll} disabled={props.shown === 0}>
        Select all shown
      </button>
      {props.selected > 0 && (
        <>
          <select
            aria-label="Relabel selected"
            value=""
            onChange={(e) => {
              const label = (e.target as HTMLSelectElement).value as AnnotationLabel | '';
              if (label) props.onRelabel(label);
            }}
          >
            <option value="">Relabel as…</option>
            {LABELS.map((label) => (
              <option value={label}>{LABEL_TEXT[label]}</option>
            ))}
          </select>
          <button type="button" onClick={props.onExport}>
            Export selected
          </button>
          <button type="button" class="danger" onClick={props.onDelete}>
            Delete selected
          </button>
          <button type="button" class="link" onClick={props.onClear}>
            Clear selection
          </button>
        </>
      )}
    </div>
  );
}
