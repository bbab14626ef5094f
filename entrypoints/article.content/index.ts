import './highlights.css';
import { tabMessenger } from '@/utils/messaging/protocol';
import { mountHoverCard } from './hover-card';
import { PageSession } from './page-session';
import { mountSelectionToolbar } from './selection-toolbar';
import { watchPageChanges } from './page-changes';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const session = new PageSession();
    mountSelectionToolbar(ctx, session);
    const card = mountHoverCard(ctx, session);

    const reload = async () => {
      await session.load();
      card.refresh();
    };
    void reload();
    watchPageChanges(ctx, session, reload);

    tabMessenger.onMessage('getPageStatus', () => ({
      url: session.url,
      anchored: session.layer.anchoredIds(),
      orphans: session.layer.orphanIds(),
    }));
    tabMessenger.onMessage('scrollToAnnotation', ({ data }) => {
      const range = session.layer.rangeOf(data.id);
      const element = range?.startContainer.parentElement;
      if (!element) return false;
      element.scrollIntoView({ block: 'center', behavior: 'instant' });
      card.focus(data.id);
      return true;
    });
    tabMessenger.onMessage('annotationsChanged', () => void reload());

    ctx.onInvalidated(() => {
      tabMessenger.removeAllListeners();
      session.layer.dispose();
    });
  },
});
