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
  if (people.every((p) => p.name.includes(' '))) return [];
  const capitalised = new Set(tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.text));
  return people.filter(
    (p) =>
      !p.name.includes(' ') &&
      ((/\p{Ll}a$/u.test(p.name) &&
        (capitalised.has(p.name + 'n') || capitalised.has(p.name + 'ns'))) ||
        namedAsPlace(tokens, p)) &&
      !p.mentions.some((m) => titledMention(tokens, m)),
  );
}

const PLACE_NOUN = /^(?:capital|city|town|village|port|region|province|county|district|island)$/;
const PLACE_BEFORE = /^(?:in|near|outside|across|above|around|between|from)$/;

/**
 * "between Kesvet and the capital, Varnel,", "Diplomats in Varnel said": a one-word name
 * given as a place noun's name, and otherwise only after place prepositions.
 */
function namedAsPlace(tokens: Token[], p: Person): boolean {
  let appositive = false;
  for (const m of p.mentions) {
    const before = tokens[m.tokenStart - 1];
    const noun = tokens[m.tokenStart - 2];
    if (before && PLACE_BEFORE.test(before.text.toLowerCase())) {
      // "the 30-year-old from Sendai", "a nurse, 41, from Keynsham": where someone is from.
      if (
        /^(?:from|in)$/i.test(before.text) &&
        noun &&
        (/^(?:old|man|woman|resident|native|father|mother|grandmother|grandfather)$/i.test(
          noun.text,
        ) ||
          (/^\d{1,3}$/.test(noun.text) && /,\s*$/.test(noun.post)))
      )
        appositive = true;
      continue;
    }
    if (
      before &&
      /,\s*$/.test(before.post) &&
      PLACE_NOUN.test(before.text.toLowerCase()) &&
      /^(?:the|its|their)$/i.test(noun?.text ?? '')
    ) {
      appositive = true;
      continue;
    }
    return false;
  }
  return appositive;
}
