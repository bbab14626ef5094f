import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../entrypoints/background/handlers';
import { ClaimlightDatabase } from '../../../utils/db/database';
import { classifySender, type SenderScope } from '../../../utils/messaging/sender';
import { sampleDraft } from '../sample-annotation';
import { countStored } from '../db/stored';

const PAGE = 'https://news.example.org/2026/harbour-wall';
const EXTENSION: SenderScope = { kind: 'extension-page' };
const THIS_TAB: SenderScope = { kind: 'content-script', pageUrl: PAGE, tabId: 7 };
const OTHER_TAB: SenderScope = {
  kind: 'content-script',
  pageUrl: 'https://elsewhere.example/',
  tabId: 7,
};

let db: ClaimlightDatabase;
let handlers: ReturnType<typeof createHandlers>;
beforeEach(() => {
  db = new ClaimlightDatabase(`test-${crypto.randomUUID()}`);
  handlers = createHandlers(db);
});
afterEach(async () => {
  await db.delete();
});

describe('background handlers', () => {
  it('creates from the page itself, normalising its URL', async () => {
    const result = await handlers.createAnnotation(
      sampleDraft({ url: `${PAGE}?utm_source=x#frag` }),
      THIS_TAB,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.url).toBe(PAGE);
    const list = await handlers.listAnnotations({ url: PAGE }, THIS_TAB);
    expect(list.ok && list.value).toHaveLength(1);
  });

  it.each([
    [
      'a page reading another page',
      () => handlers.listAnnotations({ url: PAGE }, OTHER_TAB),
      'its own',
    ],
    [
      'a page annotating another page',
      () => handlers.createAnnotation(sampleDraft(), OTHER_TAB),
      'itself',
    ],
    [
      'a sender that is not the extension',
      () => handlers.listAnnotations({ url: PAGE }, { kind: 'rejected' }),
      'refused',
    ],
    [
      'a bad label',
      () => handlers.createAnnotation({ ...sampleDraft(), label: 'maybe' }, THIS_TAB),
      'label',
    ],
    [
      'an extra field',
      () => handlers.createAnnotation({ ...sampleDraft(), admin: true }, THIS_TAB),
      'admin',
    ],
    [
      'a javascript: URL',
      () => handlers.listAnnotations({ url: 'javascript:alert(1)' }, EXTENSION),
      'http',
    ],
    [
      'a reversed position',
      () =>
        handlers.createAnnotation(
          sampleDraft({
            target: {
              ...sampleDraft().target,
              position: { type: 'TextPositionSelector', start: 9, end: 2 },
            },
          }),
          THIS_TAB,
        ),
      'start',
    ],
    ['no payload', () => handlers.deleteAnnotation(undefined, EXTENSION), 'Invalid'],
  ])('refuses %s with a message', async (_name, call, fragment) => {
    const result = await call();
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(fragment);
    expect(await countStored(db)).toBe(0);
  });

  it('lets only the page itself or an extension page change or delete an annotation', async () => {
    const created = await handlers.createAnnotation(sampleDraft(), THIS_TAB);
    if (!created.ok) throw new Error(created.error);
    const { id, url } = created.value;
    const otherUrl = 'https://elsewhere.example/story';
    for (const claimed of [url, otherUrl]) {
      const change = { url: claimed, id, changes: { note: 'x' } };
      expect((await handlers.updateAnnotation(change, OTHER_TAB)).ok).toBe(false);
      expect((await handlers.deleteAnnotation({ url: claimed, id }, OTHER_TAB)).ok).toBe(false);
    }
    const updated = await handlers.updateAnnotation(
      { url, id, changes: { label: 'reported' } },
      THIS_TAB,
    );
    expect(updated.ok && updated.value.label).toBe('reported');
    expect((await handlers.deleteAnnotation({ url, id }, EXTENSION)).ok).toBe(true);
    expect(await countStored(db)).toBe(0);
  });
});

describe('open in page', () => {
  it('opens the article and tells only that tab, on that page, once, which passage to show', async () => {
    const opened: string[] = [];
    const open = createHandlers(db, undefined, (url) => {
      opened.push(url);
      return Promise.resolve(7);
    });
    const created = await open.createAnnotation(sampleDraft({ url: PAGE }), THIS_TAB);
    const id = created.ok ? created.value.id : '';
    expect(await open.openInPage({ url: PAGE, id }, THIS_TAB)).toMatchObject({ ok: false });
    expect(await open.openInPage({ url: PAGE, id }, EXTENSION)).toEqual({ ok: true, value: null });
    expect(opened).toEqual([PAGE]);
    const otherTab: SenderScope = { kind: 'content-script', pageUrl: PAGE, tabId: 8 };
    expect(await open.takeFocusRequest({ url: PAGE }, otherTab)).toEqual({ ok: true, value: null });
    expect(await open.takeFocusRequest({ url: 'https://elsewhere.example/' }, OTHER_TAB)).toEqual({
      ok: true,
      value: null,
    });
    expect(await open.takeFocusRequest({ url: PAGE }, THIS_TAB)).toEqual({ ok: true, value: id });
    expect(await open.takeFocusRequest({ url: PAGE }, THIS_TAB)).toEqual({ ok: true, value: null });
  });

  it('says so when the annotation is gone or no tab could be opened', async () => {
    expect(await handlers.openInPage({ url: PAGE, id: 'missing' }, EXTENSION)).toMatchObject({
      ok: false,
    });
    const created = await handlers.createAnnotation(sampleDraft({ url: PAGE }), THIS_TAB);
    const id = created.ok ? created.value.id : '';
    const result = await handlers.openInPage({ url: PAGE, id }, EXTENSION);
    expect(result).toEqual({ ok: false, error: 'The article could not be opened in a new tab.' });
  });
});

describe('classifySender', () => {
  const origin = 'chrome-extension://abc/';
  it.each([
    [{ id: 'abc', url: 'chrome-extension://abc/review.html' }, 'extension-page'],
    [{ id: 'abc', url: 'https://a.example/x?utm_medium=y', tab: { id: 3 } }, 'content-script'],
    [{ id: 'other', url: 'https://a.example/x', tab: { id: 3 } }, 'rejected'],
    [{ id: 'abc', url: 'file:///etc/passwd', tab: { id: 3 } }, 'rejected'],
    [{ url: 'https://a.example/' }, 'rejected'],
    [
      {
        id: 'abc',
        url: 'https://a.example/first',
        frameId: 0,
        tab: { id: 3, url: 'https://a.example/second' },
      },
      'content-script',
    ],
  ])('%j is %s', (sender, kind) => {
    expect(classifySender(sender, 'abc', origin).kind).toBe(kind);
  });

  it("scopes a top-frame script to the tab's current URL after pushState", () => {
    const sender = {
      id: 'abc',
      url: 'https://a.example/first',
      frameId: 0,
      tab: { id: 3, url: 'https://a.example/second?utm_source=x' },
    };
    expect(classifySender(sender, 'abc', origin)).toEqual({
      kind: 'content-script',
      pageUrl: 'https://a.example/second',
      tabId: 3,
    });
  });
});
