import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '@/entrypoints/background/handlers';
import { createAnnotation } from '@/utils/db/annotations';
import { ClaimlightDatabase } from '@/utils/db/database';
import { classifySender, type SenderInfo, type SenderScope } from '@/utils/messaging/sender';
import { ferryAnnotation, timetableAnnotation } from '../../fixtures/safety/annotations';
import { dumpDatabase } from './db-dump';

/**
 * The background's trust boundary, message by message: senders that are not Claimlight,
 * content scripts reaching past their own page, and malformed or over-reaching payloads.
 * Every one must be refused, and the database must stay byte-for-byte the same.
 */
const RUNTIME_ID = 'claimlightextensionidaaaaaaaaaaaa';
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const OWN_PAGE = ferryAnnotation().url;
const OTHER_PAGE = 'https://harbour-gazette.example/fares';
const OWN_ID = ferryAnnotation().id;
const OTHER_ID = 'other-page-annotation';

const THIS_TAB: SenderScope = { kind: 'content-script', pageUrl: OWN_PAGE, tabId: 7 };

type AnyHandler = (data: unknown, scope: SenderScope) => Promise<{ ok: boolean }>;
let db: ClaimlightDatabase;
let handlers: Record<string, AnyHandler>;
let before: string;

beforeAll(async () => {
  db = new ClaimlightDatabase('safety-message-boundary');
  handlers = createHandlers(db) as unknown as Record<string, AnyHandler>;
  await createAnnotation(db, ferryAnnotation(), new Date('2026-01-02T00:00:00Z'), OWN_ID);
  await createAnnotation(
    db,
    { ...timetableAnnotation(), url: OTHER_PAGE },
    new Date('2026-01-03T00:00:00Z'),
    OTHER_ID,
  );
  before = await dumpDatabase(db);
});

afterAll(async () => {
  db.close();
  await db.delete();
});

describe('sender classification', () => {
  const cases: [string, SenderInfo][] = [
    ['another extension', { id: 'someoneelse', url: `chrome-extension://someoneelse/x.html` }],
    ['no id at all (a web page via externally_connectable)', { url: OWN_PAGE, tab: { id: 1 } }],
    ['our id but a web page URL without a tab', { id: RUNTIME_ID, url: OWN_PAGE }],
    ['our id, a tab, a data: URL', { id: RUNTIME_ID, url: 'data:text/html,hi', tab: { id: 1 } }],
    ['our id, a tab, a file: URL', { id: RUNTIME_ID, url: 'file:///etc/passwd', tab: { id: 1 } }],
    ['our id, a tab, javascript:', { id: RUNTIME_ID, url: 'javascript:alert(1)', tab: { id: 1 } }],
    ['our id, a tab, about:blank', { id: RUNTIME_ID, url: 'about:blank', tab: { id: 1 } }],
    [
      'an origin that only starts like ours',
      { id: 'x', url: `chrome-extension://${RUNTIME_ID}.evil.example/review.html` },
    ],
  ];
  it.each(cases)('refuses %s', (_name, sender) => {
    expect(classifySender(sender, RUNTIME_ID, ORIGIN).kind).toBe('rejected');
  });

  it('confines a content script to the page it runs in, with the URL normalised', () => {
    const scope = classifySender(
      { id: RUNTIME_ID, url: `${OWN_PAGE}?utm_source=feed#top`, tab: { id: 3 } },
      RUNTIME_ID,
      ORIGIN,
    );
    expect(scope).toEqual({ kind: 'content-script', pageUrl: OWN_PAGE, tabId: 3 });
  });
});

interface Attempt {
  name: string;
  type: string;
  data: unknown;
  scope: SenderScope;
}

const draft = (overrides: Record<string, unknown> = {}) => {
  const { url, title, target, label, note } = ferryAnnotation();
  return { url, title, target, label, note, ...overrides };
};

const ATTEMPTS: Attempt[] = [
  // A sender that is not Claimlight gets nothing, whatever it asks.
  ...['listAnnotations', 'createAnnotation', 'updateAnnotation', 'deleteAnnotation'].map(
    (type): Attempt => ({
      name: `${type} from a rejected sender`,
      type,
      data:
        type === 'listAnnotations'
          ? { url: OWN_PAGE }
          : type === 'createAnnotation'
            ? draft()
            : type === 'updateAnnotation'
              ? { id: OWN_ID, changes: { note: 'x' } }
              : { id: OWN_ID },
      scope: { kind: 'rejected' },
    }),
  ),
  // A page reaching past itself.
  {
    name: 'list another page',
    type: 'listAnnotations',
    data: { url: OTHER_PAGE },
    scope: THIS_TAB,
  },
  {
    name: 'list a look-alike host',
    type: 'listAnnotations',
    data: { url: 'https://coast-courier.example.evil.example/2026/ferry-timetable' },
    scope: THIS_TAB,
  },
  {
    name: 'list with userinfo pointing elsewhere',
    type: 'listAnnotations',
    data: { url: 'https://coast-courier.example@harbour-gazette.example/fares' },
    scope: THIS_TAB,
  },
  {
    name: 'create on another page',
    type: 'createAnnotation',
    data: draft({ url: OTHER_PAGE }),
    scope: THIS_TAB,
  },
  {
    name: 'relabel another page’s annotation',
    type: 'updateAnnotation',
    data: { id: OTHER_ID, changes: { label: 'reported' } },
    scope: THIS_TAB,
  },
  {
    name: 'delete another page’s annotation',
    type: 'deleteAnnotation',
    data: { id: OTHER_ID },
    scope: THIS_TAB,
  },
  { name: 'delete an unknown id', type: 'deleteAnnotation', data: { id: 'nope' }, scope: THIS_TAB },
  // Over-reaching or malformed payloads from the page itself.
  {
    name: 'create choosing its own id',
    type: 'createAnnotation',
    data: draft({ id: OTHER_ID }),
    scope: THIS_TAB,
  },
  {
    name: 'create spoofing the site',
    type: 'createAnnotation',
    data: draft({ site: 'bank.example' }),
    scope: THIS_TAB,
  },
  {
    name: 'create backdated',
    type: 'createAnnotation',
    data: draft({ createdAt: '2000-01-01T00:00:00.000Z' }),
    scope: THIS_TAB,
  },
  {
    name: 'create with a javascript: URL',
    type: 'createAnnotation',
    data: draft({ url: 'javascript:alert(1)' }),
    scope: THIS_TAB,
  },
  {
    name: 'create with an unknown label',
    type: 'createAnnotation',
    data: draft({ label: 'verified' }),
    scope: THIS_TAB,
  },
  {
    name: 'create with an empty quote',
    type: 'createAnnotation',
    data: draft({
      target: {
        ...ferryAnnotation().target,
        quote: { ...ferryAnnotation().target.quote, exact: '' },
      },
    }),
    scope: THIS_TAB,
  },
  {
    name: 'create with a 200,000-character note',
    type: 'createAnnotation',
    data: draft({ note: 'n'.repeat(200_000) }),
    scope: THIS_TAB,
  },
  {
    name: 'create with __proto__',
    type: 'createAnnotation',
    data: JSON.parse(`{"__proto__":{"isAdmin":true},${JSON.stringify(draft()).slice(1)}`),
    scope: THIS_TAB,
  },
  { name: 'create as null', type: 'createAnnotation', data: null, scope: THIS_TAB },
  {
    name: 'create as a string',
    type: 'createAnnotation',
    data: JSON.stringify(draft()),
    scope: THIS_TAB,
  },
  {
    name: 'update moving it to another URL',
    type: 'updateAnnotation',
    data: { id: OWN_ID, changes: { url: OTHER_PAGE } },
    scope: THIS_TAB,
  },
  {
    name: 'update rewriting its dates',
    type: 'updateAnnotation',
    data: { id: OWN_ID, changes: { createdAt: '2000-01-01T00:00:00.000Z' } },
    scope: THIS_TAB,
  },
  {
    name: 'update with a number note',
    type: 'updateAnnotation',
    data: { id: OWN_ID, changes: { note: 5 } },
    scope: THIS_TAB,
  },
  {
    name: 'update with an id array',
    type: 'updateAnnotation',
    data: { id: [OWN_ID], changes: { note: 'x' } },
    scope: THIS_TAB,
  },
  {
    name: 'delete with an id object',
    type: 'deleteAnnotation',
    data: { id: { $ne: '' } },
    scope: THIS_TAB,
  },
  {
    name: 'delete with a 10,000-character id',
    type: 'deleteAnnotation',
    data: { id: 'i'.repeat(10_000) },
    scope: THIS_TAB,
  },
  {
    name: 'delete with extra fields',
    type: 'deleteAnnotation',
    data: { id: OWN_ID, all: true },
    scope: THIS_TAB,
  },
  { name: 'list with no URL', type: 'listAnnotations', data: {}, scope: THIS_TAB },
];

describe('background handlers under attack', () => {
  it.each(ATTEMPTS.map((a) => [a.name, a] as const))('refuses: %s', async (_name, attempt) => {
    const handler = handlers[attempt.type];
    expect(handler).toBeTypeOf('function');
    const result = await handler!(attempt.data, attempt.scope);
    expect(result.ok).toBe(false);
    expect(await dumpDatabase(db)).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses every message type, present and future, from a rejected sender', async () => {
    for (const [type, handler] of Object.entries(handlers)) {
      const result = await handler({}, { kind: 'rejected' });
      expect([type, result.ok]).toEqual([type, false]);
    }
    expect(await dumpDatabase(db)).toBe(before);
  });
});
