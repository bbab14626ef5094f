import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageAnnotationList } from '@/components/PageAnnotationList';
import { listAnnotationsForUrl } from '@/utils/db/annotations';
import { getDatabase } from '@/utils/db/database';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { tabMessenger } from '@/utils/messaging/protocol';
import { normalizeUrl } from '@/utils/url/normalize-url';

interface ActiveTab {
  id: number;
  url: string;
}

/** The toolbar popup: this page's annotations, where each one is, and the way to all of them. */
export function PopupApp() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [orphans, setOrphans] = useState<Set<string> | null>(null);
  const [pageProblem, setPageProblem] = useState<string>();

  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => {
      const url = active?.url ?? '';
      setTab(
        active?.id !== undefined && /^https?:/.test(url)
          ? { id: active.id, url: normalizeUrl(url) }
          : null,
      );
    });
  }, []);

  const annotations = useLiveQuery(
    () => (tab ? listAnnotationsForUrl(getDatabase(), tab.url) : Promise.resolve([])),
    [tab?.url],
  );

  useEffect(() => {
    if (!tab || annotations.status !== 'ready') return;
    tabMessenger
      .sendMessage('getPageStatus', undefined, tab.id)
      .then((status) => {
        setOrphans(new Set(status.orphans));
        setPageProblem(undefined);
      })
      .catch(() => setPageProblem('Highlights are not shown on this tab yet: reload the page.'));
  }, [tab, annotations]);

  const openReview = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
    window.close();
  };

  return (
    <main class="popup">
      <header>
        <h1>Claimlight</h1>
        <button type="button" class="link" onClick={openReview}>
          Review all
        </button>
      </header>
      {tab === null && <p class="empty">Claimlight works on web pages (http and https).</p>}
      {pageProblem && <p class="warning">{pageProblem}</p>}
      {annotations.status === 'error' && (
        <p class="error" role="alert">
          Could not read your annotations: {annotations.error}
        </p>
      )}
      {tab && annotations.status === 'ready' && (
        <PageAnnotationList
          annotations={annotations.value}
          orphans={orphans}
          onSelect={(annotation) => {
            void tabMessenger
              .sendMessage('scrollToAnnotation', { id: annotation.id }, tab.id)
              .then(() => window.close());
          }}
        />
      )}
    </main>
  );
}
