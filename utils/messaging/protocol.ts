import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Annotation, AnnotationDraft } from '../db/types';
import type { AnnotationChanges } from '../db/annotations';
import type { AnalysisResult } from '../analysis/types';
import type { TextTarget } from '../anchoring/types';
import type { SuggestionCategory } from '../settings/settings';
import type { Result } from './result';

/**
 * Messages the background answers. Content scripts and extension pages send them;
 * the background validates every payload and checks that the sender is this extension.
 */
export interface BackgroundProtocol {
  listAnnotations(data: { url: string }): Result<Annotation[]>;
  createAnnotation(data: AnnotationDraft): Result<Annotation>;
  updateAnnotation(data: {
    url: string;
    id: string;
    changes: AnnotationChanges;
  }): Result<Annotation>;
  deleteAnnotation(data: { url: string; id: string }): Result<Annotation>;
  /** Points an annotation whose text is gone at new text the reader selected. */
  retargetAnnotation(data: { url: string; id: string; target: TextTarget }): Result<Annotation>;
  /** Which of a page's annotations were found on it (the review page lists the others). */
  reportAnchoring(data: { url: string; found: string[]; missing: string[] }): Result<null>;
  /** Analyses a page's article text (cached per URL and text). */
  analyzeArticle(data: ArticlePayload): Result<AnalysisResult>;
  /** Review page: opens an annotation's article in a new tab, which then shows the passage. */
  openInPage(data: { url: string; id: string }): Result<null>;
  /** A page just loaded: the annotation it was opened to show, if any (asked once). */
  takeFocusRequest(data: { url: string }): Result<string | null>;
}

/** The article text a content script extracted, with its block boundaries. */
export interface ArticlePayload {
  url: string;
  text: string;
  blocks: { start: number; end: number; tag: string }[];
}

/** What the content script of a tab reports about its page. */
export interface PageStatus {
  url: string;
  anchored: string[];
  orphans: string[];
  /** How many automatic highlights of each kind are on the page (0 when switched off). */
  suggestions: Record<SuggestionCategory, number>;
  /** Why there are no automatic highlights, when there are none. */
  suggestionsNote?: string;
  /** The page changed its address by itself: the reader's highlights wait to be shown. */
  held?: boolean;
}

/** Messages a tab's content script answers (sent by the popup and the background). */
export interface TabProtocol {
  getPageStatus(): PageStatus;
  scrollToAnnotation(data: { id: string }): boolean;
  /** Saved data changed elsewhere (popup, review page): fetch and repaint. */
  annotationsChanged(): void;
  /** The reader asks to see highlights held back after the page changed its own address. */
  showHeldHighlights(): void;
  /** The reader's next selection re-attaches this orphaned annotation instead of labelling. */
  startReattach(data: { id: string }): boolean;
}

export const backgroundMessenger = defineExtensionMessaging<BackgroundProtocol>({
  logger: undefined,
});
export const tabMessenger = defineExtensionMessaging<TabProtocol>({ logger: undefined });
