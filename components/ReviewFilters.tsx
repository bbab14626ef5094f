import type { Ref } from 'preact';
import type { AnnotationLabel } from '@/utils/db/types';
import type { ReviewFilter } from '@/utils/review/filter';
import { LABEL_TEXT } from './labels';

interface ReviewFiltersProps {
  filter: ReviewFilter;
  shown: number;
  total: number;
  searchRef?: Ref<HTMLInputElement>;
  onChange: (filter: ReviewFilter) => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];

/** Search box and label toggles of the review page. */
export function ReviewFilters({ filter, shown, total, searchRef, onChange }: ReviewFiltersProps) {
  const toggle = (label: AnnotationLabel) => {
    const labels = new Set(filter.labels);
    if (labels.has(label)) labels.delete(label);
    else labels.add(label);
    onChange({ ...filter, labels });
  };
  return (
    <div class="filters" role="search">
      <input
        ref={searchRef}
        type="search"
        placeholder="Search quotes, notes, titles, speakers  ( / )"
        aria-label="Search annotations"
        value={filter.query}
        onInput={(e) => onChange({ ...filter, query: (e.target as HTMLInputElement).value })}
      />
      <div class="label-toggles" role="group" aria-label="Show labels">
        {LABELS.map((label) => (
          <button
            type="button"
            class={`label-toggle ${label}`}
            aria-pressed={filter.labels.has(label)}
            onClick={() => toggle(label)}
          >
            {LABEL_TEXT[label]}
          </button>
        ))}
      </div>
      <span class="muted" aria-live="polite">
        {shown === total ? `${total} annotations` : `${shown} of ${total} annotations`}
      </span>
    </div>
  );
}
