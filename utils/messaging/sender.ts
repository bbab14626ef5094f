import { normalizeUrl } from '../url/normalize-url';

/** The parts of `runtime.MessageSender` the background relies on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** Who sent a message, as far as the background is willing to trust it. */
export type SenderScope =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; pageUrl: string; tabId: number }
  | { kind: 'rejected' };

/**
 * Classifies a sender. Only this extension's own contexts are accepted; a content
 * script is further confined to the page it runs in, so a compromised or confused
 * tab can never read or change another page's notes.
 */
export function classifySender(
  sender: SenderInfo,
  runtimeId: string,
  extensionOrigin: string,
): SenderScope {
  if (sender.id !== runtimeId) return { kind: 'rejected' };
  // After history.pushState Chromium keeps reporting the frame's first URL in sender.url,
  // while sender.tab.url follows the navigation; for the top frame the tab's URL is the truth.
  const url = (sender.frameId === 0 ? sender.tab?.url : undefined) ?? sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page' };
  if (sender.tab && /^https?:/.test(url))
    return { kind: 'content-script', pageUrl: normalizeUrl(url), tabId: sender.tab.id ?? -1 };
  return { kind: 'rejected' };
}
