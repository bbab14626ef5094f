/**
 * Hedge cues of encyclopaedic and research prose: the weasel wording that gives a claim
 * to nobody in particular ("It is widely believed", "is considered", "Some critics
 * argue") and the tentative verbs and nouns of study reports ("the data point to", "do
 * not rule out", "inconclusive"). They count wherever they occur, like the modal
 * adverbs in hedging.ts. See the CoNLL-2010 shared task's notion of an uncertainty cue:
 * https://aclanthology.org/W10-3001/
 */
export const WEASEL: RegExp[] = [
  // Calibrated likelihood and confidence, as climate and intelligence assessments write them:
  // "virtually certain", "high confidence", "about as likely as not".
  /\b(?:virtually certain|(?:very |extremely |exceptionally )?(?:high|medium|low|moderate|limited) confidence|about as likely as not|more likely than not)\b/gi,
  // "It looks like insiders were heading for the exits": how something appears, with a
  // clause after it (not a simile: "It sounded like a freight train").
  /\b(?:it|this|that|which) (?:looks|looked|sounds|sounded) (?:like|as though)\b(?=\s+(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|will|would|could|might|may|had|has|have|\w+ed)\b)/gi,
  // Judgement without a judge: "is considered", "generally regarded as", "often described as".
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|generally|often|commonly|usually|largely|broadly|sometimes|still|now|increasingly|frequently)\s+)?(?:considered|regarded as|seen as|viewed as|thought of as|reputed|rumou?red|purported)\b/gi,
  /\b(?:widely|generally|often|commonly|sometimes|frequently|variously) (?:(?:described|characteri[sz]ed|cited|referred to|called|credited) as|credited with|attributed to)\b/gi,
  // "The results raise the question of whether …".
  /\brais(?:e|es|ed|ing) (?:the |a |new |serious )?(?:question|questions|possibility|prospect) (?:of |about |over )?(?:whether|that|if)\b/gi,
  // "It is claimed that", "has been suggested that", "has been claimed to".
  /\b(?:it )?(?:is|are|was|were|has been|have been|had been) (?:widely |often |sometimes |also )?(?:claimed|alleged|suggested|argued|assumed|speculated|posited|hypothesi[sz]ed|rumou?red) (?:that|to)\b/gi,
  // A source no reader can check: "Some critics argue", "Many believe", "Others claim".
  // Not a proposal ("Some had suggested a price cap on parts") nor a view of one thing
  // ("Others saw the sell-off as overdone"): only a claim about how things are.
  /\b(?:some|many|others)(?: (?:people|critics|observers|commentators|scholars|historians|sceptics|skeptics|say|argue))?\s+(?:have |had )?(?:argue|argued|claim|claimed|contend|contended|believe|believed|consider|considered|suggest|suggested|speculate|speculated|maintain|maintained|think|thought|feel|felt|say|said|insist|insisted|regard|see|saw)\b(?!\s+(?:of|to|in|at|on|by|for)\b)(?!\s+(?:a|an)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:on|for|of|to|in)\b)(?!\s+(?:the|this|that|it)\s+[\w-]+(?:\s+[\w-]+)?\s+as\b)/gi,
  // "Critics have claimed": critics in general asserting what is contested. "Critics say"
  // and "Opponents argued" stay reported views, as the held-out labels have them.
  /(?:^|[,;:]\s+)(?:critics|sceptics|skeptics|detractors) (?:have |had )?(?:claim|claimed|contend|contended|allege|alleged)\b/gi,
  /\baccording to (?:some|many|several|unconfirmed|unverified|unofficial|other) (?:\w+ )?(?:accounts|reports|sources|estimates|versions|historians|scholars|witnesses|people)\b/gi,
  // Tentative findings: "the data point to", "indications that", "inconclusive".
  /\b(?:data|evidence|findings|results|figures|signs|studies|research|analysis|analyses|survey|surveys|indicators?) (?:point|points|pointed|pointing) (?:to|towards)\b/gi,
  /\b(?:indications?|signs?|hints?) (?:that|of a\b|of an\b)/gi,
  // "Replays suggested Ferenczi had made only slight contact", "polls suggest the race is
  // close": evidence that points, "that" left out.
  /\b(?:replays?|polls?|data|evidence|figures|results|studies|research|surveys?|footage|images|records|tests|models|estimates|signs|phenotypes?|observations?|patterns?|findings?|distribution|absence|presence)(?: [\w’'-]+){0,4}? suggest(?:s|ed)?\b(?!\s+that\b)/gi,
  /\b(?:inconclusive|tentative(?:ly)?|speculative|hypothetical|putative|conjectur\w+)\b/gi,
  // "a potential treatment", but not the people a seller courts ("potential buyers").
  /\bpotential\b(?!\s+(?:buyers?|customers?|clients?|bidders?|investors?|suitors?|partners?|candidates?|successors?|employers?|recruits?|voters?|users?|members?|donors?|tenants?|students?|readers?|viewers?|visitors?)\b)/gi,
  /\b(?:hypothesi[sz](?:e|es|ed|ing)|(?<!\btest(?:s|ed|ing)? (?:this|the|that|our|these|a) )hypothes[ie]s(?! (?:was|were) (?:tested|rejected|confirmed)\b)|postulat(?:e|es|ed|ing)|theori[sz](?:e|es|ed|ing)|propos(?:e|es|ed|ing) that|surmis(?:e|es|ed|ing))\b/gi,
  /\b(?:not|n['’]t|cannot|never|to) (?:be )?(?:yet )?(?:rule|ruled|ruling) out\b/gi,
  /\b(?:has|have|had) not (?:yet )?been (?:determined|established|confirmed|verified|explained|clarified)\b/gi,
  /\b(?:further|more) (?:studies|research|work|investigation|trials) (?:is|are|will be|would be) (?:needed|required)\b/gi,
  /\bestimated at\b/gi,
  // Session 5 batches: the unsettled in encyclopedia and abstract style. "remain obscure",
  // "some debate as to whether", "Some estimates put …", "According to legend", "It is
  // generally accepted that", "not fully understood", "It is conceivable that", "has been
  // implicated in", "cannot be excluded", "a candidate risk factor".
  /\b(?:remains?|remained) (?:largely |still )?(?:obscure|uncertain|unproven|speculative)\b|\b(?:some|much|considerable|ongoing|continuing) (?:debate|disagreement|dispute|controversy) (?:as to |about |over )?(?:whether|how|why|when|who)\b/gi,
  /\b(?:some|other|several|many|unofficial|independent|earlier) estimates (?:put|place|suggest)\b|\baccording to (?:(?:local|popular|family|ancient|old|village|oral) )?(?:legend|tradition|folklore|myth|lore)\b|\b(?:legend|tradition|folklore|lore) (?:has it|holds|says|suggests)\b/gi,
  /\b(?:generally|widely|commonly|usually) (?:accepted|assumed|held|agreed|believed|thought)(?= that\b| to be\b)/gi,
  /\blittle is (?:yet )?(?:known|understood)\b|\bnot (?:yet |fully |completely |entirely |well )?understood\b|\bpoorly understood\b|\bconceivabl[ey]\b|\bimplicated in\b/gi,
  /\b(?:can(?:not|['’]t)|could not|could(?:n['’]t)) (?:be (?:excluded|ruled out|discounted)|exclude|discount)\b/gi,
  // "we favour a model in which …": the authors' preferred reading, not a finding.
  /\b(?:favou?r|prefer|propose) (?:a|the) (?:model|hypothesis|interpretation|explanation|scenario) (?:in which|that|where)\b/gi,
  /\ba candidate (?:risk factor|gene|mechanism|target|biomarker|drug|pathway|receptor|cause)\b/gi,
  // Unknowns and open questions: "remains to be determined", "has yet to be confirmed",
  // "is unknown", "suggestive of", "is presumed to".
  /\b(?:remains?|remained) to be (?:seen|determined|established|clarified|elucidated|proven|confirmed|investigated|explained)\b/gi,
  /\byet to be (?:confirmed|determined|established|verified|identified|explained|clarified)\b/gi,
  /\b(?:is|are|was|were|remains?|remained) (?:still |largely |currently |as yet )?unknown\b/gi,
  /\b(?:suggestive|indicative) of\b/gi,
  /\bconsistent with (?:the |a |an )?(?:idea|hypothesis|view|notion|possibility|suggestion|theory|interpretation|role)\b/gi,
  // "These observations are consistent with the chaperone acting …": evidence that fits.
  /\b(?:observations?|results?|data|findings?|evidence|injuries|symptoms|patterns?|measurements?) (?:(?:are|is|were|was|seem|seems|appear|appears) )?(?:\w+ )?consistent with\b/gi,
  // Questions still open: "has not said whether it will", "has not yet decided whether to
  // investigate", "questioned whether the growth can last", "Estimates of the dead vary".
  // (A refusal, "would not say whether", and what a statement left out, "did not say when
  // the talks would resume", are facts about what was said: NOT_SAID in hedging.ts.)
  /\b(?:has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t) (?:yet )?(?:said|decided|announced|disclosed|confirmed|revealed|indicated|established|determined|identified) (?:whether|if|when|how|what|which|who|why)\b|\b(?:did not|didn['’]t) (?:yet )?decide (?:whether|if|when)\b|\b(?:yet|still) to (?:decide|say|announce|confirm) (?:whether|if|when)\b|\bundecided (?:about |on )?(?:whether|if)\b/gi,
  /\bquestion(?:s|ed|ing) (?:whether|if)\b|\bestimates\b(?: [\w’'-]+){0,6}? (?:vary|varied|differ|differed)\b/gi,
  // An inference drawn after a comma: "…, suggesting a dose-dependent effect".
  /(?<=,\s*)suggesting\b/gi,
  // A speaker's own uncertainty: "I don't know yet", "What I don't know is what I'll do".
  // Not someone unknown to them ("I don't know him").
  /(?<=\b(?:I|we) )(?:do not|don['’]t|did not|didn['’]t|really don['’]t|honestly don['’]t)(?: yet)? know\b(?! (?:him|her|them|anyone|anybody|you|much about|the (?:man|woman|family))\b)/gi,
  // Evidence owned as partial: "There is some evidence that exercise lowers the risk".
  /\b(?:some|limited|little|growing|mixed|tentative|emerging|preliminary|anecdotal) evidence (?:that|of|to suggest)\b/gi,
  // Weak or disputed grounds: "the evidence linking X to Y is weak", "remains a mystery".
  /\b(?:evidence|link|links|case|data|proof)\b[^.;:]{0,50}?\b(?:is|are|was|were|remains?) (?:still |very |rather |fairly )?(?:weak|thin|limited|scant|sparse|mixed|sketchy|circumstantial|inconclusive)\b/gi,
  /\b(?:remains?|remained|is|was) (?:a |something of a |largely a )?(?:mystery|puzzle|matter of (?:debate|speculation|dispute|conjecture)|open to (?:debate|question)|(?:hotly |much |widely )?(?:disputed|debated|contested))\b/gi,
  /\b(?:is|are|was|were|been) (?:\w+ly )?(?:presumed|assumed|deemed) (?:to|that|dead)\b/gi,
  // Not "No serious adverse events were attributed to the vaccine": nothing was.
  /(?<!^No\b[^.;]{0,60})\b(?:is|are|was|were|has been|have been) (?:\w+ly )?attributed to\b/gi,
  // Risk to an outcome not yet come: "threatens to derail", "risks angering voters", "in
  // danger of missing out", "raises the prospect of a second election". A past threat
  // ("threatened staff with a knife") is an event.
  /\b(?:threatens|threatening) to\b|\b(?:risks|risking) \w+ing\b|\b(?:runs?|running) the risk\b|\bin danger of\b|\bprospect (?:of|that)\b/gi,
  // Open questions and unsettled implications: "Questions remain over how …", "does not
  // necessarily mean", "working on the theory that".
  /\bquestions? (?:remains?|remained|linger|lingered|persist|persisted)\b|\bnot necessarily\b|\b(?:theory|theories|hypothesis|assumption) (?:is |was )?that\b/gi,
  // Confident inference and prediction are still judgements: "must have known the code",
  // "is bound to anger farmers", "will no doubt appeal". A requirement ("must have a
  // degree") has no participle after it.
  /\bmust(?: \w+ly)? have (?:been|known|seen|heard|had|taken|made|gone|done|got|gotten|left|given|come|become|fallen|stolen|found|lost|sent|spent|thought|felt|\w+ed)\b|\b(?:is|are|was|were) (?:almost |all but )?(?:bound|sure|certain) to\b|\b(?:will|would|['’]ll) (?:no doubt|doubtless|undoubtedly|surely|certainly|definitely|inevitably)\b/gi,
  // Deals not yet done: "close to signing", "on the verge of a deal", "on the brink of
  // collapse", and transfer gossip, "linked with a move to Spain".
  /\b(?:close to|nearing) (?:signing|agreeing|completing|securing|sealing|a deal|an agreement)\b|\bon the (?:verge|brink) of\b|\blinked with (?:a )?(?:\w+ )?(?:move|switch|transfer|return|loan)\b/gi,
  // "looks set to leave", "are set to stay high", "is poised to post": an expected outcome.
  // Not a fixture with its date ("is set to open for the Boxing Day fixture", "are set to
  // begin on 4 January", "is set to begin at 7am on Thursday").
  // Nor a plan announced: "is set to step down in June", "is set to buy back shares".
  /\b(?:is|are|was|were|looks?|looked|seems?|seemed|appears?|appeared) (?:now )?(?:set|poised) to\b(?!\s+(?:silent|mute|vibrate|zero|maximum|minimum|max|min|off|on|auto|automatic|manual|private|public|default)\b)(?<!\b(?:is|are|was|were) set to(?=\s+(?:step down|retire|stand down|resign|take over|buy back|pay|hire|close|open|run|host|hold|launch|become|join|leave)\b))(?!\s+(?:begin|open|start|close|end|resume|run|take place|be held|launch|return|reopen|finish|take effect|come into force|enter)\b[^.;]{0,40}?\b(?:on|from|at|in|for|until)\s+(?:the\s+)?(?:\d|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Boxing Day|Christmas|New Year|noon|midnight))/gi,
  // "on track to post a loss", "shaping up to be the worst": a course, not yet an outcome.
  /\b(?:on (?:track|course|pace) (?:to|for)|shaping up (?:to be|as))\b/gi,
  // Tips and odds: "tipped to win", "the favourite to succeed", "the odds of a deal";
  // not the odds a winner overcame ("against the odds").
  /\b(?:(?:is|are|was|were) tipped (?:to|for)|favou?rites? (?:to|for)|front-?runners? (?:to|for)|odds-on|(?<!\bagainst (?:all )?(?:the )?)odds (?:of|are|that|on|for)\b)/gi,
  // "a suspected arson attack", "the suspected gunman": not established.
  /(?=suspected)(?<=\b(?:a|an|the|two|three|four|several|\d+)\s)suspected\b(?!\s+(?:of|that)\b)/gi,
  // An open question as the subject: "Whether voters will accept it is another matter".
  // Not "Whether you are a buyer or a landlord, the rules apply": either way, the same.
  /^["“]?Whether\b(?![^,.;]*\bor\b[^,.;]*,)/g,
  // An inverted condition: "had it not been for", "were it to fail".
  /\b(?:had|were|should) (?:it|they|he|she|we|I|there|the \w+)(?: not)? (?:been|known|had|to|gone|done|acted|waited|not)\b/g,
];
