import type { Ref } from 'preact';
import type { AnnotationLabel, AnnotationOrigin } from '@/utils/db/types';
import type { ReviewFilter } from '@/utils/review/filter';
import { SORT_TEXT, type ReviewSort } from '@/utils/review/sort';
import { LABEL_TEXT } from './labels';

/** How the list is grouped. */
export type ReviewGrouping = 'page' | 'person' | 'none';

interface ReviewFiltersProps {
  filter: ReviewFilter;
  sort: ReviewSort;
  grouping: ReviewGrouping;
  sites: readonly { site: string; count: number }[];
  people: readonly { key: string; name: string; count: number }[];
  shown: number;
  total: number;
  searchRef?: Ref<HTMLInputElement>;
  onChange: (filter: ReviewFilter) => void;
  onSort: (sort: ReviewSort) => void;
  onGroup: (grouping: ReviewGrouping) => void;
}

const LABELS: AnnotationLabel[] = ['speculation', 'reported', 'note'];
const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Search box, label toggles, site / person / date / origin filters, sort and grouping. */
export function ReviewFilters(props: ReviewFiltersProps) {
  const { filter, shown, total, onChange } = props;
  const toggle = (label: AnnotationLabel) => {
    const labels = new Set(filter.labels);
    if (labels.has(label)) labels.delete(label);
    else labels.add(label);
    onChange({ ...filter, labels });
  };
  return (
    <div class="filters" role="search">
      <input
        ref={props.searchRef}
        type="search"
        placeholder="Search quotes, notes, titles, speakers  ( / )"
        aria-label="Search annotations"
        value={filter.query}
        onInput={(e) => onChange({ ...filter, query: value(e) })}
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
      <div class="filter-row">
        <select
          aria-label="Site"
          value={filter.site ?? ''}
          onChange={(e) => onChange({ ...filter, site: value(e) })}
        >
          <option value="">All sites</option>
          {props.sites.map(({ site, count }) => (
            <option value={site}>
              {site} ({count})
            </option>
          ))}
        </select>
        <select
          aria-label="Person"
          value={filter.person ?? ''}
          onChange={(e) => onChange({ ...filter, person: value(e) })}
        >
          <option value="">Anyone</option>
          {props.people.map(({ key, name, count }) => (
            <option value={key}>
              {name} ({count})
            </option>
          ))}
        </select>
        <label>
          From{' '}
          <input
            type="date"
            aria-label="From date"
            value={filter.from ?? ''}
            onInput={(e) => onChange({ ...filter, from: value(e) })}
          />
        </label>
        <label>
          to{' '}
          <input
            type="date"
            aria-label="To date"
            value={filter.to ?? ''}
            onInput={(e) => onChange({ ...filter, to: value(e) })}
          />
        </label>
        <select
          aria-label="Origin"
          value={filter.origin ?? ''}
          onChange={(e) => onChange({ ...filter, origin: value(e) as AnnotationOrigin | '' })}
        >
          <option value="">Any origin</option>
          <option value="reader">Mine</option>
          <option value="suggestion">Kept suggestions</option>
        </select>
        <select
          aria-label="Sort"
          value={props.sort}
          onChange={(e) => props.onSort(value(e) as ReviewSort)}
        >
          {(Object.keys(SORT_TEXT) as ReviewSort[]).map((sort) => (
            <option value={sort}>{SORT_TEXT[sort]}</option>
          ))}
        </select>
        <select
          aria-label="Group by"
          value={props.grouping}
          onChange={(e) => props.onGroup(value(e) as ReviewGrouping)}
        >
          <option value="page">Group by page</option>
          <option value="person">Group by person</option>
          <option value="none">No grouping</option>
        </select>
        <span class="muted count" aria-live="polite">
          {shown === total ? `${total} annotations` : `${shown} of ${total} annotations`}
        </span>
      </div>
    </div>
  );
}
