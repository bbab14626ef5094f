import { browser } from 'wxt/browser';
import { analyze } from '@/utils/analysis/analyze';
import { getDatabase } from '@/utils/db/database';
import { backgroundMessenger, type BackgroundProtocol } from '@/utils/messaging/protocol';
import { classifySender } from '@/utils/messaging/sender';
import { createHandlers } from './handlers';
import { warmUpAnalyzer } from './warm-up';

export default defineBackground(() => {
  const openTab = async (url: string) => (await browser.tabs.create({ url })).id;
  const handlers = createHandlers(getDatabase(), undefined, openTab);
  const extensionOrigin = browser.runtime.getURL('/');

  // The engine compiles the analyzer (and the NLP library its tagging rules) as it first
  // runs: do it now, while no page is waiting, rather than on the first article the reader
  // opens. (The NLP library's lexicon comes ready-made: scripts/build/compromise-snapshot.ts.)
  const stopWarmUp = warmUpAnalyzer(analyze);

  const types = Object.keys(handlers) as (keyof BackgroundProtocol)[];
  for (const type of types) {
    backgroundMessenger.onMessage(type, (message) => {
      if (type === 'analyzeArticle') stopWarmUp();
      const scope = classifySender(message.sender, browser.runtime.id, extensionOrigin);
      // The handler validates the payload itself; the cast only satisfies the per-type overloads.
      return handlers[type](message.data, scope) as never;
    });
  }

  // Chromium stops this worker after 30 s without events, and starting it again costs a few
  // hundred ms (loading the analyzer, the warm-up above). A tab starting to load a page is an
  // event, so listening to it starts the worker while the page loads, not when its content
  // script asks for analysis. The listener itself has nothing to do.
  browser.tabs.onUpdated.addListener(() => undefined);
});
