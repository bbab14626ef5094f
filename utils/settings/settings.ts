/** The four kinds of automatic highlight, each with its own highlight name. */
export type SuggestionCategory = 'person' | 'number' | 'claim' | 'hedge';
export const SUGGESTION_CATEGORIES: readonly SuggestionCategory[] = [
  'person',
  'number',
  'claim',
  'hedge',
];

/** The reader's preferences, kept in extension storage (not IndexedDB: they are small and synced to every context). */
export interface Settings {
  /** Analyse articles and paint suggestions automatically. */
  autoHighlight: boolean;
  /** Sites (as `siteOf(url)`) where suggestions are not painted. */
  autoHighlightOffSites: string[];
  /** Sites where Claimlight paints nothing at all, not even the reader's own annotations. */
  paintingOffSites: string[];
  /** Which suggestion categories are shown. */
  categories: Record<SuggestionCategory, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  autoHighlight: true,
  autoHighlightOffSites: [],
  paintingOffSites: [],
  categories: { person: true, number: true, claim: true, hedge: true },
};

/** Settings with any missing field filled from the defaults (older or hand-edited values). */
export function completeSettings(value: Partial<Settings> | null | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...value,
    categories: { ...DEFAULT_SETTINGS.categories, ...value?.categories },
  };
}

/** Whether suggestions are painted on a site. */
export function suggestionsOn(settings: Settings, site: string): boolean {
  return (
    settings.autoHighlight &&
    !settings.autoHighlightOffSites.includes(site) &&
    !settings.paintingOffSites.includes(site)
  );
}

/** Adds or removes a site from one of the per-site lists. */
export function toggleSite(list: string[], site: string, on: boolean): string[] {
  const rest = list.filter((s) => s !== site);
  return on ? rest : [...rest, site];
}
