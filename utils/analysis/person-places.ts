import type { Person } from './people';
import { titledMention } from './person-firms';
import type { Token } from './tokens';

/**
 * The one-word "people" that are countries or regions the tagger does not know, shown by
 * an adjective the text forms from them: "Lavaria" beside "Lavarian gas", "Kerenia"
 * beside "Kerenian officials". Only names ending in -a, whose adjective adds -n
 * ("Kenya", "Kenyan"): "Darwinian" beside "Darwin" says nothing about Darwin.
 */
export function placesAmong(tokens: Token[], people: Person[]): Person[] {
  const capitalised = new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text));
  return people.filter(
    (p) =>
      !p.name.includes(' ') &&
      /\p{Ll}a$/u.test(p.name) &&
      !p.mentions.some((m) => titledMention(tokens, m)) &&
      (capitalised.has(p.name + 'n') || capitalised.has(p.name + 'ns')),
  );
}
