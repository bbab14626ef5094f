import { buildTextIndex, type TextIndex } from '@/utils/anchoring/text-index';

/** Elements whose text is not part of what a reader annotates. */
function isSkipped(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('claimlight-');
}

/**
 * The page's text as one indexed string, rebuilt only when the DOM changed since the
 * last build (a MutationObserver marks it stale).
 */
export class PageText {
  private index: TextIndex | undefined;

  markStale(): void {
    this.index = undefined;
  }

  current(): TextIndex {
    this.index ??= buildTextIndex(document.body, { skip: isSkipped });
    return this.index;
  }
}
