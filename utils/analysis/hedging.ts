import {
  COULD_ABILITY,
  COULD_CAPACITY,
  COULD_IDIOM,
  COULD_MANNER,
  EXPECT_DEMAND,
  COULD_PERCEIVE,
  COULD_PERMIT,
  MAY_PERMIT,
  MAY_PERMIT_MANNER,
  MAY_RULE,
  PAST_FRAME,
  POSSIBLE_IDIOM,
  SHOULD_EXPECT,
  WE_COMMIT,
  WE_REFUSE,
  WILL_SCHEDULED,
  WILL_THREAT,
} from './hedge-modals';
import { feelingSettled, forecastSettled, HOPED_FOR, overtakenBeliefs } from './hedge-settled';
import { CONDITIONS } from './hedge-conditions';
import {
  inQuote,
  inThatClauseOf,
  mainClause,
  settledBefore,
  UNDER_RULES,
  type HedgeContext,
  type Rule,
} from './hedge-frames';
import { FORECAST } from './hedge-forecast';
import { WEASEL } from './hedge-weasel';
import { WOULD_RULE } from './hedge-would';
import { gateScanner } from './regex-gates';

/** Hedges that count wherever they occur: modal adverbs, likelihood, appearance, belief. */
const ALWAYS: RegExp[] = [
  /\b(?:(?:almost|nearly|all but) certainly|most likely|probably|perhaps|maybe|hopefully|in all (?:likelihood|probability)|(?:un)?likely(?!\s+(?:voters?|lads?|lass|story)\b)|apparent(?:ly)?|allegedly|alleged(?!\s+(?:that|in|on|last|this)\b|,)|reportedly|seemingly|presumably|supposedly|conceivably|potentially|purportedly|ostensibly|arguably|improbable|plausibl[ey]|in theory)\b/gi,
  // "a reported $2 million fee": a figure nobody has confirmed.
  /\b(?:a|an) reported(?=\s+(?:[$€£¥]|\d|fee|sum|deal|offer|bid|salary|price|figure|value|payment|transfer|contract|stake|valuation)\b)/gi,
  /\b(?:seem(?:s|ed|ingly)?|appear(?:s|ed)? to|appear to)\b/gi,
  // "appeared aimed at", "appears unlikely": how something looks, not what it is.
  // "the justices appeared deeply divided": how a group looks, after an adverb too.
  /\bappear(?:s|ed)? (?:\w+ly )?(?:divided|split|torn|sympathetic|sceptical|skeptical|receptive|inclined|unconvinced|persuaded)\b/gi,
  /\bappear(?:s|ed)? (?:not )?(?:aimed|designed|intended|meant|poised|set|ready|likely|unlikely|close|certain|determined|willing|unwilling|reluctant|eager|keen|confident|calm|stable|unharmed|injured|headed|bound|safe|effective|harmless|normal|genuine|authentic|sound|intact|limited|modest|minor|inevitable|imminent|unaware|unrelated|unconcerned|confused|frustrated|nervous|tired|relaxed|upbeat|resigned|doomed|stalled|unchanged|similar|different|consistent|linked|related|unable|able)\b/gi,
  // "appears safe", "appeared unaware": an adjective after it, not a place ("appeared in court").
  /\bappear(?:s|ed)? (?:not )?(?:(?:un|in|im|ir|dis)\w{4,}|\w{3,}(?:ful|ous|ive|able|ible|ent|ant|ic|less))\b(?!\s+(?:in|on|at|before|with|alongside)\b)/gi,
  // "betting that a lower price will …": a wager on an outcome.
  /\b(?:bet(?:s|ting)?|wager(?:s|ing|ed)?|gambl(?:e|es|ing|ed)) that\b/gi,
  // Markets "are betting the bank will cut", "betting on a cut": a wager in progress.
  /\b(?:is|are|was|were|['’]re) (?:now |increasingly |heavily )?betting\b(?!\s+that\b)/gi,
  // "might", except in a comparison of manner: "cook the way her grandmother might have".
  /(?<!\bthe way (?:[\w’'-]+ ){1,3})\b(?:might(?! as well\b)|may (?:well|have|be)(?: have| be)?)\b(?<!\bmay be(?= (?:appealed|challenged|renewed|extended|redeemed|reclaimed|transferred|picked up|collected|booked)\b))/g,
  // Conditions, not an embedded question ("asked if", "check if"); "as if" only after a verb of appearance ("looks as if"), not in a simile
  // ("talk about it as if it were a timetable").
  /\b(?:(?:looks?|looked|seems?|seemed|appears?|appeared|sounds?|sounded|feels?|felt) as if|even if(?!\s+(?:[\w’'-]+\s+){0,5}?(?:was|were|had|did|\w+ed|ran|overran|rained|fell|came|went)\b(?![^.;]*\b(?:would|could|might|will|may|can)\b))|(?<!\bas |\beven |\b(?:ask|asks|asked|asking|check|checks|checked|checking|inquired|enquired|queried|test|tested|testing)(?: [\w’'-]+){0,3} )if(?!\s+(?:present|applicable|needed|necessary|available|indicated|appropriate)\s*,)|unless)\b/gi,
  /\b(?:(?:is|are|was|were|be|been|being|widely)(?: not|n[’']t)? expected(?: to)?|(?:does|do|did)(?: not|n[’']t) expect|expects? (?:that|to)|expected that|expectations? (?:that|of))\b/gi,
  // "the bank expects losses to peak": an expectation about something else; not the
  // demand of "You cannot cut funding and expect results to improve".
  /(?<!\b(?:cannot|can['’]t|can not|should not|shouldn['’]t|must not)\b[^.;,]{0,40}\band )\bexpect(?:s|ed|ing)?\s+(?!(?:a|an|his|her|its|their|our|my|this|that|as|by)\b)(?:[\w’'-]+\s+){1,3}?to\s+(?!(?:the|a|an|his|her|its|their|our|my|this|that|be\s+\w+ed\s+by)\b)/gi,
  // A forecast, unless it is one an outcome has already settled ("had forecast").
  // A forecast, unless it is one an outcome has already settled ("had forecast", "beat
  // forecasts", "missed estimates").
  // Nor forecasts as documents: "will publish updated forecasts".
  /(?<!\bhad\s)(?<!\bas an?\s)(?<!\bas\s)(?<!\b(?:never|not|n['’]t) )(?<!\b(?:publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|check(?:s|ed|ing)?|watch(?:es|ed|ing)?|follow(?:s|ed|ing)?|monitor(?:s|ed|ing)?|consult(?:s|ed|ing)?) (?:(?:updated|revised|new|its|their|the|latest|local|weather|your|our) ){0,2})(?<!\b(?:cut|cuts|raised|raises|lowered|lowers|trimmed|lifted|kept|maintained|reiterated|reaffirmed|upgraded|downgraded) (?:its|their|the) (?:[\w-]+ ){0,2})(?<!\b(?:beat|beats|beating|topped|tops|topping|missed|misses|missing|exceeded|exceeds|exceeding|surpassed|fell short of|falls short of|in line with|ahead of|behind|short of|against) (?:(?:the|analysts['’]?|economists['’]?|market|consensus|its|their|earlier|previous|own|average|official) ){0,3})\b(?:predict(?:s|ed|ion|ions)?|forecast(?:s|ed)?|projected to|estimated to)\b/gi,
  /\b(?:an|the) estimated\b/gi,
  // Outcomes nobody can call yet.
  /\b(?:(?:nobody|no one|no-one|neither)(?: (?!who\b|that\b)[\w-]+){0,3} (?:yet )?(?:knows|can be (?:sure|certain)|can say|can tell(?! (?:me|us|him|her|them|you)\b(?! (?:when|whether|if|how|what|why|where|who)\b))|can predict|is sure)|(?:my|our|his|her|their) (?:best |educated |own )?guess is|too (?:close|early|soon) to (?:call|tell|say)|remains? to be seen|anyone['’]s guess|(?:a |the )?coin[- ](?:toss|flip)|(?:a |the )toss-?up|an open question|the (?:big |key |real |main |open )?question is (?:whether|if|how|when)|what (?:matters|counts)(?: now| most)? is (?:whether|if)|touch[- ]and[- ]go|not (?:entirely |completely |totally )?out of the question)\b/gi,
  /\b(?:cannot|can(?:no|['’])t|could(?: not|n['’]t)|unable to|impossible to|hard to|difficult to) (?:yet )?(?:say|tell|know|predict|determine|be sure|be certain|verify|confirm|establish|assess|gauge|judge|quantify|estimate)\b/gi,
  // "with households expected to trim spending": an expectation, unless a past one.
  /(?<!\bhad\s)\bexpected to\b/gi,
  // "with up to 80mm expected on high ground": an expectation in a "with" clause.
  /(?=expected\b)(?<=\bwith\b[^,.;:]{1,40}?\s)expected\b/gi,
  // Speculation, except the kind a spokesman declines to comment on.
  /(?<!\b(?:comment(?:ed|ing)?|respond(?:ed|ing)?|react(?:ed|ing)?|drawn) (?:on|to) (?:[\w“"]+ ){0,2}["“]?)(?<!(?:\bnot|\bnever|n['’]t) )(?<!\b(?:not going to|declined to|refused to|want to|wish to|like to) )(?<!\b(?:dismiss|reject|brush|deni|denied)\w*(?: off)? (?:[\w’'-]+ ){0,3}as ["“]?(?:pure |mere |idle |wild |baseless )?)\bspeculat\w+/gi,
  // Belief, not touch: "I feel that …", "she felt the plan was rushed", not "he felt a pain".
  /\b(?:I|we|he|she|they) (?:feel|feels|felt)(?= (?:strongly )?(?:that|like|as if|as though|(?:the|this|it|they|we|he|she|I|there)\b[^.,;]*\b(?:is|are|was|were|will|would|should|could|had|has|have)\b))/gi,
  /\b(?:(?<!\bcone of )uncertain(?:ty|ties)?|unclear|not (?:yet |entirely |immediately |fully |at all )?clear|not sure|unsure|unknown whether|(?<!\b(?:nobody|no one|no-one|none|never) )doubt(?:s|ed|ing|ful)?(?<!(?:\bno|\b(?:not|never) in|\bbeyond|\bwithout|\blittle|\b(?:do|does|did)(?: not|n['’]t))(?:\s+(?:a|any|serious|much|reasonable|real)){0,2}\s+doubt)|unverified|unconfirmed|not (?:be )?(?:independently )?(?:verified|confirmed))\b/gi,
  // Doubt stated by degree: "What it will show is less certain", "Not everyone is so sure".
  /\b(?:less (?:certain|clear|sure)|not (?:everyone|everybody|all) (?:is|are|was|were) (?:so |as |entirely )?(?:sure|certain))\b/gi,
  // The same with a contraction: "It isn't clear whether …", "We weren't sure".
  /\b(?:is|was|are|were|am|ai)n['’]t (?:yet |entirely |immediately |fully |at all )?(?:clear|sure)\b/gi,
  // Not the grounds of an arrest ("arrested on suspicion of burglary"): the arrest is a fact.
  /\b(?:(?:was|were|is|are|been|being) suspected|suspected of|(?<!\bon )suspicion)\b/gi,
  // "It is understood the pair had argued": the reporter's unnamed sources, as "is
  // understood to" above.
  /\bit (?:is|was|['’]s) (?:understood|thought)\b/gi,
  /\b(?:(?:raised |raising |growing |there (?:is|are) )?(?:fears?|worr(?:y|ies)|concerns?|hopes?) (?:that|of)|there (?:is|are) (?:worry|fears?|concern))\b/gi,
  /\b(?:worr(?:y|ies|ied) that|fear(?:s|ed)? that|hope[sd]? (?:that|to)|(?:is|are|was|were|widely) believed|(?:is|are|was|were)(?: not)? thought to|(?:is|are|was|were) said to|(?:is|are|was|were) (?:(?:also|now|still|widely) )?(?:understood|reported|rumou?red|tipped|feared) to|(?:those|others|people|many) (?:thought|believed|feared|presumed) to be|(?:is|are|was|were) feared (?:dead|killed|missing|lost|drowned|trapped)|(?:makes?|made|making) (?:me|us) (?:think|believe|suspect|wonder|doubt)|(?<!\b(?:than|as) )(?:I|we|he|she|they) (?:(?:still|also|now) )?(?:think|thinks|thought(?![^.;]{0,40}\b(?:would|['’]d)\b)(?!\s+(?:it|that|this)\s+(?:was|had been)\s+(?:a|an|just|only)\b)(?!\s+(?:we|I)\s+(?:were|was)\s+(?:going|dead|done|finished)\b)|believe|believes|believed|guess|reckon|suspect|suspects|suspected|imagine|doubt|doubts|doubted|fear|fears|feared|worry|worries|worried|expect|expects|expected|hope|hopes|hoped)(?!\s+in\b)|I['’]m not sure|I(?: would|['’]d) like to (?:think|believe|hope)|in my (?:opinion|view|judgement|judgment|estimation))\b/gi,
  // Also quoted, or with a figure: 'was "90% confident" that', 'was "hopeful of progress"'.
  /\b(?:is|are|was|were|am|feel|felt|['’]re|['’]m) ["“‘]?(?:(?:very|quite|fairly|increasingly|now|still|not|less|more|so|also|reasonably|cautiously|\d+(?:%| per ?cent)) ){0,2}(?:confident|optimistic|hopeful|pessimistic|convinced(?![.!?"”’]*\s*$)|sceptical|skeptical)\b/gi,
  // ", believed to be a self-portrait,": a belief set off after a noun, with no verb.
  /(?=(?:widely|now|long|once|believed|thought|feared|presumed|suspected|rumou?red)\b)(?<=,\s)(?:(?:widely|now|long|once) )?(?:believed|thought|feared|presumed|suspected|rumou?red) to\b/gi,
  // A firm's expectation: "said it expected cost savings of £40m".
  /\bit (?:now |still |also )?(?:expects|expected|hopes|hoped)\b(?!\s+to\b)/gi,
  // "We do not believe there is any risk": a negated belief is still a judgement.
  // "Officials do not believe the fires are linked", but not faith ("do not believe in").
  /\b(?:(?:I|we|he|she|they) )?(?:do|does|did)(?: not|n['’]t) (?:believe|think|expect)\b(?!\s+in\b)/gi,
  // "There's a good chance the bank cuts", not the opportunity of "a chance to meet".
  // Not an opportunity given: "We will give him every chance".
  /(?<!\b(?:give|gives|gave|given|giving|offer|offers|offered) (?:him|her|them|it|us|me|you|everyone|the \w+) )\b(?:every|little|fair|good|real|strong|high|slim|small|decent|outside|\d+(?:%| percent| per cent)) chance\b(?!\s+(?:to|of|that)\b)/gi,
  // "I don't know whether we can keep going": an open question, in the first person too.
  /\b(?:do|does|did)(?: not|n['’]t) (?:yet )?know (?:whether|if|how|when|what|who|why|where|which)\b/gi,
  // Fears and beliefs stated by someone after a cue ("said it feared job losses", "but
  // feared the bill would tie lenders in red tape", "investigators believe are linked").
  /\b(?:fear(?:s|ed)?|worr(?:y|ies|ied))\b(?=\s+(?:that|the|a|an|its|their|his|her|it|they|he|she|we|job|jobs|more|further)\b)|\b(?:investigators|police|officials|detectives|experts|scientists|researchers|analysts|doctors|authorities) (?:now |still |also )?(?:believe|think|suspect)\b/gi,
  // "the tone of the argument pointed to a narrow ruling": what evidence points to.
  /\b(?:tone|signs?|evidence|data|figures|pattern|indications?|results?|mood)\b[^.;,]{0,30}\bpoint(?:s|ed)? to\b/gi,
  // "the pattern suggested the same people were watching": evidence with a clause after it.
  /\bsuggest(?:s|ed)\b(?=\s+(?:the|it|they|there|this)\s+(?:[\w’'-]+\s+){0,5}?(?:is|are|was|were|had|has|have|would|could|will|might|\w+ed)\b)/gi,
  // Limits and odds: "no earlier than March 31", "a real risk that", "close to certain",
  // "remained confident that", "it depended on how".
  /\b(?:no earlier than|(?:a |the )?(?:real |serious |growing |significant |high |small )?risk that|(?:close to|all but|almost|nearly) certain|remain(?:s|ed)? (?:\w+ )?(?:confident|optimistic|hopeful|sceptical|skeptical)|depend(?:s|ed|ing)? on (?:how|whether|what|when|if))\b/gi,
  /\b(?:for as long as (?:necessary|needed|it takes|required|appropriate)|project(?:s|ed)? (?:that|an?|growth|losses|profits?|revenues?|\$|£|€|\d)|assum(?:e|es|ing|ption) that|on the assumption|impression that|chances? (?:of|that)|probabilit(?:y|ies)|possibilit(?:y|ies)|(?<!\b(?:reduce[sd]?|reducing|lower(?:s|ed|ing)?|increase[sd]?|increasing|raise[sd]?|raising|halve[sd]?|halving|doubled?|doubling|cut|cuts|cutting|and|higher|lower|increased|reduced|greater|elevated|raised|no) (?:the |their |a |his |her |its )?(?:\w+ )?)risk of|premature to|too early to|not (?:yet )?known)\b/gi,
  /\bcould not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?|determine[d]?|establish(?:ed)?)\b/gi,
  /\b(?:suggest(?:s|ed|ing)? that|which (?:suggests|suggested|indicates|indicated|implies|implied)|indicating that|(?:evidence|data|results|findings|observations|analyses|analysis|studies|experiments|measurements|figures|polls|polling|surveys|models|projections|estimates|readings|tests|records|indicators|signals) (?:indicated|suggested|suggests|suggest|indicates|indicate|imply|implies|implied))\b/gi,
  // "the danger is a miscalculation", "the risk is that": a judgement of what may happen.
  /\bthe (?:(?:main|real|big|bigger|biggest|greater|greatest) )?(?:danger|risk|fear|worry|concern) (?:is|was) (?:that )?/gi,
  // "That does not mean a cut will happen": an implication denied, the outcome left open.
  /\b(?:does|do|did)(?: not|n['’]t) (?:necessarily )?mean (?:that )?[^,.;]*?\b(?:will|would)\b/gi,
  ...CONDITIONS,
  ...FORECAST,
  ...WEASEL,
];

const CONTEXT_RULES: Rule[] = [
  // "the election, expected in May": an expectation set off after a noun.
  {
    re: /\bexpected (?:in|on|by|to|next|later|this|within|before|after|around|at)\b/gi,
    when: (_c, m, s) => /,\s+$/.test(s.slice(Math.max(0, m.index - 3), m.index)),
  },
  {
    re: /\b(?:possible|possibly)\b/gi,
    when: (_c, m, s) =>
      !POSSIBLE_IDIOM.test(s.slice(Math.max(0, m.index - 30), m.index)) &&
      // Praise, not doubt: "possibly the best fish soup on the coast".
      !/^\s+the\s+(?:best|finest|greatest|worst|most|biggest|largest|oldest)\b/i.test(
        s.slice(m.index + m[0].length),
      ) &&
      // The people a seller courts: "talking to other possible buyers", as with "potential".
      !/^\s+(?:buyers?|bidders?|suitors?|successors?|candidates?|partners?|investors?)\b/i.test(
        s.slice(m.index + m[0].length),
      ) &&
      // The range of outcomes there are ("the possible outcomes of each trial"). (In a name,
      // "the Possible Futures Trust", see inName.)
      !(
        /\bthe\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index)) &&
        /^\s+\w+s\b(?!\s+(?:is|was)\b)/.test(s.slice(m.index + m[0].length))
      ),
  },
  {
    re: /\bcould(?:n['’]t)?\b/gi,
    when: (_c, m, s) =>
      !/n['’]t$/.test(m[0]) &&
      !COULD_ABILITY.test(s.slice(m.index + m[0].length)) &&
      !COULD_IDIOM.test(s.slice(m.index + m[0].length)) &&
      // "nobody from the airline could tell us": a negated past ability, as "could not".
      !/\b(?:nobody|no one|none|neither)\b[^,;]{0,40}$/i.test(s.slice(0, m.index)) &&
      // "This year we could finally fit everyone in": an ability at last achieved.
      !/^\s+(?:finally|at last)\b/i.test(s.slice(m.index + m[0].length)) &&
      !COULD_MANNER.test(s.slice(Math.max(0, m.index - 30), m.index)) &&
      !COULD_CAPACITY.test(s.slice(m.index + m[0].length)) &&
      !COULD_PERCEIVE.some((re) => re.test(s.slice(Math.max(0, m.index - 20), m.index + 30))) &&
      !COULD_PERMIT.some((re) => re.test(s.slice(Math.max(0, m.index - 40), m.index + 30))) &&
      !PAST_FRAME.test(mainClause(s)) &&
      !settledBefore(s.slice(0, m.index)) &&
      // "could no longer rely on": an ability lost.
      !/^\s+no longer\b/i.test(s.slice(m.index + m[0].length)) &&
      // "reviewers found they could peel the layer off": an ability found, not a chance.
      !/\b(?:found|discovered|realised|realized|learned|learnt)\s+(?:that\s+)?(?:they|he|she|we|I|you)\s+$/i.test(
        s.slice(0, m.index),
      ) &&
      // A freedom given: "Participants could leave the study at any time".
      !/^\s+(?:leave|withdraw|cancel|opt out|quit|unsubscribe)\b[^.;]{0,40}\bat any time\b/i.test(
        s.slice(m.index + m[0].length),
      ) &&
      // "the only day they could come in together": what was possible then, not a guess.
      !/\bthe (?:only|first|last|one) [\w’'-]+(?: [\w’'-]+)? (?:that |when )?(?:they|he|she|we|I|you|it|people) $/i.test(
        s.slice(Math.max(0, m.index - 50), m.index),
      ) &&
      // A purpose: "so that his business could claim £1.9m".
      !/\b(?:so that|in order that)\s+(?:[\w’'-]+\s+){0,5}$/i.test(s.slice(0, m.index)),
  },
  WOULD_RULE,
  {
    re: /\bmay\b/g,
    when: (_c, m, s) =>
      // Permission, also after a relative clause ("People who are not registered may use").
      !MAY_PERMIT.test(
        s.replace(/\s+who\s+[^,.;]{1,60}?(?=\s+may\b)/i, '').slice(0, m.index + 30),
      ) &&
      !settledBefore(s.slice(0, m.index)) &&
      !UNDER_RULES.test(s) &&
      !MAY_PERMIT_MANNER.test(s.slice(Math.max(0, m.index - 30))) &&
      !MAY_RULE.test(s.slice(m.index + m[0].length)) &&
      // "We may as well enjoy it": resignation, not a chance. "The law means shops may open":
      // what a rule allows.
      !/^\s+as well\b/i.test(s.slice(m.index + m[0].length)) &&
      !/\b(?:law|rule|rules|regulation|licence|license|permit|ordinance) (?:means|allows|says)\b[^.;]{0,40}$/i.test(
        s.slice(0, m.index),
      ),
  },
  { re: SHOULD_EXPECT },
  // A speaker's future is a prediction; the writer's is usually a schedule; and
  // "I will fight on" is a commitment, not a forecast.
  {
    re: /\b(?:will|won['’]t|(?:is|are|am|['’]re|['’]s|['’]m) going to|['’]ll)\b/gi,
    when: (c, m, s) =>
      c.quoted &&
      inQuote(c, m.index) &&
      !/\bI(?:\s+|['’]?)$/.test(s.slice(Math.max(0, m.index - 3), m.index)) &&
      // "he still won't go into the house alone": a refusal going on, not a forecast.
      !(/n['’]t$/.test(m[0]) && /\bstill\s+$/i.test(s.slice(Math.max(0, m.index - 6), m.index))) &&
      !(
        // "we will", "our negotiators will": the speaker's side.
        /\b(?:we|our(?: [\w-]+){1,2})\s+$/i.test(s.slice(Math.max(0, m.index - 30), m.index)) &&
        (WE_COMMIT.test(s.slice(m.index + m[0].length)) ||
          // "won't sell" carries its negation in the match itself.
          WE_REFUSE.test((/n['’]t$/.test(m[0]) ? 'not' : '') + s.slice(m.index + m[0].length)))
      ) &&
      !WILL_THREAT.test(s.slice(m.index + m[0].length)) &&
      // "You will see the bank records": what the speaker will show; "a man who will say
      // anything", "that will have to do": idioms.
      !WILL_IDIOM.test(s.slice(Math.max(0, m.index - 5), m.index + m[0].length + 30)) &&
      !WILL_SCHEDULED.test(s.slice(m.index + m[0].length)),
  },
];

/** A decision announced: what "will" follows in its clause is settled. */
const DECIDED = inThatClauseOf(
  'confirmed|announced|decided|agreed|ruled|approved|enacted|legislated',
);

/** What someone would not say: "declined to say how many units it hoped to sell". */
const WITHHELD =
  / to (?:say|disclose|reveal|specify|confirm|discuss|estimate|predict) (?:how|what|whether|when|which|who|why|if)\b[^,;:]*/gi;
/**
 * "did not say how quickly supplies could be cut", "would not say whether": the same, told
 * as a fact. (A question still open, "has not said whether it will", is a hedge: hedge-weasel.ts.)
 */
const NOT_SAID =
  /\b(?:(?:would not|wouldn['’]t|will not|won['’]t) (?:say|disclose|reveal|specify|confirm|explain|indicate|elaborate on) (?:how|what|whether|when|which|who|why|if)|(?:did not|didn['’]t) (?:say|disclose|reveal|specify|confirm|explain|indicate|elaborate on) (?:how|what|whether|when|which|who|why|if))\b[^,;:]*/gi;
const WITHHELD_BEFORE =
  /(?:declined|refused|would not|wouldn['’]t|did not|didn['’]t|will not|won['’]t)$/i;

/**
 * A yes-or-no question about the present or the future, in the writer's voice or a
 * speaker's: "Will the bank blink?", "But does a new road cure the jams?". It leaves the
 * outcome open. Not a question of fact ("What happened?"), about the past ("Did …?"), of
 * what ought to be ("Should the council act?") or a request ("Would you mind …?").
 */
const OPEN_QUESTION =
  /^["“‘]?(?:(?:But|And|So|Yet|Then|Now),? )?(Will|Would|Could|Can|Might|Is|Are|Does|Do|Won['’]t|Isn['’]t|Aren['’]t|Doesn['’]t)\b(?! (?:you|I|we)\b)[^?"“”]*\?["”’]?$/i;

/**
 * A capitalised cue in mid-sentence belongs to a name: "on Likely Lane", "the charity Believe
 * in Tomorrow", "The Possible Futures Trust". Not "I think", nor a quotation's first word.
 */
function inName(sentence: string, at: number, text: string): boolean {
  if (at === 0 || !/^\p{Lu}/u.test(text)) return false;
  // "I think" is the pronoun; "I Believe in Rivers" is a title.
  if (/^I\b/.test(text) && !/^I\s+\p{Lu}/u.test(text)) return false;
  return !/(?:^|[.!?:;—–(“"‘]\s*)$/.test(sentence.slice(0, at).trimEnd() + ' ');
}

/** Quoted futures that forecast nothing: a promise to an audience, idioms. */
const WILL_IDIOM =
  /\byou (?:will|['’]ll) (?:see|hear|learn|be shown|be told)\b|\bwill (?:say|do) anything\b|\bthat (?:will|['’]ll) have to do\b/i;

/** A question put in the clause before the cue: "… asked whether the firm might …". */
const ASKED_WHETHER = /\basked (?:[\w’'-]+ ){0,3}?(?:whether|if)\b[^;:]*$/i;
/** The reason a source is not named. */
const ANONYMITY =
  /\b(?:not to be (?:named|identified)|not be (?:named|identified|used)|anonymity|withheld (?:his|her|their) names?|name (?:be |was )?withheld)\b/i;
/** A sentence opened by the question put to someone: "Asked whether …, ". */
const ASKED = /^["“]?Asked (?:whether|if|about|how|what|why|when|who)\b[^,]*,/;

/** "May" the month, not the modal: capitalised mid-sentence or before a day number. */
const MONTH_MAY = /^May$/;

/**
 * Every expression findHedges runs over whole sentences: the gate scanner skips those that
 * cannot match a sentence (regex-gates.ts), and `npm run gen:gates` derives their gates.
 */
export const HEDGE_PATTERNS: readonly RegExp[] = [
  ...ALWAYS,
  ...CONTEXT_RULES.map((r) => r.re),
  EXPECT_DEMAND,
  WITHHELD,
  NOT_SAID,
];
/** Made on first use: the first analysis in a starting worker pays for it, not its start. */
let scanGates: ((lower: string) => Set<RegExp>) | undefined;

/**
 * Finds hedge cues in a sentence and returns them verbatim, in order. Ability
 * ("can", "could see") and scheduled events ("will announce" in the writer's voice)
 * are not hedges; a back-shifted "would" in reported speech is not either.
 */
export function findHedges(sentence: string, ctx: HedgeContext): string[] {
  const found: { at: number; text: string }[] = [];
  // "Asked whether she felt hopeful, …": the question put to someone claims nothing.
  const asked = ASKED.exec(sentence)?.[0].length ?? 0;
  const question = OPEN_QUESTION.exec(sentence.trim());
  if (question?.[1]) found.push({ at: sentence.indexOf(question[1]), text: question[1] });
  scanGates ??= gateScanner(HEDGE_PATTERNS);
  const possible = scanGates(sentence.toLowerCase());
  const matchesOf = (re: RegExp) => (possible.has(re) ? [...sentence.matchAll(re)] : []);
  const withheld = matchesOf(WITHHELD)
    .filter((m) => WITHHELD_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)))
    .concat(matchesOf(NOT_SAID))
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // "Regulars expect the sardines to be on the menu", "it expected them to comply": a demand.
  const demands = matchesOf(EXPECT_DEMAND).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const askedIn = /\basked\b/i.test(sentence);
  const overtaken = overtakenBeliefs(sentence);
  const take = (re: RegExp, when?: Rule['when']): void => {
    if (!possible.has(re)) return;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      if (m.index < asked || withheld.some((w) => m.index >= w.start && m.index < w.end)) continue;
      const end = m.index + m[0].length;
      if (demands.some((d) => m.index < d.end && end > d.start)) continue;
      // "The governor's hopes of a second term ended with the vote": a feeling since settled.
      if (feelingSettled(m[0], sentence.slice(end))) continue;
      if (MONTH_MAY.test(m[0]) && (m.index > 0 || /^May\s+\d/.test(sentence))) continue;
      // "asked whether the company might need to cut prices": a question claims nothing.
      if (askedIn && ASKED_WHETHER.test(sentence.slice(0, m.index))) continue;
      // "the bank's forecast that inflation would drop … proved right": a forecast since settled.
      if (forecastSettled(m[0], sentence.slice(end))) continue;
      // "asked not to be named because they feared losing their jobs": why a source is unnamed.
      if (/fear/i.test(m[0]) && ANONYMITY.test(sentence)) continue;
      // "the result we hoped for when we started": what was hoped, and came.
      if (HOPED_FOR.test(sentence.slice(m.index, end + 5))) continue;
      // "we thought it was over, and then it started again": a belief the sentence settles.
      if (overtaken.some((b) => m.index >= b.start && m.index < b.end)) continue;
      if (when && !when(ctx, m, sentence)) continue;
      if (inName(sentence, m.index, m[0])) continue;
      // "confirmed that the state pension will rise by 4.1% next April": decided, not guessed.
      if (/^(?:will|won['’]t)\b/i.test(m[0]) && DECIDED.test(sentence.slice(0, m.index))) continue;
      found.push({ at: m.index, text: m[0].trim() });
    }
  };
  for (const re of ALWAYS) take(re);
  for (const r of CONTEXT_RULES) take(r.re, r.when);
  found.sort((a, b) => a.at - b.at);
  // Overlapping matches ("may have" and "may") keep the first, longer one.
  const out: string[] = [];
  let end = -1;
  for (const f of found) {
    if (f.at < end) continue;
    out.push(f.text);
    end = f.at + f.text.length;
  }
  return out;
}
