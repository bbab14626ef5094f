import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The parts of WXT's context this class reads; TypeScript calls them private. */
interface ContextFields {
  contentScriptName: string;
  id: string;
}

/**
 * WXT's content script context, without the `window.postMessage` it sends as it starts.
 *
 * WXT tells an older copy of the same content script (left behind by an extension update) to
 * stop in two ways: a custom event on the document, which the copies it builds listen to, and
 * a window message, kept for copies built by WXT versions before that event. The message is
 * delivered to the page's own scripts, which never asked for it (a page's message handler may
 * not expect a stranger's), and posting it makes Chromium capture the calling stack: 3-15 ms
 * of the script's start on the first page of a browser that is starting. Claimlight has only
 * ever been built with the event, so the event alone is enough.
 * scripts/build/quiet-content-context.ts puts this class in place of WXT's for the content
 * script's entry.
 */
export class QuietContentScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {
    const { contentScriptName, id } = this as unknown as ContextFields;
    const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: id } }));
  }
}

export { QuietContentScriptContext as ContentScriptContext };
