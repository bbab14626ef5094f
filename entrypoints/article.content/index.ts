import './highlights.css';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { tabMessenger } from '@/utils/messaging/protocol';
import { watchSettings } from '@/utils/settings/read-settings';
import { onFirstUse } from './first-use';
import { flashRange } from './flash';
import { mountHoverCard } from './hover-card';
import { watchPageChanges } from './page-changes';
import { PageSession } from './page-session';
import { showRequestedPassage } from './requested-passage';
import { mountSelectionToolbar } from './selection-toolbar';
import { mountSuggestions } from './suggestions';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Lets `npm run bench:content` time the script from its start to the first highlight.
    performance.mark('claimlight:start');
    // Evaluating this script and setting it up are two tasks, not one: on the first page after
    // the browser starts, when everything runs slowly, the two together sometimes took over
    // 50 ms, a pause the reader could feel.
    ctx.setTimeout(() => start(ctx), 0);
  },
});

/** Sets the page up: its annotations, automatic highlights, toolbar, card and messages. */
function start(ctx: ContentScriptContext) {
  const session = new PageSession();
  const suggestions = mountSuggestions(ctx, session);
  // The toolbar acts on a selection, the card on the pointer over a highlight: each is set up
  // when the reader first presses, moves or selects (see first-use.ts).
  const toolbar = onFirstUse(ctx, ['mousedown', 'keydown', 'selectionchange'], () =>
    mountSelectionToolbar(ctx, session),
  );
  const card = onFirstUse(ctx, ['mousemove', 'mousedown', 'click'], () =>
    mountHoverCard(ctx, session, suggestions.layer),
  );

  const reload = async () => {
    await Promise.all([session.load(), suggestions.refresh()]);
    card.ifMounted()?.refresh();
  };
  // Loads and paints everything; opened from the review page, it then shows that passage.
  const reloadAndShowRequested = () =>
    void reload().then(() => showRequestedPassage(session, (id) => focus(id, true)));
  reloadAndShowRequested();
  watchPageChanges(ctx, session, reload, suggestions.follow);
  // Highlights held back after the page changed its own address: the reader's first click
  // or key on the page (never a page-made event) shows them.
  const release = (event: Event) => {
    if (!event.isTrusted || !session.held) return;
    session.trust.grant(session.url);
    reloadAndShowRequested();
  };
  ctx.addEventListener(window, 'pointerdown', release, { capture: true });
  ctx.addEventListener(window, 'keydown', release, { capture: true });
  const unwatchSettings = watchSettings(() => void session.load());

  tabMessenger.onMessage('getPageStatus', () => ({
    url: session.url,
    anchored: session.layer.anchoredIds(),
    orphans: session.layer.orphanIds(),
    suggestions: suggestions.layer.counts(),
    suggestionsNote: suggestions.note(),
    held: session.held,
  }));
  tabMessenger.onMessage('showHeldHighlights', () => {
    session.trust.grant(session.url);
    reloadAndShowRequested();
  });
  const focus = (id: string, flash: boolean) => {
    const range = session.layer.rangeOf(id);
    const element = range?.startContainer.parentElement;
    if (!range || !element) return false;
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
    card.use().focus(id);
    if (flash) flashRange(range);
    return true;
  };
  tabMessenger.onMessage('scrollToAnnotation', ({ data }) => focus(data.id, true));
  tabMessenger.onMessage('annotationsChanged', () => void reload());
  tabMessenger.onMessage('startReattach', ({ data }) => toolbar.use().startReattach(data.id));

  ctx.onInvalidated(() => {
    tabMessenger.removeAllListeners();
    unwatchSettings();
    session.layer.dispose();
  });
}
