import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readSettings } from '@/utils/settings/read-settings';

describe('readSettings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shares one storage read between calls made while it is on its way', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const [a, b] = await Promise.all([readSettings(), readSettings()]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(a.autoHighlight).toBe(false);
    expect(b).toEqual(a);
  });

  it('reads storage again once the shared read is done: later changes are seen', async () => {
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false } });
    expect((await readSettings()).autoHighlight).toBe(false);
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: true } });
    expect((await readSettings()).autoHighlight).toBe(true);
  });

  it('lets a failed read fail every caller, and the next call try again', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    get.mockRejectedValueOnce(new Error('storage unavailable'));
    await expect(Promise.all([readSettings(), readSettings()])).rejects.toThrow('unavailable');
    await expect(readSettings()).resolves.toMatchObject({});
  });
});
