import type { AnalysisResult } from '@/utils/analysis/types';

/** FNV-1a over the text: cheap, and collisions only cost a re-analysis of the same URL. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + ':' + text.length.toString(36);
}

/**
 * Remembers the last analyses by URL and text, so reloading an article, switching back to
 * its tab or a second tab of it costs nothing. Least recently used entries go first.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, AnalysisResult>();
  private readonly latestByUrl = new Map<string, AnalysisResult>();

  /** 60 entries: an article's opening and its whole text are two (about 30 articles). */
  constructor(private readonly capacity = 60) {}

  get(url: string, text: string, compute: () => AnalysisResult): AnalysisResult {
    const key = `${url}\n${textHash(text)}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      // The page's latest request is its whole article (its opening is asked for first).
      this.latestByUrl.set(url, hit);
      return hit;
    }
    const result = compute();
    this.entries.set(key, result);
    this.latestByUrl.set(url, result);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        const evicted = this.entries.get(oldest);
        this.entries.delete(oldest);
        const url = oldest.slice(0, oldest.indexOf('\n'));
        if (this.latestByUrl.get(url) === evicted) this.latestByUrl.delete(url);
      }
    }
    return result;
  }

  /** The most recent analysis of a page, if it is still cached. */
  latest(url: string): AnalysisResult | undefined {
    return this.latestByUrl.get(url);
  }
}
