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

  constructor(private readonly capacity = 30) {}

  get(url: string, text: string, compute: () => AnalysisResult): AnalysisResult {
    const key = `${url}\n${textHash(text)}`;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const result = compute();
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return result;
  }
}
