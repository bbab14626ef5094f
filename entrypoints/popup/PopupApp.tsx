import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HighlightToggles } from '@/components/HighlightToggles';
import { PageAnnotationList } from '@/components/PageAnnotationList';
import {
  deleteAnnotation,
  listAnnotationsForUrl,
  restoreAnnotations,
} from '@/utils/db/annotations';
import { getDatabase } from '@/utils/db/database';
import type { Annotation } from '@/utils/db/types';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { tabMessenger, type PageStatus } from '@/utils/messaging/protocol';
import { toggleSite } from '@/utils/settings/settings';
import { useSettings } from '@/utils/settings/use-settings';
import { normalizeUrl, siteOf } from '@/utils/url/normalize-url';

interface ActiveTab {
  id: number;
  url: string;
}

/** The toolbar popup: this page's annotations, where each one is, highlight switches, and the way to all of them. */
export function PopupApp() {
  const [tab, setTab] = useState<ActiveTab | null | undefined>(undefined);
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [pageProblem, setPageProblem] = useState<string>();
  const [settings, updateSettings] = useSettings();
  const [undo, setUndo] = useState<() => Promise<void>>();
  // Bumped to ask the page for its status again (after it was asked to change something).
  const [statusAsk, setStatusAsk] = useState(0);

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

  // Ask the page again whenever saved data or settings change: counts and orphans follow.
  useEffect(() => {
    if (!tab || annotations.status !== 'ready') return;
    const timer = setTimeout(() => {
      tabMessenger
        .sendMessage('getPageStatus', undefined, tab.id)
        .then((next) => {
          setStatus(next);
          setPageProblem(undefined);
        })
        .catch(() => setPageProblem('Highlights are not shown on this tab yet: reload the page.'));
    }, 150);
    return () => clearTimeout(timer);
  }, [tab, annotations, settings, statusAsk]);

  const removeOrphan = async (annotation: Annotation) => {
    const removed = await deleteAnnotation(getDatabase(), annotation);
    if (!removed) return;
    setUndo(() => async () => {
      await restoreAnnotations(getDatabase(), [removed]);
      setUndo(undefined);
      if (tab)
        void tabMessenger
          .sendMessage('annotationsChanged', undefined, tab.id)
          .catch(() => undefined);
    });
    if (tab)
      void tabMessenger.sendMessage('annotationsChanged', undefined, tab.id).catch(() => undefined);
  };

  const showHeld = async (tabId: number) => {
    await tabMessenger.sendMessage('showHeldHighlights', undefined, tabId).catch(() => undefined);
    setStatus((current) => current && { ...current, held: false });
    setStatusAsk((n) => n + 1);
  };

  const openReview = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/review.html') });
    window.close();
  };

  const site = tab ? siteOf(tab.url) : '';
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
      {tab && status?.held && (
        <p class="warning" role="status">
          This page changed its own address, so your highlights for it are held back until you click
          or type on the page.{' '}
          <button type="button" class="link" onClick={() => void showHeld(tab.id)}>
            Show them now
          </button>
        </p>
      )}
      {undo && (
        <p class="status" role="status">
          Annotation deleted.{' '}
          <button type="button" class="link" onClick={() => void undo()}>
            Undo
          </button>
        </p>
      )}
      {annotations.status === 'error' && (
        <p class="error" role="alert">
          Could not read your annotations: {annotations.error}
        </p>
      )}
      {tab && annotations.status === 'ready' && (
        <PageAnnotationList
          annotations={annotations.value}
          orphans={status ? new Set(status.orphans) : null}
          onSelect={(annotation) => {
            void tabMessenger
              .sendMessage('scrollToAnnotation', { id: annotation.id }, tab.id)
              .then(() => window.close());
          }}
          onReattach={(annotation) => {
            void tabMessenger
              .sendMessage('startReattach', { id: annotation.id }, tab.id)
              .then((started) =>
                started ? window.close() : setPageProblem('Reload the page, then try again.'),
              )
              .catch(() => setPageProblem('Reload the page, then try again.'));
          }}
          onDelete={(annotation) => void removeOrphan(annotation)}
        />
      )}
      {tab && settings && (
        <HighlightToggles
          counts={status?.suggestions ?? null}
          categories={settings.categories}
          site={site}
          autoOnSite={!settings.autoHighlightOffSites.includes(site)}
          paintingOnSite={!settings.paintingOffSites.includes(site)}
          note={status?.suggestionsNote}
          onCategory={(category, on) =>
            updateSettings((s) => ({ ...s, categories: { ...s.categories, [category]: on } }))
          }
          onAutoOnSite={(on) =>
            updateSettings((s) => ({
              ...s,
              autoHighlightOffSites: toggleSite(s.autoHighlightOffSites, site, on),
            }))
          }
          onPaintingOnSite={(on) =>
            updateSettings((s) => ({
              ...s,
              paintingOffSites: toggleSite(s.paintingOffSites, site, on),
            }))
          }
        />
      )}
    </main>
  );
}
