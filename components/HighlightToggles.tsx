import type { SuggestionCategory } from '@/utils/settings/settings';
import { SUGGESTION_CATEGORIES } from '@/utils/settings/settings';

interface HighlightTogglesProps {
  /** Highlights of each kind on the page now (null when the page could not be asked). */
  counts: Record<SuggestionCategory, number> | null;
  categories: Record<SuggestionCategory, boolean>;
  site: string;
  autoOnSite: boolean;
  paintingOnSite: boolean;
  /** Why nothing is highlighted automatically, when nothing is. */
  note?: string;
  onCategory: (category: SuggestionCategory, on: boolean) => void;
  onAutoOnSite: (on: boolean) => void;
  onPaintingOnSite: (on: boolean) => void;
}

export const CATEGORY_TEXT: Record<SuggestionCategory, string> = {
  person: 'People',
  number: 'Numbers',
  claim: 'Reported claims',
  hedge: 'Speculation',
};

/** Switches for the automatic highlights: per category, and per site. */
export function HighlightToggles(props: HighlightTogglesProps) {
  return (
    <section class="toggles" aria-label="Automatic highlights">
      <h2>Automatic highlights</h2>
      <ul>
        {SUGGESTION_CATEGORIES.map((category) => (
          <li>
            <label class={`category ${category}`}>
              <input
                type="checkbox"
                checked={props.categories[category]}
                onChange={(e) => props.onCategory(category, (e.target as HTMLInputElement).checked)}
              />
              {CATEGORY_TEXT[category]}
              {props.counts && <span class="count"> {props.counts[category]}</span>}
            </label>
          </li>
        ))}
      </ul>
      {props.note && <p class="muted">{props.note}</p>}
      <label class="site-switch">
        <input
          type="checkbox"
          checked={props.autoOnSite}
          onChange={(e) => props.onAutoOnSite((e.target as HTMLInputElement).checked)}
        />
        Automatic highlights on {props.site}
      </label>
      <label class="site-switch">
        <input
          type="checkbox"
          checked={props.paintingOnSite}
          onChange={(e) => props.onPaintingOnSite((e.target as HTMLInputElement).checked)}
        />
        Show any highlight on {props.site}
      </label>
    </section>
  );
}
