import { analyze } from '@/utils/analysis/analyze';
import type { ClaimlightDatabase } from '@/utils/db/database';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotationsForUrl,
  recordAnchoring,
  recordPageFigures,
  retargetAnnotation,
  updateAnnotation,
} from '@/utils/db/annotations';
import type { AnnotationDraft } from '@/utils/db/types';
import type { BackgroundProtocol } from '@/utils/messaging/protocol';
import { errorMessage, fail, ok, type Result } from '@/utils/messaging/result';
import { payloadProblem } from '@/utils/messaging/schemas';
import type { SenderScope } from '@/utils/messaging/sender';
import { normalizeUrl } from '@/utils/url/normalize-url';
import { AnalysisCache } from './analysis-cache';
import { FocusRequests } from './focus-requests';
import { pageFigures, speakerOfPassage } from './passage-facts';

type Handlers = {
  [K in keyof BackgroundProtocol]: (
    data: unknown,
    scope: SenderScope,
  ) => Promise<ReturnType<BackgroundProtocol[K]>>;
};

/**
 * The background's message handlers as plain functions of (payload, sender scope), so
 * they are tested directly. Every payload is validated; a content script may only touch
 * annotations of the page it runs in.
 */
/** Opens a URL in a new tab and gives its id (browser.tabs.create in the extension). */
export type TabOpener = (url: string) => Promise<number | undefined>;

export function createHandlers(
  db: ClaimlightDatabase,
  cache = new AnalysisCache(),
  openTab: TabOpener = () => Promise.resolve(undefined),
  focusRequests = new FocusRequests(),
): Handlers {
  const guard = async <T>(
    type: keyof BackgroundProtocol,
    data: unknown,
    scope: SenderScope,
    run: () => Promise<Result<T>>,
  ): Promise<Result<T>> => {
    if (scope.kind === 'rejected') return fail('Message refused: it did not come from Claimlight.');
    const problem = payloadProblem(type, data);
    if (problem) return fail(`Invalid message ${problem}`);
    try {
      return await run();
    } catch (error) {
      return fail(errorMessage(error));
    }
  };

  const mayTouchUrl = (scope: SenderScope, url: string) =>
    scope.kind === 'extension-page' || (scope.kind === 'content-script' && scope.pageUrl === url);

  /** The annotation a message names by page and id, when the sender may touch that page. */
  const ownedRef = (scope: SenderScope, data: { url: string; id: string }) => {
    const url = normalizeUrl(data.url);
    return mayTouchUrl(scope, url) ? { url, id: data.id } : null;
  };

  return {
    listAnnotations: (data, scope) =>
      guard('listAnnotations', data, scope, async () => {
        const url = normalizeUrl((data as { url: string }).url);
        if (!mayTouchUrl(scope, url)) return fail('A page may only read its own annotations.');
        return ok(await listAnnotationsForUrl(db, url));
      }),
    createAnnotation: (data, scope) =>
      guard('createAnnotation', data, scope, async () => {
        const draft = data as AnnotationDraft;
        const url = normalizeUrl(draft.url);
        if (!mayTouchUrl(scope, url)) return fail('A page may only annotate itself.');
        // The page's analysis, when there is one, names the source of the passage and the
        // people on the page, so the review page can show "what did this person say".
        const analysis = cache.latest(url);
        const speaker = draft.speaker ?? speakerOfPassage(analysis, draft.target.quote.exact);
        const created = await createAnnotation(db, { ...draft, url, speaker });
        if (analysis) await recordPageFigures(db, url, pageFigures(analysis));
        return ok(created);
      }),
    updateAnnotation: (data, scope) =>
      guard('updateAnnotation', data, scope, async () => {
        const message = data as Parameters<BackgroundProtocol['updateAnnotation']>[0];
        const ref = ownedRef(scope, message);
        const updated = ref && (await updateAnnotation(db, ref, message.changes));
        return updated ? ok(updated) : fail('That annotation no longer exists.');
      }),
    deleteAnnotation: (data, scope) =>
      guard('deleteAnnotation', data, scope, async () => {
        const ref = ownedRef(scope, data as { url: string; id: string });
        const removed = ref && (await deleteAnnotation(db, ref));
        return removed ? ok(removed) : fail('That annotation no longer exists.');
      }),
    retargetAnnotation: (data, scope) =>
      guard('retargetAnnotation', data, scope, async () => {
        const message = data as Parameters<BackgroundProtocol['retargetAnnotation']>[0];
        const ref = ownedRef(scope, message);
        const updated = ref && (await retargetAnnotation(db, ref, message.target));
        return updated ? ok(updated) : fail('That annotation no longer exists.');
      }),
    reportAnchoring: (data, scope) =>
      guard('reportAnchoring', data, scope, async () => {
        const report = data as Parameters<BackgroundProtocol['reportAnchoring']>[0];
        const url = normalizeUrl(report.url);
        if (!mayTouchUrl(scope, url)) return fail('A page may only report on itself.');
        await recordAnchoring(db, url, report.found, report.missing);
        return ok(null);
      }),
    openInPage: (data, scope) =>
      guard('openInPage', data, scope, async () => {
        if (scope.kind !== 'extension-page') return fail('Only Claimlight’s pages open articles.');
        const ref = data as { url: string; id: string };
        const annotation = await getAnnotation(db, { url: normalizeUrl(ref.url), id: ref.id });
        if (!annotation) return fail('That annotation no longer exists.');
        const tabId = await openTab(annotation.url);
        if (tabId === undefined) return fail('The article could not be opened in a new tab.');
        focusRequests.add(tabId, annotation.url, annotation.id);
        return ok(null);
      }),
    takeFocusRequest: (data, scope) =>
      guard('takeFocusRequest', data, scope, () => {
        const url = normalizeUrl((data as { url: string }).url);
        if (scope.kind !== 'content-script' || scope.pageUrl !== url)
          return Promise.resolve(ok(null));
        return Promise.resolve(ok(focusRequests.take(scope.tabId, url)));
      }),
    analyzeArticle: (data, scope) =>
      guard('analyzeArticle', data, scope, async () => {
        const { url, text, blocks } = data as Parameters<BackgroundProtocol['analyzeArticle']>[0];
        const pageUrl = normalizeUrl(url);
        if (!mayTouchUrl(scope, pageUrl)) return fail('A page may only analyse itself.');
        return ok(cache.get(pageUrl, text, () => analyze(text, { blocks })));
      }),
  };
}
