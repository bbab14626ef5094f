/**
 * Decides which parts of a page are never article text: chrome, furniture and
 * everything that is not prose. Kept as cheap selector/regex tests because it runs
 * on every element the walker visits.
 */

/** Elements whose whole subtree is never article prose. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'menu',
  'dialog',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'complementary',
  'banner',
  'contentinfo',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alert',
]);

/**
 * Class/id words of page furniture. Word-boundary-ish anchors keep "ad" from matching
 * "header" or "shadow", and "share" from matching "shared-content".
 */
const SKIP_CLASS =
  /(?:^|[_-])(?:comments?|related|recirc|promo(?:tion)?s?|share|sharing|social|newsletter|signup|subscribe|subscription|advert\w*|ads?|ad-\w+|adslot|dfp|sponsor\w*|outbrain|taboola|sidebar|breadcrumbs?|credits?|charts?|graphics?|infographics?|datawrapper|visuali[sz]ations?|byline|dateline|tags?|topics|most-?popular|trending|more-?stories|also-?read|see-?also|footer|masthead|toolbar|nav\w*|menu|modal|popup|cookie|consent|paywall|disclaimer|correction-?policy|author-?bio|bio-?box|timestamp|hidden|visually-?hidden|sr-only|screen-?reader\w*|off-?screen|skip-?link|print-?only|inline-?(?:ad|promo|link))(?:$|[_-])/i;
/** Classes that describe the page's taxonomy (WordPress `tag-x`, `category-y`), not furniture. */
const TAXONOMY =
  /^(?:tag|category|post|type|status|format|author|has|is|with|js|no|page|single|template)-/i;

/** True for elements that are never prose whatever their class (tags, roles, hidden). */
export function isHardSkipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'header' && !el.querySelector('h1')) return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * True if the element's class or id names page furniture (related links, promos,
 * captions, share bars…). Only applied close to the text: a wrapper high up may carry
 * a word such as "share" and still hold the whole article.
 */
export function hasFurnitureClass(el: Element): boolean {
  const cls = (el.getAttribute('class') ?? '') + ' ' + (el.id ?? '');
  if (cls.length < 2) return false;
  for (const word of cls.split(/\s+/))
    if (word && !TAXONOMY.test(word) && SKIP_CLASS.test(word)) return true;
  return false;
}

/** True if `el` and its subtree are page furniture rather than article prose. */
export function isSkipped(el: Element): boolean {
  return isHardSkipped(el) || hasFurnitureClass(el);
}
