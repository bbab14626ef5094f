import type { Annotation } from '../../../utils/db/types';

/** Text both the hostile page and the victim pages carry, so anchoring would succeed anywhere. */
export const SHARED_TEXT = {
  own: 'the harbour master said the new pontoon would open in spring',
  victim: 'the treasurer admitted the budget had been overspent by a third',
};

/** Notes no page may ever read: the hostile page's own, and other pages'. */
export const SECRETS = {
  own: 'SECRET-OWN-7f3e: my private doubt about the pontoon',
  sameSite: 'SECRET-SAME-SITE-2b9c: check the audit report',
  otherSite: 'SECRET-OTHER-SITE-c41d: call the treasurer',
};

export function article(title: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><article><h1>${title}</h1>
<p id="own">At the quayside meeting, ${SHARED_TEXT.own}, though no date was fixed.</p>
<p id="victim">Later that evening ${SHARED_TEXT.victim}, according to the minutes.</p>
<p id="plain">Residents asked about parking, ferry times and the state of the slipway.</p>
</article></body></html>`;
}

/** A stored annotation on `url` for one of the shared passages. */
export function storedAnnotation(
  id: string,
  url: string,
  which: keyof typeof SHARED_TEXT,
  note: string,
): Annotation {
  const exact = SHARED_TEXT[which];
  const site = new URL(url).hostname;
  return {
    id,
    url,
    site,
    title: 'Quayside meeting',
    target: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    label: 'note',
    note,
    speaker: null,
    origin: 'reader',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
  };
}

/**
 * The hostile page's head script: it runs before the content script and tries to get a
 * hand on Claimlight's UI hosts (custom element definitions for their tag names, with
 * ElementInternals, which can expose a closed shadow root), and clobbers globals.
 */
export const CLOBBER_SCRIPT = `<script>
  window.__loot = [];
  const steal = (name) => class extends HTMLElement {
    constructor() {
      super();
      try { const internals = this.attachInternals(); window.__loot.push(name + ' internals root: ' + (internals.shadowRoot ? internals.shadowRoot.innerHTML : 'null')); window.__internals = (window.__internals || []).concat(internals); } catch (e) { window.__loot.push(name + ' internals refused: ' + e.message); }
    }
    connectedCallback() { window.__loot.push(name + ' connected, open root: ' + String(this.shadowRoot)); }
  };
  for (const tag of ['claimlight-toolbar', 'claimlight-card', 'claimlight-suggestion-card']) {
    try { customElements.define(tag, steal(tag)); } catch (e) { window.__loot.push('define ' + tag + ' failed: ' + e.message); }
  }
  const realAttach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = realAttach.call(this, { ...init, mode: 'open' });
    window.__loot.push('attachShadow hooked on ' + this.tagName);
    window.__roots = (window.__roots || []).concat(root);
    return root;
  };
</script>
<form name="CSS"></form><img name="Highlight"><a id="chrome"></a>`;
