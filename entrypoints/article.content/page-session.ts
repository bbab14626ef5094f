import type { AnnotationChanges } from '@/utils/db/annotations';
import { describeSpan } from '@/utils/anchoring/describe';
import { rangeFromSpan, spanFromRange } from '@/utils/anchoring/text-index';
import type { TextTarget } from '@/utils/anchoring/types';
import type { Annotation, AnnotationDraft } from '@/utils/db/types';
import { backgroundMessenger } from '@/utils/messaging/protocol';
import { errorMessage, fail, type Result } from '@/utils/messaging/result';
import { readSettings } from '@/utils/settings/read-settings';
import { normalizeUrl, siteOf } from '@/utils/url/normalize-url';
import { AddressTrust } from './address-trust';
import { AnnotationLayer } from './annotation-layer';
import { PageText } from './page-text';

/**
 * Everything the content script's features share about the page being read: its URL,
 * its text, the painted annotations, and the background calls that change them.
 */
export class PageSession {
  url = normalizeUrl(location.href);
  readonly text = new PageText();
  readonly layer = new AnnotationLayer(this.text);
  readonly trust = new AddressTrust();
  /** The page moved to this address by itself: its annotations wait for the reader (see AddressTrust). */
  held = false;
  /** The last load or save problem, for the popup to show. */
  lastError: string | undefined;
  private loads = 0;
  private reported = '';

  /** Fetches this page's annotations and paints them (page load, navigation, outside edits). */
  async load(): Promise<void> {
    // Two quick navigations can answer out of order: only the latest load may paint.
    const mine = ++this.loads;
    this.url = normalizeUrl(location.href);
    // The reader switched all painting off for this site: nothing is drawn, nothing is lost.
    const paintingOff = (await readSettings()).paintingOffSites.includes(siteOf(this.url));
    if (mine !== this.loads) return;
    this.held = !paintingOff && !this.trust.allows(this.url);
    if (paintingOff || this.held) {
      this.layer.reset([]);
      return;
    }
    const result = await call(() =>
      backgroundMessenger.sendMessage('listAnnotations', { url: this.url }),
    );
    if (mine !== this.loads) return;
    if (result.ok) {
      this.lastError = undefined;
      this.layer.reset(result.value);
      void this.reportAnchoring();
    } else {
      this.lastError = result.error;
    }
  }

  create(draft: AnnotationDraft): Promise<Result<Annotation>> {
    return call(() => backgroundMessenger.sendMessage('createAnnotation', draft));
  }

  async update(id: string, changes: AnnotationChanges): Promise<Result<Annotation>> {
    const result = await call(() =>
      backgroundMessenger.sendMessage('updateAnnotation', { url: this.url, id, changes }),
    );
    if (result.ok) this.layer.put(result.value);
    return result;
  }

  /** Saves a page range as a new annotation and paints it there at once. */
  async annotateRange(
    range: Range,
    fields: Pick<AnnotationDraft, 'label' | 'note' | 'speaker' | 'origin'>,
  ): Promise<Result<Annotation>> {
    const index = this.text.current();
    const span = spanFromRange(index, range);
    if (!span || span.end <= span.start) return fail('This passage is no longer on the page.');
    const result = await this.create({
      url: this.url,
      title: document.title,
      target: describeSpan(index.text, span),
      ...fields,
    });
    // Paint exactly what was stored: the span as the index sees it (edge whitespace trimmed).
    if (result.ok) this.layer.put(result.value, rangeFromSpan(index, span) ?? range.cloneRange());
    return result;
  }

  /** Saves a deleted annotation again (undo), on the range it had. */
  async recreate(annotation: Annotation, range: Range | undefined): Promise<Result<Annotation>> {
    const { url, title, target, label, note, speaker, origin } = annotation;
    const result = await this.create({ url, title, target, label, note, speaker, origin });
    if (result.ok) this.layer.put(result.value, range);
    return result;
  }

  /** Re-attaches an orphan to text the reader selected. */
  async retarget(id: string, target: TextTarget, range: Range): Promise<Result<Annotation>> {
    const result = await call(() =>
      backgroundMessenger.sendMessage('retargetAnnotation', { url: this.url, id, target }),
    );
    if (result.ok) this.layer.put(result.value, range);
    return result;
  }

  /** Tells the background which annotations are on the page now, for the review page's orphan list. */
  async reportAnchoring(): Promise<void> {
    const found = this.layer.anchoredIds();
    const missing = this.layer.orphanIds();
    // Pages change often; only a change in what was found is worth a write.
    const signature = `${this.url}\n${found.sort().join()}\n${missing.sort().join()}`;
    if (found.length + missing.length === 0 || signature === this.reported) return;
    this.reported = signature;
    await call(() =>
      backgroundMessenger.sendMessage('reportAnchoring', { url: this.url, found, missing }),
    );
  }

  async remove(id: string): Promise<Result<Annotation>> {
    const result = await call(() =>
      backgroundMessenger.sendMessage('deleteAnnotation', { url: this.url, id }),
    );
    if (result.ok) this.layer.remove(id);
    return result;
  }
}

/** A message call whose transport failure (extension reloaded, worker gone) is a Result too. */
async function call<T>(send: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return (await send()) ?? fail('Claimlight did not answer. Reload the page and try again.');
  } catch (error) {
    return fail(
      `Claimlight could not be reached (${errorMessage(error)}). Reload the page and try again.`,
    );
  }
}
