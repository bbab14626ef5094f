import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onFirstUse } from '@/entrypoints/article.content/first-use';

/** Just what onFirstUse needs of WXT's context: a way to hear that the script is gone. */
function fakeContext() {
  const callbacks: (() => void)[] = [];
  const ctx = { onInvalidated: (cb: () => void) => void callbacks.push(cb) };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate: () => callbacks.forEach((cb) => cb()),
  };
}

describe('onFirstUse', () => {
  const realWindow = (globalThis as { window?: unknown }).window;
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = new EventTarget();
  });
  afterEach(() => {
    (globalThis as { window?: unknown }).window = realWindow;
  });

  it('sets nothing up until one of its events, then sets up once', () => {
    const { ctx } = fakeContext();
    const mount = vi.fn(() => ({ name: 'toolbar' }));
    const feature = onFirstUse(ctx, ['mousedown', 'selectionchange'], mount);
    expect(mount).not.toHaveBeenCalled();
    expect(feature.ifMounted()).toBeUndefined();
    window.dispatchEvent(new Event('keydown'));
    expect(mount).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('selectionchange'));
    window.dispatchEvent(new Event('mousedown'));
    expect(mount).toHaveBeenCalledTimes(1);
    expect(feature.ifMounted()).toEqual({ name: 'toolbar' });
    expect(feature.use()).toBe(feature.ifMounted());
  });

  it('sets up at the first use() when no event came first', () => {
    const { ctx } = fakeContext();
    const mount = vi.fn(() => ({ name: 'card' }));
    const feature = onFirstUse(ctx, ['mousemove'], mount);
    expect(feature.use()).toEqual({ name: 'card' });
    window.dispatchEvent(new Event('mousemove'));
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('never sets up after the script is invalidated', () => {
    const { ctx, invalidate } = fakeContext();
    const mount = vi.fn(() => ({}));
    onFirstUse(ctx, ['mousemove'], mount);
    invalidate();
    window.dispatchEvent(new Event('mousemove'));
    expect(mount).not.toHaveBeenCalled();
  });
});
