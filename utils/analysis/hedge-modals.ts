/**
 * When a modal is not a hedge, and when a reported one still is: ability and capacity
 * ("could hear", "could seat 900"), permission ("may borrow"), habit ("would drive …
 * every summer"), refusals ("would not comment"), commitments and threats ("we will
 * defend", "would face consequences"), and the conditions and hypothetical subjects that
 * keep a back-shifted "would" a hedge. Used by the context rules in hedging.ts.
 */
/** "could" is ability, not possibility, before perception and some verbs of doing. */
export const COULD_ABILITY =
  /^\s+(?:not |n['’]t |never |barely |hardly |only |(?:find|see|get|offer|locate) no\b)/i;
/**
 * Perception is ability: "she could see the smoke", "rescuers could hear voices". Only a
 * pronoun "sees" or "feels"; "the delay could see prices climb" is a possibility.
 */
export const COULD_PERCEIVE = [
  /\b(?:i|we|you|he|she|they)\s+could\s+(?:(?:still|clearly|barely|hardly|just)\s+)?(?:see|hear|feel|smell|taste|remember|afford|read)\b/i,
  // Skills: "she could shape a loaf with her eyes closed", "he could knead dough".
  /\b(?:i|we|you|he|she|they)\s+could\s+(?:(?:already|always)\s+)?(?:shape|knead|bake|cook|sew|knit|swim|ride|sing|dance|paint|draw|carve|fix|mend|recite|juggle)\b/i,
  /\b(?:\w+(?:ers|ents|ors|ists|ians)|people|residents|witnesses|neighbou?rs|passengers|crowds?|children|police|officers)\s+could\s+(?:(?:still|clearly|barely|hardly|just)\s+)?(?:hear|smell|taste|make out|remember|afford)\b/i,
  // The passive: "the blast could be heard from miles away", "smoke could be seen for miles".
  /\bcould\s+(?:(?:still|clearly|easily|barely|just)\s+)?be\s+(?:heard|seen|smelled|smelt)\s+(?:from|across|for|as far|throughout|miles|in the distance|over|\w+ing)\b/i,
  // A finding in a lab: "transcripts could be detected in all twelve samples".
  /\bcould\s+(?:(?:readily|easily|still|also|clearly)\s+)?be\s+(?:detected|observed|visuali[sz]ed)\s+(?:in|at|on|by|within|throughout)\b/i,
];
/**
 * Narrated futures and wishes: "would later become", "would like"; what someone did say,
 * "would say only that"; a deadline given, "would have until 2031 to".
 */
export const WOULD_NOT_HEDGE =
  /^\s+(?:later|eventually|go on to|soon|often|usually|always|never again)\b|^\s+(?:be careful|caution|advise|warn against)\b|^\s+(?:(?:you|they|we|he|she|I)\s+)?(?:(?:still|really|also|just|much|so|very much)\s+)?(?:like|love|prefer|rather|want|urge|encourage|welcome|mind|ask|invite|remind)\b|^\s+(?:\w+\s+){0,6}please\b|^\s+(?:say only|only say|say little|confirm only|only confirm|have until)\b/i;
/** Refusals, only when negated: "would not comment"; "would give" is a conditional. */
export const WOULD_REFUSE =
  /^\s+(?:comment|say|confirm|discuss|elaborate|disclose|reveal|specify|identify|name|answer|give|provide|tolerate|allow|accept|hesitate|stand for|back down|be drawn|trust)\b/i;
/**
 * What a source that warned or threatened says it would do: the threat itself ("would
 * retaliate", "would face severe consequences"), reported, not a guess.
 */
export const THREAT =
  /^\s+(?:not hesitate to |)(?:(?:\w+ly )?(?:attack|retaliate|respond|strike|punish|target|oppose|fight|resist|veto|block|sue|boycott|crush|destroy|shoot|hit back|strike back|fight back)|walk out|take (?:legal |military )?action|face (?:\w+ ){0,2}(?:consequences|punishment|sanctions|retaliation|reprisals|charges|prosecution|penalties|fines|action))\b/i;
/**
 * "We will not close this clinic", "we won't sell": a refusal is a commitment, unless
 * what is refused is an outcome nobody controls ("we will not see growth this year").
 */
export const WE_REFUSE =
  /^\s*(?:not|never)\s+(?!(?:see|know|be able|have|get|find|reach|hit|make it|win|lose|survive|recover|need)\b)\w+/i;
/** "We will retaliate", "we will not be intimidated": a commitment, as "I will" is. */
export const WE_COMMIT =
  /^\s+(?:not |never )?(?:appeal|retaliate|respond|fight|defend|protect|rebuild|punish|act|keep|pay|repay|refund|compensate|honou?r|deliver|invest|hire|publish|investigate|cooperate|co-operate|comply|consult|listen|support|continue|work|ensure|make sure|do (?:everything|whatever|all)|allow|tolerate|accept|rest|stop|give up|give in|back down|bow|surrender|yield|let|stand|sit (?:quietly|idly|back|still)|stand (?:by|idly)|return|attend|meet (?:with|again)|negotiate|press on|pass|rebook|put|prioriti[sz]e|review|contact|call|replace|repair|restore|reopen|be (?:back|there|ready|intimidated|silenced|deterred|bullied|cowed|blackmailed|moved|dictated to))\b/i;
/** A speaker's threat is a promise, not a forecast: "will be treated as an invader". */
export const WILL_THREAT =
  /^\s+(?:be (?:treated as|punished|prosecuted|arrested|expelled|held (?:responsible|accountable)|dealt with|met with)|face (?:\w+ ){0,2}(?:consequences|punishment|sanctions|retaliation|justice|charges|prosecution)|pay (?:a|the) (?:\w+ )?price|regret)\b/i;
/**
 * A quoted schedule is an announcement, not a forecast: "The plant will close on March
 * 31", "We will meet again next week". A verb of the calendar and a date or time after it;
 * a bare year stays a forecast ("It will open in 2027, a year late"). Any action set for
 * a weekday is a schedule ("He will train with the squad on Monday"), unless it is an
 * outcome ("We will win on Saturday").
 */
export const WILL_SCHEDULED =
  /^\s+(?:(?:now|then|also|formally|officially)\s+)?(?:be\s+(?:held|closed|opened|reopened|published|released|announced|unveiled|launched|sentenced|sworn in)|open|close|reopen|shut|meet (?:again|with|on|at|in|next)|start|begin|launch|resume|take place|announce|publish|release|unveil|hold|go on sale|arrive|depart|visit|travel|host|sign|air|premiere|kick off)\b(?!\s+to\b|\s+\w+ing\b)[^.;:!?]{0,40}?\b(?:(?:on|from|at|by|until|before|after|next|this|in)\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|noon|midnight|morning|afternoon|evening|weekend|week|month)|(?:on|from|at|by|until)\s+(?:the\s+)?\d|within\s+(?:\d+|a|one|two|three|four|six|ten|30|90)\s+(?:hours?|days?|weeks?|months?))|^\s+(?!(?:not\s+)?(?:win|lose|beat|score|fail|succeed|pass|rain|snow|be\s+(?:fine|ok|okay|good|better|worse|difficult|hard|tough|close|tight|great|back)|need|struggle|suffer|collapse|happen|change|fall|rise|drop|go up|go down|improve|recover)\b)(?:[\w’'-]+\s+){1,6}?(?:on|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
/**
 * The measure of an effort, not a possibility: "would repay as much as he could", "did
 * everything they could", "as best she could".
 */
export const COULD_MANNER =
  /\b(?:as\s+(?:much|many|far|fast|quickly|soon|long|well|hard|best|often|little|few)\s+(?:as\s+)?|(?:everything|all|whatever|anything|what)\s+)(?:I|we|you|he|she|they|it)\s+$/i;
/** Capacity, not possibility: "The ship could carry 2,000 passengers." */
export const COULD_CAPACITY =
  /^\s+(?:carry|hold|seat|accommodate|house|store|handle|fit|sleep)\s+(?:up to |as many as |about |around |more than |nearly |almost )?\d[\d,.]*\s+\w+\s*(?:[.;,!]|$|(?:and|but|or)\b)/i;
/**
 * An indefinite subject makes a reported "would" hypothetical: "said a cut-off would hit
 * Central Europe hardest", "a weaker currency would hurt importers".
 */
const HYPOTHETICAL_SUBJECT = /\b(?:a|an|any)\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+$/i;
/** …but not "a move officials said would add": the reporting clause is no subject. */
export const hypothetical = (before: string): boolean => {
  const m = HYPOTHETICAL_SUBJECT.exec(before);
  return (
    !!m &&
    !/\b(?:said|says|say|told|added|expects?|expected|believes?|believed|thinks?|thought)\b/i.test(
      m[0],
    )
  );
};
/** A back-shifted "would" still hedges before a condition: "would run out without help". */
export const CONDITION_AFTER = /^[^,.;:]*?\b(?:without|otherwise|or else|in the event|but for)\b/i;
/**
 * A past frame or a habit makes "could" ability and "would" habit: "Before the war,
 * farmers could sell abroad", "Every summer she would drive to the lake", "He could
 * run 100 metres in 11 seconds as a teenager" (the frame may close the sentence).
 */
export const PAST_FRAME =
  /^When\b[^,]{0,60}\b(?:19|20)\d\d\b|^["“‘]?For (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|decades|years)\s+(?:years|decades)\b[^.;]*\b(?:I|we|he|she|they|you) could\b|\bfrom the (?:day|moment|minute|start) (?:he|she|they|I|we) (?:arrived|joined|started|came|signed|began)\b|^(?:Before|Until|Back then|At the time|In those days|In the (?:1[89]|20)\d0s|In (?:1[89]|20)\d\d|As a (?:child|boy|girl|teenager|student)|Decades ago|Years ago)\b|\bwhen (?:he|she|they|I|we|it) (?:was|were|arrived|first|came|joined|started|lived|moved)\b|^On (?:Sundays|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|weekends|weekdays|summer evenings|winter nights)\b|\b(?:every|each) (?:single )?(?:day|night|morning|afternoon|evening|week|weekend|summer|winter|spring|autumn|year|month|season|sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b|\bcould \w+ before (?:he|she|they|I|we|it) could\b|\b(?:as a (?:child|boy|girl|teenager|student|youngster|schoolboy|schoolgirl)|in (?:his|her|their|my|our) (?:youth|prime|heyday|teens|twenties)|at (?:his|her|their) (?:peak|best)|in those days|back then)\b/i;
/**
 * Permission, not possibility: "Students may borrow up to five books"; with a verb that is
 * as often a possibility ("Shareholders may vote against it"), only before the manner a
 * rule allows: "Members may vote by post", "Customers may pay online".
 */
export const MAY_PERMIT_MANNER =
  /\b(?:you|\w+(?:ents|ers|ors|ants)|members|people|staff|pupils|passengers|visitors|users|employees|tenants|candidates|children|adults)(?:\s+(?:under|over|aged)\s+(?:\d+|[a-z]+))?\s+may\s+(?:also\s+|now\s+|only\s+)?(?:vote|appeal|pay|cancel|return|exchange|withdraw|join|leave|change|sign up|renew|transfer)\s+(?:by|online|in person|at any time|free|for free|up to|once|twice|via|through)\b/i;
export const MAY_PERMIT =
  /\b(?:you|\w+(?:ents|ers|ors|ants)|members|people|staff|pupils|passengers|visitors|users|employees|tenants|candidates|children|adults)(?:\s+(?:under|over|aged)\s+(?:\d+|[a-z]+))?\s+may\s+(?:not\s+|also\s+|only\s+)?(?:borrow|apply|bring|enter|park|use|request|submit|register|access|opt|choose|attend|visit|carry|keep|claim|call|contact|order|reapply|travel|stay|collect|book|purchase|take part|take|smoke|photograph|film|eat|drink|pay|break|repay|refinance|switch|terminate)\b|\bmay\s+be\s+(?:appealed|challenged|renewed|extended|redeemed|reclaimed|transferred)\b/i;
/**
 * "should" as expectation, with a non-agent outcome: "should be finished by 2028"; a
 * preview's verdict ("City should have too much for them"); a duration or cost ahead
 * ("The upgrade should take about two hours"); a trend ("Prices should come down a
 * little"); a date ahead ("should open in 2029", not
 * the policy of "should open on Sundays").
 */
export const SHOULD_EXPECT =
  /\bshould (?:(?:\w+ly|also|then|soon|now) )?(?:rise|fall|drop|climb|come down|go up|pick up|level off|stabili[sz]e|settle|slow|decline|decrease|rebound|fade|weaken|strengthen)\b|\bshould (?:(?:now|still|finally) )?(?:open|start|begin|launch|arrive|reach \w+|take effect|go live|be (?:built|finished|open|in place|operating|operational|available))\s+(?:in|by|before|around|early|late|later|from|within)\s+(?:(?:a|one|two|three|four|six|\d+) (?:days?|weeks?|months?)|(?:(?:early|late|mid-?)\s*)?(?:(?:19|20)\d\d|next|the (?:spring|summer|autumn|fall|winter|end)|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December))\b|\bshould (?:(?:still|soon|easily|now|comfortably) )?(?:have (?:too much|enough|the edge|the beating)|(?:take|cost|last) (?:about|around|roughly|up to|no more than|less than|at least|only|just|between|a few|several|\d)|be (?:finished|completed|complete|ready|done|over|back|open|operational|available|known|enough|fine|restored)|pass|arrive|ease|clear|improve|recover|reopen|resume|end|finish|peak|subside|last|fix|solve|resolve|cure|sort)\b|\b(?:policy|plan|measures?|changes?|rules?|law|move|deal|scheme|cuts?|rises?|increases?|reforms?|rates?|weather|rain|system|project|programme|program|investment|tax|funding|money|this|that|it)\s+["“]?should\s+(?:\w+ly\s+)?(?:help|benefit|boost|ease|reduce|lower|mean|lead to|result in|pay off|make|allow|give|improve|speed|bring|keep|protect)\b/gi;

/** "as soon as possible", "made possible by", "where possible": manner, not likelihood. */
export const POSSIBLE_IDIOM =
  /(?:\b(?:all|every)|\bas\s+\w+\s+as|\b(?:made|make|makes|making|where|wherever|whenever|if)(?:\s+it)?)\s+$/i;

/**
 * Habit in the past, not a hypothesis: "would come to her before they dug anything",
 * "would spend hours … whenever it rained".
 */
export const HABITUAL =
  /^\w+(?:\s+\w+){1,8}?\s+(?:before|after|when|whenever|every time|each time|until)\s+(?:\w+\s+){0,2}(?:\w+ed|dug|went|came|saw|got|took|made|left|found|began|ran|sat|stood|fell|knew|thought|wrote|spoke|rang|met|heard|felt)\b/i;

/**
 * A habit told with how often or how long: "would sing for 90 minutes", "who would wash the
 * shirts … for 41 years", "We would see a handful of cases a week in an ordinary summer". (Not
 * "would cost $2 billion a year": a rate alone is no habit.)
 */
export const HABIT_SPAN =
  /^[^.;]{0,80}?\b(?:for (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty) (?:years|decades|seasons|minutes|hours)|in an? (?:ordinary|normal|typical|average) (?:year|summer|winter|week|day|season|month))\b/i;

/**
 * Rules of a place, whoever they bind: "Flags … may not be brought in", "they may not enter
 * the beer tent", "objects may only be handled by trained staff", "holds may be picked up
 * from the lockers until 10 p.m.".
 */
export const MAY_RULE =
  /^\s+(?:not|only)\s+(?:be\s+)?(?:enter|entered|bring|brought|take|taken|use|used|sell|sold|handle|handled|remove|removed|park|parked|smoke|exceed|exceeded|carry|carried|leave|left|camp|fly|flown|feed|fed|touch|touched)\b|^\s+be\s+(?:picked up|collected|renewed|returned|booked|paid|used|redeemed)\b[^.;]{0,60}\b(?:from|at|until|by|online|in person)\b/i;

/**
 * Permission or an offered choice, not possibility: "Only members could vote", "Participants
 * could choose between two routes".
 */
export const COULD_PERMIT = [
  /\bonly\s+(?:\w+\s+){0,2}?(?:\w+(?:ents|ers|ors|ants|ians|ists)|members|people|staff|residents|citizens|adults|women|men|children|employees|passengers|visitors)\s+could\s+(?!not\b|be\b|have\b)/i,
  /\bcould\s+(?:also\s+|only\s+)?(?:choose|pick|select)\s+(?:between|from|among)\b/i,
  // An option a trial or scheme offers: "Patients in the trial could choose to keep taking it".
  /\b(?:patients|participants|volunteers|members|residents|customers|students|subscribers|tenants)\b[^.;]{0,30}?\bcould\s+(?:also\s+)?(?:choose|opt|elect)\s+to\b/i,
  // An entitlement: "travellers could claim the cost of meals".
  /\b(?:travellers|travelers|passengers|customers|consumers|tenants|patients|claimants|applicants|borrowers|workers|employees|members)\s+could\s+(?:also\s+)?(?:claim|apply|ask for|request|get a refund|be entitled)\b/i,
];
/** A reported "would consider" is still tentative: "said it would consider lending". */
export const WOULD_TENTATIVE = /^\s+(?:(?:also|still|now)\s+)?consider\b/i;

/**
 * Who acts, not what happens: people, organisations and the pronouns that stand for them.
 * After a reporting cue, "would" with one of these as its subject relays a plan or a
 * commitment ("said the council would review the case"); with anything else it relays a
 * forecast ("said the cap would shift costs onto renters").
 */
const ACTOR =
  /^(?:i|we|he|she|they|it|you|who|government|administration|company|firm|council|club|board|bank|agency|department|ministry|union|party|committee|city|state|province|county|president|minister|premier|governor|mayor|police|team|group|authority|authorities|officials?|management|school|university|regulator|airline|operator|owners?|developer|retailer|insurer|lender|trust|service|army|military|court|judge|spokes(?:man|woman|person)|chief|executive|director|manager|coach|leader|chair(?:man|woman)?|staff|workers|members|negotiators|lawyers?|prosecutors|investigators|inspectors|organi[sz]ers|family|families)s?$/i;

/** The reporting word or clause boundary a reported subject follows. */
const SUBJECT_START =
  /(?:[,;:—–]|\b(?:told|tells) (?:MPs|reporters|journalists|lawmakers|senators|parliament|councillors|investors|staff|jurors|the \w+|[A-Z][\w'’-]+)(?= )|\b(?:that|said|says|say|told|tells|added|adds|argued|argues|arguing|saying|warned|warns|warning|predicted|predicts|believes?|believed|thinks?|thought|claimed|claims|insisted|insists|estimated|estimates|expects?|expected|suggested|suggests|noted|notes|stressed|acknowledged|admitted|conceded|cautioned|concluded|found|finds|argue|contend(?:s|ed)?|maintain(?:s|ed)?))\s+(?:the\s+)?/gi;

/**
 * What a forecast says a thing will do: its effect ("would hurt", "would cut emissions",
 * "would cost taxpayers") or a judgement of it ("would be disastrous"). An announcement says
 * what will be done ("would be tendered online", "would run on Sunday", "would still cost
 * €449"): no effect, no forecast.
 */
const EFFECT =
  /^\s+(?:(?:not|probably|likely|also|still|only|further|eventually|quickly|dramatically|significantly|ultimately|inevitably|actually)\s+)?(?:hurt|harm|damage|hit|cause|fall|rise|drop|climb|increase|decrease|reduce|cut|raise|boost|lift|lower|shift|cover|save|justify|lead|mean|make|help|benefit|improve|worsen|push|drive|add|bring|create|destroy|threaten|undermine|weaken|strengthen|slow|speed|delay|affect|force|trigger|spark|fuel|ease|eliminate|wipe|generate|result|give|deter|discourage|prevent|kill|devastate|cripple|erode|squeeze|swell|double|halve|triple|outweigh|exceed|backfire|fail|succeed|hamper|hinder|jeopardi[sz]e|endanger|expose|leave|put|reach|draw|attract|prompt|invite|pay|need|fund|finance|sustain|take\b(?=[^.;]{0,30}\b(?:out of|away from|off)\b)|cost(?!\s+(?:(?:just|only|about|around|roughly|from)\s+)?[$€£¥₹\d]))\b|^\s+(?:not\s+)?be\s+(?:(?:very|too|far|much|extremely|even|more|less|so)\s+)?(?:hard|difficult|impossible|expensive|costly|devastating|disastrous|catastrophic|unaffordable|better|worse|cheaper|dearer|higher|lower|enough|insufficient|unworkable|unfair|unsafe|dangerous|beneficial|harmful|significant|substantial|huge|massive|minimal|negligible|severe|hit|hurt|harmed|squeezed|worse off|better off|priced out|wiped out|a (?:disaster|mistake|blow|boost|catastrophe|lifeline|game-changer))\b/i;

export const SCHEDULED_CHANGE =
  /\b(?:from|starting|as of) (?:January|February|March|April|May|June|July|August|September|October|November|December|next (?:month|year|week))\b/;

/**
 * True when a reported "would" (its sentence before it: `before`; after it: `after`)
 * forecasts what a thing will do rather than relaying someone's plan: "said net migration
 * would fall", "arguing that the costs would fall heaviest on small contractors". A named or
 * capitalised subject, a pronoun and a subject that acts (ACTOR) are plans; "would" right
 * after the cue ("an amount the union said would cover") describes a thing.
 */
export function reportedForecast(before: string, after: string): boolean {
  if (!EFFECT.test(after)) return false;
  // "would rise from €6,500 to €14,000 … from March": a change announced, with its date.
  if (SCHEDULED_CHANGE.test(after)) return false;
  // With the cue after the words ("The deal would make X the largest operator, the company
  // said") the subject opens the sentence.
  let start = 0;
  for (const m of before.matchAll(SUBJECT_START)) start = m.index + m[0].length;
  const words = before.slice(start).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length > 6) return false;
  const head = (words[words.length - 1] as string).replace(/[’']s?$/, '');
  if (ACTOR.test(head)) return false;
  return !words.some((w, n) => /^\p{Lu}/u.test(w) && !(n === 0 && /^(?:The|A|An)$/.test(w)));
}

/**
 * A pending law or rule as the subject: "The rule, proposed by the department in March,
 * would", "a bill that would". What it would do is what it provides (PROVISION), not a guess.
 */
export const LAW_BEFORE =
  /\b(?:bill|rule|law|measure|legislation|regulation|amendment|ordinance|directive|proposal|provision|treaty|code|standard|package)s?(?:,[^,]{1,80},|,?\s+(?:that|which))?\s+$/i;
/** What a law provides: "would require", "would cover 40 million workers", "would let". */
export const PROVISION =
  /^\s+(?:also\s+|only\s+|not\s+)?(?:require|allow|let|permit|ban|prohibit|bar|limit|cap|cover|apply|exempt|give|grant|create|establish|set|extend|expand|restrict|oblige|force|mandate|introduce|replace|abolish|impose|protect|include|exclude|remove|define|entitle|take effect|phase|fund|cut|trim|add|provide|have until|(?:raise|lower|boost)(?!\s+(?:about|around|roughly|nearly|more than|less than|up to|an estimated|[$£€]|\d)))\b/i;
/**
 * An agreed deal as the subject: "a merger that would create the third-largest grocer", "The
 * combined group would run about 1,450 shops". What the combined business would be is its
 * shape (DEAL_SHAPE), not a guess; what it would do to others ("would save £90m") is.
 */
export const DEAL_BEFORE =
  /\b(?:merger|takeover|acquisition|combined (?:group|company|business|firm|entity)|(?:the )?new (?:group|company))s?(?:\s+(?:that|which))?\s+$/i;
export const DEAL_SHAPE =
  /^\s+(?:also\s+)?(?:create|run|employ|hold|own|operate|have(?!\s+(?:\w+ed|been|had|made|seen|taken|given|done|become)\b)|become|be (?:called|named|based|led|listed))\b/i;

/** Praise, not possibility: "the kindest man you could ever meet", "all we could ask for". */
export const COULD_IDIOM =
  /^\s+(?:ever\s+\w+|(?:possibly\s+)?(?:ask|wish|hope)\s+for|set (?:your|my|his|her|our|their) (?:watch|clock)(?:es)? by)\b/i;

/** People who expect as customers do: what they are owed, not what will happen. */
const CUSTOMERS =
  'regulars|customers|diners|guests|readers|viewers|passengers|shoppers|members|users|consumers|taxpayers|patrons|clients|audiences';
export const DEMANDING = new RegExp(`^(?:${CUSTOMERS})$`, 'i');

/**
 * "expect" as a demand, not a forecast: "Regulars expect the sardines to be on the menu",
 * "Investors expect more from a company", "expected Sollway to meet its legal obligations".
 */
export const EXPECT_DEMAND = new RegExp(
  String.raw`(?<=\b(?:${CUSTOMERS})\s+(?:(?:now|still|rightly|also|always|naturally|simply)\s+)?)expect(?:s|ed)?\b|\bexpect(?:s|ed|ing)?\s+(?:more|better|much more|a lot more|nothing less|higher standards)\s+(?:from|of)\b|\bexpect(?:s|ed|ing)?\s+(?:[\w’'-]+\s+){1,3}to\s+(?:meet\s+(?:its|their|his|her|our|the)\s+(?:\w+\s+)?(?:obligations|commitments|duties|responsibilities)|comply|honou?r|obey|abide|respect|fulfil|fulfill|cooperate|behave)\b`,
  'gi',
);
