/**
 * Word lists shared by the rule modules. Kept in one place so a missing word is
 * fixed once; all entries lower-case.
 */

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Forms of address that always precede a person's name. */
export const HONORIFICS = set(
  'mr mr. mrs mrs. ms ms. mx dr dr. miss sir dame lord lady prof prof. messrs alhaji alhaja hajia datuk dato',
);

/** Capitalised titles that, before a name, are part of the person's role. */
export const TITLES = set(`
president president-elect vice prime minister secretary senator sen sen. rep rep. representative
gov gov. governor mayor general gen gen. lt lt. lieutenant colonel col col. captain capt capt. sgt sgt.
sergeant admiral adm adm. commander chancellor king queen prince princess pope judge justice chief
director professor ambassador speaker chairman chairwoman chair leader sheikh ayatollah premier
deputy commissioner attorney officer spokesman spokeswoman spokesperson rev rev. reverend father
bishop archbishop cardinal rabbi imam emir sultan detective inspector sheriff coach editor
congressman congresswoman cllr cllr. councillor councilman councilwoman chairperson presidential candidate
state foreign defense defence interior finance justice health home lady former acting
assistant associate executive managing senior supreme lord marshal field major private corporal
maj maj. brig brig. brigadier rt rt. hon hon. det det. ch insp insp. supt supt. superintendent
constable pc dc ds dci dsi dsupt engr engr. sp dsp asp csp acp dcp cp igp
manager coordinator administrator councilmember trustee treasurer clerk auditor supervisor
principal warden ranger
`);

/** Lower-case job nouns that can stand right before a name ("analyst Jack Watling"). */
export const ROLE_NOUNS = set(`
analyst seismologist spokesman spokeswoman spokesperson official minister secretary president
director editor correspondent reporter journalist columnist professor researcher scientist economist forecaster
chemist physicist biologist geologist ecologist demographer epidemiologist virologist toxicologist
climatologist meteorologist hydrologist pharmacist psychologist sociologist archaeologist
expert lawyer attorney prosecutor judge senator lawmaker legislator politician diplomat ambassador
envoy general commander officer soldier colonel captain sergeant chief head leader founder
chairman chairwoman chair executive ceo cfo manager owner worker employee teacher student doctor
physician surgeon nurse author writer historian sociologist psychologist activist campaigner
advocate organizer organiser coordinator adviser advisor consultant strategist pollster fellow
governor mayor councillor candidate nominee member representative negotiator investigator
detective inspector sheriff trooper firefighter witness resident survivor victim farmer
businessman businesswoman entrepreneur investor banker trader photographer filmmaker director
artist singer actor actress player coach striker midfielder goalkeeper captain manager
defender designer engineer architect pilot priest pastor imam rabbi bishop cleric monk prophet
militant commentator blogger broadcaster host anchor presenter producer publisher novelist poet
biologist chemist physicist epidemiologist virologist climatologist meteorologist geologist
volcanologist criminologist demographer statistician archaeologist anthropologist economist
deputy aide staffer secretary-general president-elect premier chancellor treasurer auditor
boss counterpart skipper substitute seed critic reviewer gp mp mep agent collaborator
winger fullback full-back centre-back center-back fly-half scrum-half quarterback linebacker pitcher
shortstop batsman batter bowler wicketkeeper jockey cyclist sprinter swimmer boxer golfer wrestler
gymnast skier athlete teammate rookie
quarterback cornerback halfback fullback full-back linebacker shortstop pitcher batsman bowler
wicketkeeper centre-back
`);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = set(`
ministry department institute university college school council court agency party news times
international watch
post journal herald tribune union nations committee commission bank company corp corporation inc
ltd llc group army navy force forces police office service services intelligence center centre
foundation association organization organisation house pentagon kremlin congress parliament senate
assembly administration government authority authorities board bureau fund trust network channel
press radio television tv club league federation alliance coalition movement front brigade
brigades guard hospital infirmary church mosque museum airlines airways motors industries holdings
laboratory laboratories lab labs society institution commission cabinet embassy consulate
tribunal reuters ap afp bbc cnn nbc abc cbs fox nyt foods systems partners capital energy
pharmaceuticals technologies brands logistics insurance securities ventures properties resources
llp plc gallery electronics telecom telekom telecoms motor steel oil petroleum chemicals mining pharma
financial automotive semiconductor shipping programme legion daily brewery distillery rail railway
railways homes poll supply supplies panel living transport transit seafoods seafood bakery bakeries
dairy dairies farms maritime festival wire studios pictures productions entertainment records
publishing gazette chronicle courier magazine academy orchestra opera theatre theater
developments branch water
ahl jaish ansar harakat hizb jabhat kataib liwa saraya tanzim jamaat
`);

/** Sentence-initial or capitalised words that are never part of a person's name. */
export const NOT_NAME = set(`
the a an this that these those it he she they we i you his her its their our my your there here
but and or so yet in on at for after before when while as if since although though however
meanwhile still some many most more last next what why how who where which according monday
tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december god mr mrs ms dr share read watch listen image photo
video getty reuters north south east west western eastern northern southern central new old
breaking live update updated opinion analysis editorial advertisement war democrat democrats
republican republicans conservative conservatives liberal liberals labour tory tories labor
coalition greens nationals nearly almost roughly approximately around about turnout under is are was were not
`);

/**
 * Reporting verbs, every form, mapped to nothing: presence is what matters. Covers
 * speech, writing, cognition and stance verbs news uses to give a source.
 */
/**
 * Stances a subject is in, adjectives after "is": "are sceptical that", "is concerned the".
 * Reporting cues (below) whose subject must be someone.
 */
export const STANCES = set(`
concerned worried sceptical skeptical convinced confident optimistic pessimistic doubtful adamant
`);

export const REPORTING_VERBS = set(`
say says said saying tell tells told telling add adds added adding state states stated stating
note notes noted noting explain explains explained explaining claim claims claimed claiming
report reports reported reporting announce announces announced announcing declare declares
declared declaring insist insists insisted insisting argue argues argued arguing warn warns warned
warning acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
confirm confirms confirmed confirming deny denies denied denying write writes wrote written writing
tweet tweets tweeted tweeting share shares shared ask asks asked asking reply replies replied replying respond responds
responded responding recall recalls recalled recalling estimate estimates estimated estimating
predict predicts predicted predicting accuse accuses accused accusing condemn condemns condemned
condemning urge urges urged urging vow vows vowed vowing promise promises promised promising
pledge pledges pledged pledging allege alleges alleged alleging concede concedes conceded conceding
agree agrees agreed agreeing suggest suggests suggested suggesting contend contends contended
assert asserts asserted asserting maintain maintains maintained reveal reveals revealed revealing
disclose discloses disclosed indicate indicates indicated describe describes described describing
blame blames blamed praise praises praised criticise criticises criticised
criticize criticizes criticized complain complains complained complaining point points pointed
stress stresses stressed stressing emphasise emphasised emphasize emphasized observe observes
observed remark remarks remarked testify testifies testified believe believes believed
think thinks thought fear fears feared worry worries worried expect expects expected
hope hopes hoped discuss discusses discussed discussing spoke
quote quotes quoted quoting cite cites cited citing defend defends defended defending
conclude concludes concluded caution cautions cautioned counter counters countered retort retorted
reiterate reiterates reiterated lament laments lamented boast boasts boasted quip quips quipped joke jokes joked recount
recounts recounted dispute disputes disputed wonder wonders wondered question questioned demand
demands demanded assure assures assured comment comments commented elaborate elaborated answer
answered find finds found show shows showed call calls called suspect suspects suspected doubt doubts
doubted post posts posted reject rejects rejected dismiss dismisses dismissed rule rules ruled ruling
advise advises advised recommend recommends recommended denounce denounces denounced hail hails hailed
remind reminds reminded projects projected
speculate speculates speculated calculate calculates calculated hint hints hinted propose proposes proposed threaten threatens
threatened theorise theorised theorize theorized forecast forecasts heard signal signals signalled
signaled bet bets betting
`);
for (const w of STANCES) REPORTING_VERBS.add(w);

/** Pronouns that can stand for a speaker, with the kind of antecedent they need. */
export const PERSON_PRONOUNS = set('he she him her his hers');
export const GROUP_PRONOUNS = set('they them their');
