import { PHRASING } from './prose';

/**
 * Decides which parts of a page are never article text: chrome, furniture and
 * everything that is not prose. Kept as cheap selector/regex tests because it runs
 * on every element the walker visits.
 */

/** Elements whose whole subtree is never article prose. */
const SKIP_TAGS = new Set(
  'script style noscript template svg canvas iframe object embed video audio picture img nav aside footer form button select textarea input menu dialog'.split(
    ' ',
  ),
);

const SKIP_ROLES = new Set(
  'navigation complementary banner contentinfo search menu menubar dialog alert'.split(' '),
);

/**
 * Class/id words of page furniture. Word-boundary-ish anchors keep "ad" from matching
 * "header" or "shadow", and "share" from matching "shared-content".
 */
const SKIP_CLASS =
  /(?:^|[_-])(?:comments?|related|recirc|promo\w*|share|sharing|social|newsletter|signup|subscri\w*|advert\w*|ads?|adslot|dfp|sponsor\w*|outbrain|taboola|sidebar|breadcrumbs?|credits?|charts?|(?:info)?graphics?|datawrapper|visuali[sz]ations?|byline|dateline|tags?|topics|trending|more-?stories|also-?read|see-?also|footer|masthead|toolbar|nav\w*|menu|modal|popup|cookie|consent|disclaimer|correction-?policy|timestamp|hidden|sr-only|screen-?reader\w*|off-?screen|skip-?link|print-?only|inline-?(?:ad|promo|link)|links|discussion|repl(?:y|ies)|\w*wall|pull-?quote|author|bios?|(?:twitter|instagram|tiktok)-\w+|most-?(?:read|viewed|shared|popular))(?:$|[_-])/i;
/** Classes that describe the page's taxonomy (WordPress `tag-x`, `category-y`), not furniture. */
const TAXONOMY =
  /^(?:tag|category|post|type|status|format|author(?!-(?:bio|info|box|card))|has|is|with|js|no|page|single|template)-/i;

/** True for elements that are never prose whatever their class (tags, roles, hidden). */
export function isHardSkipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIP_TAGS.has(tag) || (tag === 'header' && !el.querySelector('h1'))) return true;
  if (SKIP_ROLES.has(el.getAttribute('role')!)) return true;
  // AMP shows `fallback` and `placeholder` children only until the real thing loads.
  if (el.matches('[hidden],[fallback],[placeholder],[aria-hidden=true]')) return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style')!);
}

/**
 * True if the element's class or id names page furniture (related links, promos,
 * captions, share bars…). Only applied close to the text: a wrapper high up may carry
 * a word such as "share" and still hold the whole article.
 */
export function hasFurnitureClass(el: Element): boolean {
  // Custom elements (<related-stories>, <amp-ad>) and, on blocks, component or test names
  // (data-component="newsletter-signup") say what a part is as often as classes do.
  let cls = `${el.getAttribute('class')} ${el.id} ${el.localName}`;
  if (!PHRASING.has(el.localName))
    cls += ` ${el.getAttribute('data-testid')} ${el.getAttribute('data-component')}`;
  for (const word of cls.split(/\s+/))
    if (word && !TAXONOMY.test(word) && SKIP_CLASS.test(word)) return true;
  return false;
}

/** True if `el` and its subtree are page furniture rather than article prose. */
export function isSkipped(el: Element): boolean {
  return isHardSkipped(el) || hasFurnitureClass(el);
}
