import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WARM_UP_DELAY_MS, warmUpAnalyzer } from '@/entrypoints/background/warm-up';

describe('warmUpAnalyzer', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('leaves the worker idle for its first moments, so events already waiting go first', () => {
    const analysed: string[] = [];
    warmUpAnalyzer((text) => analysed.push(text));
    vi.advanceTimersByTime(WARM_UP_DELAY_MS - 1);
    expect(analysed).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(analysed).toHaveLength(1);
  });

  it('analyses one paragraph per task, each a made-up story sentence or two', () => {
    const analysed: string[] = [];
    warmUpAnalyzer((text) => analysed.push(text));
    vi.advanceTimersByTime(WARM_UP_DELAY_MS);
    expect(analysed).toHaveLength(1);
    vi.advanceTimersToNextTimer();
    expect(analysed).toHaveLength(2);
    vi.runAllTimers();
    expect(analysed.length).toBeGreaterThan(2);
    expect(analysed.every((text) => text.length > 40 && text.length < 400)).toBe(true);
  });

  it('stops at once when a page asks for analysis, before or during the warm-up', () => {
    const early: string[] = [];
    warmUpAnalyzer((text) => early.push(text))();
    vi.runAllTimers();
    expect(early).toEqual([]);

    const midway: string[] = [];
    const stop = warmUpAnalyzer((text) => midway.push(text));
    vi.advanceTimersByTime(WARM_UP_DELAY_MS);
    stop();
    vi.runAllTimers();
    expect(midway).toHaveLength(1);
  });
});
