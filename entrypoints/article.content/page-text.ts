import { buildTextIndex, type TextIndex } from '@/utils/anchoring/text-index';
import {
  regionOfMutation,
  updateTextIndex,
  type ChangedRegion,
} from '@/utils/anchoring/text-index-update';

/** Elements whose text is not part of what a reader annotates. */
function isSkipped(element: Element): boolean {
  return element.tagName.toLowerCase().startsWith('claimlight-');
}

/** Past this many pending changes a page is being rebuilt wholesale: index it afresh. */
const MAX_PENDING = 2000;

/**
 * The page's text as one indexed string. Built once; after DOM changes only the changed
 * part is read again (see updateTextIndex), the next time the text is needed.
 */
export class PageText {
  private index: TextIndex | undefined;
  private pending: ChangedRegion[] = [];

  /** Records where the DOM changed; the index catches up lazily in {@link current}. */
  noteMutations(records: readonly MutationRecord[]): void {
    if (!this.index) return;
    for (const record of records) this.pending.push(regionOfMutation(record));
    if (this.pending.length > MAX_PENDING) this.markStale();
  }

  /** Drops the index (a new page in the same document): the next use builds it whole. */
  markStale(): void {
    this.index = undefined;
    this.pending = [];
  }

  current(): TextIndex {
    if (!this.index) this.index = buildTextIndex(document.body, { skip: isSkipped });
    else if (this.pending.length > 0) this.index = updateTextIndex(this.index, this.pending);
    this.pending = [];
    return this.index;
  }
}
