import { backgroundMessenger } from '@/utils/messaging/protocol';
import type { PageSession } from './page-session';

/** Late pages (text loaded by script) get this long for the passage to appear. */
const WAIT_MS = 8_000;
const RETRY_MS = 250;

/**
 * Asks the background, once per page load, whether this tab was opened from the review page
 * to show a passage; if so, shows it as soon as it is anchored (now, or when late text arrives).
 */
export async function showRequestedPassage(
  session: PageSession,
  show: (id: string) => boolean,
): Promise<void> {
  const answer = await backgroundMessenger
    .sendMessage('takeFocusRequest', { url: session.url })
    .catch(() => undefined);
  const id = answer?.ok ? answer.value : null;
  if (!id) return;
  const until = performance.now() + WAIT_MS;
  const attempt = () => {
    if (show(id) || performance.now() > until) return;
    setTimeout(attempt, RETRY_MS);
  };
  attempt();
}
