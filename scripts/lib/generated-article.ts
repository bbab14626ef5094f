/**
 * Builds a news-style article of about N words from templates written for this project:
 * named officials and experts, reported claims, quotations, hedged sentences and numbers,
 * in a deterministic order (the same N gives the same page), for benchmarks.
 */
import { seededRandom } from './seeded-random';

const PEOPLE: [role: string, name: string][] = [
  ['Transport Minister', 'Hana Kovář'],
  ['economist', 'Idris Mbeki'],
  ['city engineer', 'Ruth Alderney'],
  ['union leader', 'Tomasz Wielgosz'],
  ['spokeswoman for the Port Authority', 'Delia Frost'],
];
const ORGS = [
  'the Port Authority',
  'the Regional Audit Office',
  'Northfield University',
  'the Freight Union',
];
const NUMBERS = [
  '$2.4 billion',
  'more than 3,000 jobs',
  '14 months',
  'about 40% of cargo',
  '18 kilometres',
  '600 trucks a day',
];

const TEMPLATES: ((
  p: [string, string],
  q: [string, string],
  org: string,
  n: string,
  m: string,
) => string)[] = [
  (p, _q, _o, n) => `${p[0]} ${p[1]} said on Monday that the project would cost ${n}.`,
  (p, _q, org, n) =>
    `According to ${org}, the new terminal could handle ${n} by the end of the decade.`,
  (p) => `"We have no intention of delaying the work," ${p[1]} told reporters.`,
  (_p, q, _o, n) =>
    `${q[1]}, a ${q[0]}, warned that the estimate may rise if steel prices keep climbing, possibly beyond ${n}.`,
  (_p, _q, org, n, m) =>
    `The plan sets aside ${n} for the first phase and ${m} for the second, ${org} said.`,
  (p, _q, _o, n) =>
    `If the vote passes, construction is likely to start within ${n}, ${p[1].split(' ').pop()} added.`,
  () => `Residents of the harbour district have complained about noise and dust for years.`,
  (_p, q) => `"It seems unlikely that the budget will hold," said ${q[1]}.`,
  (_p, _q, _o, n) => `The ferry line carried ${n} last year, a record for the route.`,
  (p) => `Critics argue the scheme might never pay for itself, but ${p[1]} rejected that view.`,
];

/** An HTML page with an <article> of about `words` words. */
export function generatedArticle(words: number, seed = 7): string {
  const next = seededRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    for (let i = 0; i < 3; i++) {
      const sentence = pick(TEMPLATES)(
        pick(PEOPLE),
        pick(PEOPLE),
        pick(ORGS),
        pick(NUMBERS),
        pick(NUMBERS),
      );
      sentences.push(sentence);
      count += sentence.split(/\s+/).length;
    }
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour terminal plan divides the city</title>
<meta property="og:type" content="article"></head><body><header><nav><a href="#">Home</a> <a href="#">Business</a></nav></header>
<main><article><h1>Harbour terminal plan divides the city</h1>${paragraphs.join('\n')}</article></main>
<footer><p>© The Coastal Ledger</p></footer></body></html>`;
}
