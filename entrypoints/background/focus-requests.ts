/** How long a freshly opened tab has to load and ask for its passage. */
const REQUEST_TTL_MS = 60_000;

/**
 * Which annotation a tab the review page opened should show once its page has loaded.
 * Kept in the background (the tab's page cannot see it); each request is answered once,
 * and only to the tab it was made for, on the page it was made for.
 */
export class FocusRequests {
  private readonly byTab = new Map<number, { id: string; url: string; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  add(tabId: number, url: string, id: string): void {
    this.byTab.set(tabId, { id, url, at: this.now() });
  }

  /** The annotation to show in this tab at this URL, removed as it is handed out. */
  take(tabId: number, url: string): string | null {
    const request = this.byTab.get(tabId);
    if (!request || request.url !== url) return null;
    this.byTab.delete(tabId);
    return this.now() - request.at <= REQUEST_TTL_MS ? request.id : null;
  }
}
