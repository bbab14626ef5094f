import { low, type NameRun } from './names';
import { NOT_SURNAME } from './person-words';
import type { Token } from './tokens';

/** Words that open a weather system's name ("Storm Ciarán", "Hurricane Milton"). */
const STORM = /^(?:Storm|Hurricane|Typhoon|Cyclone|Tropical)$/;
/** Last words of football and rugby clubs' names, which follow a place's name. */
const CLUB_WORD =
  /^(?:City|Town|United|Rovers|Athletic|Wanderers|Albion|Rangers|Hotspur|Argyle|Orient|Harriers|Olympic|Academicals)$/;
/** Prefixes of ships' names. */
const SHIP_PREFIX = /^(?:HMS|USS|RMS|HMAS|HMCS|HMNZS|MV|MS|SS|RFA|INS|USNS)$/;
/**
 * Lower-case nouns for vessels, vehicles and animals, which take names like people's:
 * "the ferry Queen Maud", "the tanker Sofia Ivanova", "the racehorse Lord Ashby".
 */
const THING_NOUN =
  /^(?:ferry|ship|vessel|tanker|yacht|liner|frigate|destroyer|submarine|trawler|boat|freighter|cruiser|warship|lifeboat|locomotive|horse|racehorse|gelding|mare|colt|filly|stallion|greyhound|hound|dog|puppy|cat|parrot)$/;

/**
 * True where a run that looks like a person's name names a storm, a vessel, an animal or
 * a building: "Storm Ciarán", "the ferry Queen Maud", "at the Sir John Moore Hall". Such
 * names carry first names and titles, so the person evidence would otherwise accept them.
 */
export function namedAsThing(tokens: Token[], run: NameRun): boolean {
  const head = tokens[run.titleStart] as Token;
  // "Harcourt City", "Brindle Town", "Kelso Rovers": a club, named after its place, or by
  // its last word alone ("City, who are fourth, …").
  if (CLUB_WORD.test((tokens[run.nameEnd - 1] as Token).text)) return true;
  if (STORM.test(head.text) && run.nameEnd - run.titleStart >= 2 && /^\s+$/.test(head.post))
    return true;
  const before = tokens[run.titleStart - 1];
  if (!before || !/^\s+$/.test(before.post)) return false;
  // "HMS Prince of Wales", "USS George Washington": a ship's prefix.
  if (SHIP_PREFIX.test(before.text)) return true;
  if (THING_NOUN.test(before.text)) return true;
  // "the Sir John Moore Hall": an article before a title and a building's last word.
  const last = tokens[run.nameEnd - 1] as Token;
  return (
    /^the$/i.test(before.text) && run.nameEnd - run.titleStart >= 2 && NOT_SURNAME.has(low(last))
  );
}
