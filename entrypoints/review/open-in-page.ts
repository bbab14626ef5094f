import type { Status } from '@/components/StatusBar';
import type { Annotation } from '@/utils/db/types';
import { backgroundMessenger } from '@/utils/messaging/protocol';
import { errorMessage } from '@/utils/messaging/result';
import { textFragmentUrl } from '@/utils/review/text-fragment';

/**
 * Opens an annotation's article in a new tab; once it has loaded, Claimlight scrolls to the
 * passage and flashes it (the background tells that tab which one). When Claimlight cannot
 * open it, the browser's own text-fragment link still scrolls to the words.
 */
export async function openInPage(
  annotation: Annotation,
  report: (status: Status) => void,
): Promise<void> {
  const result = await backgroundMessenger
    .sendMessage('openInPage', { url: annotation.url, id: annotation.id })
    .catch((error: unknown) => ({ ok: false as const, error: errorMessage(error) }));
  if (result.ok) return;
  report({ kind: 'error', text: `Opened the page without Claimlight's help: ${result.error}` });
  window.open(textFragmentUrl(annotation.url, annotation.target.quote), '_blank', 'noopener');
}
