import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TextIndex } from '@/utils/anchoring/text-index';
import type { AnalysisResult } from '@/utils/analysis/types';
import { extractArticle } from '@/utils/article/extract';
import { isLikelyArticle } from '@/utils/article/is-article';
import { backgroundMessenger } from '@/utils/messaging/protocol';
import { readSettings, watchSettings } from '@/utils/settings/read-settings';
import { suggestionsOn } from '@/utils/settings/settings';
import { siteOf } from '@/utils/url/normalize-url';
import type { PageSession } from './page-session';
import { SuggestionLayer } from './suggestion-layer';

/**
 * An article longer than this (in characters) has its opening analysed and painted first:
 * about the first screen of text. The first analysis in a worker that has just started runs
 * on cold code, so its length counts: in a brand-new profile the first 1,344 characters of a
 * test article took 127 ms there (median of 6), the first 2,674 took 156 ms.
 */
const LEAD_CHARS = 1200;

/** Lets the browser run what waits (input, rendering) before the rest of the work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How often, at most, a changing page's article is looked at again. */
const FOLLOW_INTERVAL_MS = 1000;

/** The automatic highlights of a page and why there are none, when there are none. */
export interface SuggestionsFeature {
  layer: SuggestionLayer;
  /** Re-reads settings and the article, and repaints (navigation, settings change). */
  refresh(): Promise<void>;
  /**
   * After the DOM changed: repaints the findings on the new nodes when the article's text
   * is the same, has it analysed when the text changed (late or edited text).
   */
  follow(): Promise<void>;
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
  /** What is painted: the analysed text, its findings, and the index they were mapped through. */
  let painted: { text: string; result: AnalysisResult; index: TextIndex } | undefined;
  let run = 0;

  const refresh = async () => {
    const mine = ++run;
    const settings = await readSettings();
    if (mine !== run) return;
    if (!suggestionsOn(settings, siteOf(session.url))) {
      layer.clear();
      painted = undefined;
      note = settings.autoHighlight
        ? 'Automatic highlights are off for this site.'
        : 'Automatic highlights are off.';
      return;
    }
    layer.showCategories(settings.categories);
    // The article is read from the index the reader's highlights use: one pass over the text.
    const index = session.text.current();
    if (!isLikelyArticle(document, index)) {
      layer.clear();
      painted = undefined;
      note = 'This page does not look like a news article.';
      return;
    }
    // Reading the page and finding its article are two tasks, not one: on the first page after
    // the browser starts, on cold code, the two took up to 33 ms in one go (10 ms of thread).
    // A page that changes in between is caught by the check before painting.
    await nextTask();
    if (mine !== run) return;
    const article = extractArticle(document, index);
    if (!article || !article.text.trim()) {
      layer.clear();
      painted = undefined;
      note = 'No article text found on this page.';
      return;
    }
    if (article.text === painted?.text) {
      // Same words, perhaps on new nodes (a re-render): map the findings again, no analysis.
      if (index !== painted.index) layer.set(painted.result, article, index);
      painted.index = index;
      return;
    }
    const blocks = article.blocks.map(({ start, end, tag }) => ({ start, end, tag }));
    const ask = (count: number) =>
      backgroundMessenger
        .sendMessage('analyzeArticle', {
          url: session.url,
          text: article.text.slice(0, blocks[count - 1]!.end),
          blocks: blocks.slice(0, count),
        })
        .catch((error: unknown) => ({ ok: false as const, error: String(error) }));
    // A long article's opening is analysed first and painted at once (its findings are
    // offsets into the same text), so the reader sees highlights while the rest is read.
    const lead = blocks.findIndex((b) => b.end > LEAD_CHARS) + 1;
    if (lead > 0 && lead < blocks.length) {
      const first = await ask(lead);
      if (mine !== run) return;
      if (first.ok && session.text.current() === index) layer.set(first.value, article, index);
    }
    const result = await ask(blocks.length);
    if (mine !== run) return;
    if (!result.ok) {
      note = `Analysis failed: ${result.error}`;
      return;
    }
    note = undefined;
    // The page may have changed while the background worked: paint only on the same text.
    const now = session.text.current();
    const current = now === index ? article : extractArticle(document, now);
    if (current?.text !== article.text) return void follow();
    painted = { text: article.text, result: result.value, index: now };
    layer.set(result.value, current, now);
  };

  // Pages that change all the time must not have their article re-read at every change.
  let lastFollow = 0;
  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const follow = (): Promise<void> => {
    clearTimeout(followTimer);
    const wait = lastFollow + FOLLOW_INTERVAL_MS - performance.now();
    if (wait > 0) {
      followTimer = setTimeout(() => void follow(), wait);
      return Promise.resolve();
    }
    lastFollow = performance.now();
    return refresh();
  };

  const unwatch = watchSettings(() => void refresh());
  ctx.onInvalidated(() => {
    unwatch();
    clearTimeout(followTimer);
    layer.dispose();
  });
  return { layer, refresh, follow, note: () => note };
}
