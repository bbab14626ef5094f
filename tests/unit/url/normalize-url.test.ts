import { describe, expect, it } from 'vitest';
import { normalizeUrl, siteOf } from '@/utils/url/normalize-url';

describe('normalizeUrl', () => {
  it.each([
    ['drops the fragment', 'https://news.example/a/b#comments', 'https://news.example/a/b'],
    [
      'drops utm_* and click ids',
      'https://news.example/story?utm_source=nl&utm_Medium=email&fbclid=x&gclid=y&id=7',
      'https://news.example/story?id=7',
    ],
    [
      'drops newsletter and social ids',
      'https://news.example/s?mc_cid=1&mc_eid=2&igshid=3&ref_src=twsrc&_ga=4&page=2',
      'https://news.example/s?page=2',
    ],
    [
      'removes an emptied query entirely',
      'https://news.example/s?utm_source=x',
      'https://news.example/s',
    ],
    [
      'sorts remaining parameters',
      'https://news.example/s?z=1&a=2&m=3',
      'https://news.example/s?a=2&m=3&z=1',
    ],
    [
      'keeps repeated names in order',
      'https://news.example/s?b=1&a=2&a=1',
      'https://news.example/s?a=2&a=1&b=1',
    ],
    [
      'keeps each pair’s encoding',
      'https://news.example/s?q=a+b&p=c%20d&flag',
      'https://news.example/s?flag&p=c%20d&q=a+b',
    ],
    ['lowercases the host', 'https://News.EXAMPLE.org/Path', 'https://news.example.org/Path'],
    ['drops the default https port', 'https://news.example:443/a', 'https://news.example/a'],
    ['drops the default http port', 'http://news.example:80/a', 'http://news.example/a'],
    ['keeps other ports', 'https://news.example:8443/a', 'https://news.example:8443/a'],
    ['drops credentials', 'https://user:secret@news.example/a', 'https://news.example/a'],
    ['drops empty pairs', 'https://news.example/s?&a=1&&', 'https://news.example/s?a=1'],
    [
      'survives malformed escapes',
      'https://news.example/s?%E0%A4%A=1',
      'https://news.example/s?%E0%A4%A=1',
    ],
    [
      'keeps ref (meaningful on some sites)',
      'https://news.example/s?ref=home',
      'https://news.example/s?ref=home',
    ],
  ])('%s', (_name, input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it.each([
    ['file:///home/reader/article.html#top', 'file:///home/reader/article.html'],
    ['about:blank', 'about:blank'],
    [
      'moz-extension://abc/review.html?utm_source=x#list',
      'moz-extension://abc/review.html?utm_source=x',
    ],
    ['not a url #frag', 'not a url '],
  ])('leaves non-http(s) %j unchanged except the fragment', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeUrl('https://WWW.News.example:443/a?utm_term=x&b=2&a=1#x');
    expect(normalizeUrl(once)).toBe(once);
  });
});

describe('siteOf', () => {
  it.each([
    ['https://www.news.example/a', 'news.example'],
    ['https://WWW.News.Example:8080/a', 'news.example'],
    ['https://www2.news.example/a', 'www2.news.example'],
    ['https://edition.news.example/a', 'edition.news.example'],
    ['file:///tmp/a.html', ''],
    ['not a url', ''],
  ])('%s → %j', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
