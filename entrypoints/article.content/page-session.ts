import type { AnnotationChanges } from '@/utils/db/annotations';
import type { Annotation, AnnotationDraft } from '@/utils/db/types';
import { backgroundMessenger } from '@/utils/messaging/protocol';
import { errorMessage, fail, type Result } from '@/utils/messaging/result';
import { readSettings } from '@/utils/settings/read-settings';
import { normalizeUrl, siteOf } from '@/utils/url/normalize-url';
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
  /** The last load or save problem, for the popup to show. */
  lastError: string | undefined;

  /** Fetches this page's annotations and paints them (page load, navigation, outside edits). */
  async load(): Promise<void> {
    this.url = normalizeUrl(location.href);
    // The reader switched all painting off for this site: nothing is drawn, nothing is lost.
    if ((await readSettings()).paintingOffSites.includes(siteOf(this.url))) {
      this.layer.reset([]);
      return;
    }
    const result = await call(() =>
      backgroundMessenger.sendMessage('listAnnotations', { url: this.url }),
    );
    if (result.ok) {
      this.lastError = undefined;
      this.layer.reset(result.value);
    } else {
      this.lastError = result.error;
    }
  }

  create(draft: AnnotationDraft): Promise<Result<Annotation>> {
    return call(() => backgroundMessenger.sendMessage('createAnnotation', draft));
  }

  async update(id: string, changes: AnnotationChanges): Promise<Result<Annotation>> {
    const result = await call(() =>
      backgroundMessenger.sendMessage('updateAnnotation', { id, changes }),
    );
    if (result.ok) this.layer.put(result.value);
    return result;
  }

  async remove(id: string): Promise<Result<Annotation>> {
    const result = await call(() => backgroundMessenger.sendMessage('deleteAnnotation', { id }));
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
