import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/utils/article/extract';
import { isLikelyArticle } from '@/utils/article/is-article';
import { backgroundMessenger } from '@/utils/messaging/protocol';
import { readSettings, watchSettings } from '@/utils/settings/read-settings';
import { suggestionsOn } from '@/utils/settings/settings';
import { siteOf } from '@/utils/url/normalize-url';
import type { PageSession } from './page-session';
import { SuggestionLayer } from './suggestion-layer';

/** The automatic highlights of a page and why there are none, when there are none. */
export interface SuggestionsFeature {
  layer: SuggestionLayer;
  /** Re-reads settings and the article, and repaints (navigation, settings change). */
  refresh(): Promise<void>;
  note(): string | undefined;
}

/**
 * Finds the article, has the background analyse its text (the NLP code never loads into
 * the page) and paints what comes back. Settings decide whether and which categories show.
 */
export function mountSuggestions(
  ctx: ContentScriptContext,
  session: PageSession,
): SuggestionsFeature {
  const layer = new SuggestionLayer();
  let note: string | undefined;
  let analysedText: string | undefined;
  let run = 0;

  const refresh = async () => {
    const mine = ++run;
    const settings = await readSettings();
    if (mine !== run) return;
    if (!suggestionsOn(settings, siteOf(session.url))) {
      layer.clear();
      analysedText = undefined;
      note = settings.autoHighlight
        ? 'Automatic highlights are off for this site.'
        : 'Automatic highlights are off.';
      return;
    }
    layer.showCategories(settings.categories);
    if (!isLikelyArticle(document)) {
      layer.clear();
      note = 'This page does not look like a news article.';
      return;
    }
    const article = extractArticle(document);
    if (!article || !article.text.trim()) {
      layer.clear();
      note = 'No article text found on this page.';
      return;
    }
    if (article.text === analysedText) return;
    const blocks = article.blocks.map(({ start, end, tag }) => ({ start, end, tag }));
    const result = await backgroundMessenger
      .sendMessage('analyzeArticle', { url: session.url, text: article.text, blocks })
      .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    if (mine !== run) return;
    if (!result.ok) {
      note = `Analysis failed: ${result.error}`;
      return;
    }
    analysedText = article.text;
    note = undefined;
    layer.set(result.value, article, session.text.current());
  };

  const unwatch = watchSettings(() => void refresh());
  ctx.onInvalidated(() => {
    unwatch();
    layer.dispose();
  });
  return { layer, refresh, note: () => note };
}
