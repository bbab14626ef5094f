import { ROLE_NOUNS, TITLES } from './lexicon';
import { low } from './names';
import type { Person } from './people';
import type { Token } from './tokens';

const ABBREVIATED: Record<string, string> = {
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  capt: 'captain',
  sgt: 'sergeant',
  adm: 'admiral',
  det: 'detective',
  insp: 'inspector',
  prof: 'professor',
  pres: 'president',
};

/**
 * Links definite job descriptions to the person who holds that job in the article:
 * "the president" → Barack Obama, "the minister" → the person whose role names a
 * minister. Only the latest person (in reading order) with that job word is chosen,
 * and "the president of X", "the minister for Y" (someone else’s title) are left alone.
 */
export function linkNominals(tokens: Token[], people: Person[]): void {
  const holders = new Map<string, { p: Person; from: number }[]>();
  for (const p of people) {
    if (!p.role) continue;
    const from = p.mentions[0]?.start ?? 0;
    // Only the role's own head: "an adviser to the prime minister" is no minister.
    const head =
      p.role.toLowerCase().split(/\s(?:of|for|to|at|in|with|who|from|on|and)\s/)[0] ?? '';
    for (const raw of head.split(/[^\p{L}-]+/u)) {
      // "Sen. Ann Roe" is later "the senator".
      const w = ABBREVIATED[raw] ?? raw;
      if (!ROLE_NOUNS.has(w) && !TITLES.has(w)) continue;
      const list = holders.get(w) ?? [];
      list.push({ p, from });
      holders.set(w, list);
    }
  }
  if (holders.size === 0) return;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const det = tokens[i - 1] as Token;
    if (low(det) !== 'the' || !/^\s+$/.test(det.post)) continue;
    const list = holders.get(low(t));
    if (!list) continue;
    const next = tokens[i + 1];
    if (
      next &&
      /^\s+$/.test(t.post) &&
      (/^(?:of|for)$/.test(low(next)) || /^\p{Lu}/u.test(next.text))
    )
      continue;
    // "the prime minister": the first word of a longer job.
    if (
      next &&
      /^\s+$/.test(t.post) &&
      /^[a-z]/.test(next.text) &&
      (ROLE_NOUNS.has(low(next)) || TITLES.has(low(next)))
    )
      continue;
    // "the Rev. Cornelius Ward": an abbreviated title before the name, not a later mention.
    if (
      next &&
      /^\.\s+$/.test(t.post) &&
      /^\p{Lu}/u.test(next.text) &&
      next.sentence === t.sentence
    )
      continue;
    // The holder introduced most recently before this point.
    let best: Person | null = null;
    for (const h of list) if (h.from <= t.start) best = h.p;
    if (!best) continue;
    best.mentions.push({
      tokenStart: i,
      tokenEnd: i + 1,
      start: det.start,
      end: t.end,
      text: `${det.text} ${t.text}`,
      sentence: t.sentence,
    });
  }
}
