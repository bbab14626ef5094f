import { CATEGORY_TEXT } from '@/components/HighlightToggles';
import { SUGGESTION_CATEGORIES, toggleSite } from '@/utils/settings/settings';
import { useSettings } from '@/utils/settings/use-settings';

/** Settings: automatic highlighting everywhere or not, which categories, and per-site exceptions. */
export function OptionsApp() {
  const [settings, update] = useSettings();
  if (!settings) return null;
  const siteList = (title: string, sites: string[], remove: (site: string) => void) => (
    <section>
      <h2>{title}</h2>
      {sites.length === 0 ? (
        <p class="muted">None.</p>
      ) : (
        <ul>
          {sites.map((site) => (
            <li>
              {site}{' '}
              <button type="button" onClick={() => remove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <main class="options">
      <h1>Claimlight settings</h1>
      <label>
        <input
          type="checkbox"
          checked={settings.autoHighlight}
          onChange={(e) =>
            update((s) => ({ ...s, autoHighlight: (e.target as HTMLInputElement).checked }))
          }
        />
        Highlight people, numbers, reported claims and speculation automatically on news articles
      </label>
      <fieldset disabled={!settings.autoHighlight}>
        <legend>Categories shown</legend>
        {SUGGESTION_CATEGORIES.map((category) => (
          <label>
            <input
              type="checkbox"
              checked={settings.categories[category]}
              onChange={(e) =>
                update((s) => ({
                  ...s,
                  categories: {
                    ...s.categories,
                    [category]: (e.target as HTMLInputElement).checked,
                  },
                }))
              }
            />
            {CATEGORY_TEXT[category]}
          </label>
        ))}
      </fieldset>
      {siteList('Sites without automatic highlights', settings.autoHighlightOffSites, (site) =>
        update((s) => ({
          ...s,
          autoHighlightOffSites: toggleSite(s.autoHighlightOffSites, site, true),
        })),
      )}
      {siteList('Sites where Claimlight paints nothing', settings.paintingOffSites, (site) =>
        update((s) => ({ ...s, paintingOffSites: toggleSite(s.paintingOffSites, site, true) })),
      )}
      <p class="muted">
        Everything Claimlight stores stays in this browser. It makes no network requests.
      </p>
    </main>
  );
}
