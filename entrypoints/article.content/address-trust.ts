import { normalizeUrl } from '@/utils/url/normalize-url';

/**
 * Which addresses this document may paint the reader's annotations for.
 *
 * A page can change its own address (`history.pushState`) to any address of its site
 * without the reader doing anything; if Claimlight then painted that address's annotations,
 * the page could read them from its highlight registry. So an address is trusted when the
 * document was really loaded from it, when the change follows the reader's own click or key
 * (single-page sites navigate on a click), when the reader was already shown it in this
 * document (back and forward), or when the reader asks. Until then its highlights wait.
 * (A page the reader clicks could just as well open that address in a window it scripts:
 * the browser's same-origin rule sets that limit, not Claimlight.)
 */
export class AddressTrust {
  private readonly trusted = new Set<string>([normalizeUrl(loadedUrl())]);

  /** Whether `url`'s annotations may be painted now; remembers it when they may. */
  allows(url: string): boolean {
    if (this.trusted.has(url)) return true;
    if (!readerJustActed()) return false;
    this.trusted.add(url);
    return true;
  }

  /** The reader acted on the page or asked from the popup: this address is theirs to see. */
  grant(url: string): void {
    this.trusted.add(url);
  }
}

/** The address the browser loaded this document from (after redirects), whatever it says now. */
function loadedUrl(): string {
  const entry = performance.getEntriesByType('navigation')[0];
  return entry?.name || location.href;
}

/** Whether the reader clicked or typed in the last few seconds (a page cannot fake this). */
function readerJustActed(): boolean {
  return navigator.userActivation?.isActive ?? false;
}
