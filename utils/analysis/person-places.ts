import type { Person, PersonMention } from './people';
import type { Token } from './tokens';

/**
 * The one-word "people" that are countries or regions the tagger does not know, shown by
 * an adjective the text forms from them: "Lavaria" beside "Lavarian gas", "Kerenia"
 * beside "Kerenian officials". Only names ending in -a, whose adjective adds -n
 * ("Kenya", "Kenyan"): "Darwinian" beside "Darwin" says nothing about Darwin.
 */
export function placesAmong(tokens: Token[], people: Person[]): Person[] {
  const titled = (m: PersonMention): boolean => m.start < (tokens[m.tokenStart] as Token).start;
  const capitalised = new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text));
  return people.filter(
    (p) =>
      !p.name.includes(' ') &&
      /\p{Ll}a$/u.test(p.name) &&
      !p.mentions.some(titled) &&
      (capitalised.has(p.name + 'n') || capitalised.has(p.name + 'ns')),
  );
}
