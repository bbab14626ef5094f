import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/anchoring/text-index';
import { articleSpanInIndex, extractArticle, isLikelyArticle } from '../../../utils/article';

/**
 * Synthetic pages (invented text) in the markup patterns of news sites we have no saved
 * pages from. Each row lists its body paragraphs, which must all come out whole and in
 * order, and furniture strings, none of which may come out.
 */
interface Layout {
  name: string;
  html: string;
  body: string[];
  furniture: string[];
  /** Head markup; the default declares an article as almost every news site does. */
  head?: string;
}

const OG =
  '<meta property="og:type" content="article"><title>A story - The Lakeside Ledger</title>';
const shell = (main: string, head = OG): string =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>
  <header class="site-header"><a href="/">The Lakeside Ledger</a>
    <nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></nav>
  </header>
  ${main}
  <footer><p>Copyright 2026 The Lakeside Ledger. Terms of use and privacy policy apply to this site.</p></footer>
  </body></html>`;

// Paragraph texts per layout: short, invented, each distinctive enough to find.
const REUTERS = [
  'MILAN, March 4 (Reuters) - Italian rail operator Ferrovie Nord said on Wednesday it would cut 1,200 jobs over three years, blaming higher energy costs and a slump in freight volumes.',
  'The company, which runs regional lines around Milan, said most of the cuts would come through early retirement.',
  'Unions called a four-hour strike for next Monday and said they had not been consulted.',
  'Shares in its parent group fell 2.3% in early trading.',
  '"We cannot keep running trains that leave the depot half empty," chief executive Paola Ferri told analysts on a call.',
];
const NYT = [
  'WASHINGTON — The Senate on Thursday approved a measure that would require airlines to refund passengers within seven days when flights are cancelled, sending the bill to the House.',
  'The vote, 71 to 27, followed months of complaints from travelers stranded during a winter of storms and staffing shortages.',
  'Airline trade groups warned that the rule could raise fares, though they offered no estimate of how much.',
  'Senator Dana Whitlock, a Democrat of Oregon who wrote the bill, said the industry had been given years to fix the problem on its own.',
  '“They had every chance,” she said. “Passengers ran out of patience long before we did.”',
  'The House is expected to take up its own version of the bill in the spring.',
];
const AP = [
  'DENVER (AP) — Colorado regulators on Tuesday approved a plan to close the state’s last two coal-fired power plants by 2031, four years earlier than the utility had proposed.',
  'The decision by the Public Utilities Commission follows a year of hearings in which ranchers, miners and environmental groups argued over the pace of the shift.',
  'Xcel Energy said in a statement that it would comply but warned that customers could see higher bills in the short term.',
  'Commissioner Luis Ortega said the savings from cheaper wind power would outweigh those costs within a decade.',
  'About 400 people work at the two plants, according to the utility.',
];
const GUARDIAN = [
  'Thousands of people marched through central Cardiff on Saturday to protest against plans to close three hospital emergency departments in south Wales.',
  'Organisers said 12,000 people took part, while police put the number at about 7,000.',
  'The health board says the closures would allow it to concentrate specialist staff at a new major trauma centre.',
  'Campaigners argue the changes would leave some towns more than an hour from the nearest emergency care.',
  '“Nobody here is against a trauma centre, but you cannot build it by taking away what we already have,” said Megan Rhys, a nurse who helped organise the march.',
];
const LIVE = [
  'Polls have now closed across the state and counting has begun in all 93 districts.',
  'Turnout looks higher than in the last election, according to early figures from the electoral commission.',
  'The governor has arrived at her campaign headquarters and is expected to speak later tonight.',
  'Her opponent, Mark Delaney, told supporters he was “cautiously optimistic” about the rural vote.',
  'The first results from the northern districts show the incumbent slightly ahead, but most urban votes have yet to be counted.',
  'Officials say a final result may not be known until Thursday.',
];
const AMP = [
  'A magnitude 5.8 earthquake shook the coast of northern Chile early on Friday, rattling windows in the port city of Antofagasta but causing no reported injuries.',
  'The national seismology centre said the quake struck at a depth of 42 kilometres about 60 kilometres offshore.',
  'The navy said there was no risk of a tsunami, and schools opened as normal.',
  'Residents described a long rolling motion that lasted about 30 seconds.',
];
const BR = [
  'The town council voted on Monday night to raise parking fees in the harbour district from next month, ending a freeze that had lasted since 2015.',
  'Councillor Ann Beattie, who proposed the increase, said the extra money would pay for resurfacing the main car park.',
  'Shopkeepers on Quay Street said the change could drive visitors to the retail park on the edge of town.',
  'The new fees will be reviewed after six months, the council said.',
];
const ITEMPROP = [
  'The city’s main library will reopen on Saturday after an 18-month renovation that added a rooftop reading room and a new children’s wing.',
  'The project cost $24 million, about $3 million more than first budgeted, because of delays in delivering steel.',
  'Head librarian Grace Okafor said the building would stay open until 9 p.m. on weekdays, two hours later than before.',
  'The old card catalogue, long out of use, has been kept as a display in the lobby.',
];
const RDFA = [
  'Dutch lawmakers have backed a proposal to ban the sale of energy drinks to children under 16, joining several European countries that restrict them.',
  'The measure passed the lower house by 98 votes to 52 and now goes to the senate.',
  'Retailers will face fines of up to €4,500 for each breach, according to the text of the bill.',
  'A trade group for soft drink makers said it would study the bill before deciding whether to challenge it in court.',
];
const COMMENTS = [
  'The regional water authority has warned that reservoir levels could fall below 40% by August if the dry spell continues.',
  'The authority said it had no plans for a hosepipe ban yet but urged households to cut their use.',
  'Rainfall in the region since March has been about half the long-term average, according to the weather service.',
  'Farmers have already been told they may face limits on how much water they can draw from rivers.',
];
const SHORT = [
  'A fire at a recycling plant in the industrial zone of Port Hallam forced the evacuation of nearby homes on Sunday, officials said.',
  'The fire service said 60 firefighters were tackling the blaze, which sent thick smoke across the eastern suburbs.',
  'Residents were told to keep windows and doors closed until further notice.',
];
const PAYWALL = [
  'The country’s largest dairy cooperative plans to close four processing plants and cut its milk price to farmers by 8%, according to documents seen by the Ledger.',
  'The plan, which has not been made public, would be the biggest shake-up of the industry in two decades.',
];
const CUSTOM = [
  'Scientists have found a colony of a rare orchid thought to have vanished from Britain in the 1970s, growing on a railway embankment in Kent.',
  'The plants were spotted by a volunteer surveyor in June and confirmed by botanists from the national herbarium last week.',
  'Network Rail said it would change its mowing schedule to protect the site.',
  'The exact location is being kept secret to deter collectors.',
];
const EMBEDS = [
  'The football club has sacked its manager after a run of nine games without a win, it announced on Monday.',
  'The club said in a statement that it thanked him for his work but that a change was needed to avoid relegation.',
  'He had been in charge for 14 months and signed a new contract in the summer.',
  'Fans had protested outside the ground after Saturday’s defeat.',
  'A replacement is expected to be named before the weekend.',
];
const CAPTIONS = [
  'Wildfires in the south of the island have burned more than 3,000 hectares since Thursday, forcing the closure of two main roads.',
  'Civil protection officials said strong winds had made it hard for planes to drop water on the fire.',
  'Officials said the wind is expected to ease on Sunday.',
  'Hotels on the coast have been told to prepare for possible evacuations.',
  'The island’s governor said the cause of the fire was under investigation.',
];
const BIO = [
  'Researchers in Sweden say they have developed a battery made largely from wood waste that could store power for homes with solar panels.',
  'The prototype holds about a third as much energy as a lithium-ion battery of the same size, but costs far less to make.',
  'The team, from a university in Umea, said a company formed to build the cells had raised 6 million euros.',
  'Other scientists said the results were promising but that the battery had yet to be tested outside a laboratory.',
];
const RELATED = [
  'The government will spend $1.2 billion over five years to hire more teachers in rural schools, the education minister said on Tuesday.',
  'The money will pay for 4,000 new posts, with priority for schools that have had vacancies for more than a year.',
  'Teachers unions welcomed the plan but said pay was the main reason posts went unfilled.',
  'Opposition lawmakers said the funding fell short of what was needed.',
];
const CORRECTION = [
  'A new ferry between the two islands will start running in May, the transport department said, cutting the crossing time from 90 minutes to 50.',
  'The vessel, built in Norway, can carry 300 passengers and 60 cars.',
  'Tickets will cost the same as on the current service for the first year.',
  'Correction: An earlier version of this article gave the wrong capacity for the vessel. It carries 60 cars, not 80.',
];
const QA = [
  'The central bank raised its main interest rate by a quarter of a percentage point on Wednesday, to 4.5%. Here is what it means for borrowers.',
  'Q: Will my mortgage payments go up?',
  'A: If you have a variable-rate mortgage, probably yes, from your next payment. Fixed-rate loans are not affected until the fixed term ends.',
  'Q: Why did the bank raise rates again?',
  'A: Inflation is still running above the bank’s 2% target, and the bank said it wanted to be sure it would come down.',
  'Q: Will there be more increases?',
  'A: Most economists expect one more rise this year, though the bank gave no firm signal.',
];
const NEWSLETTER = [
  'The regional airline Skyhop will stop flying to three small airports in the north from October, saying the routes have lost money for years.',
  'The airports, in Tarrow, Benley and Coldharbour, each handle fewer than 20,000 passengers a year.',
  'Local officials said they would ask the government to subsidise the routes.',
  'Skyhop said it would offer refunds to passengers with bookings after the cut-off date.',
];
const PULLQUOTE = [
  'The museum will return a collection of bronze sculptures to Nigeria next year, ending a dispute that has lasted more than a decade.',
  'Its director said the decision had been made after a review of how the works were acquired in 1897.',
  '“These objects were taken by force, and there is no honest way to describe it otherwise,” the director said.',
  'Nigerian officials welcomed the move and said the bronzes would be displayed in a new museum in Benin City.',
  'Some trustees had opposed the return, saying it could set a precedent for other claims.',
];
const META = [
  'A court in Lyon has fined a property developer €2 million for building a hotel without the required environmental permits.',
  'Judges ruled that the company had ignored three warnings from regional authorities before construction began.',
  'The developer said it would appeal and that the permits had been delayed by officials, not by the company.',
  'The hotel, which opened last year, will be allowed to stay open while the appeal is heard.',
];
const BLOCKS = [
  'Ambulance crews in the north-west will strike for 24 hours next Thursday after talks over staffing broke down, their union has said.',
  'The union said crews were regularly waiting more than four hours outside hospitals to hand over patients.',
  'NHS managers said emergency calls would still be answered and that patients should only call 999 in a genuine emergency.',
  'It is the third strike by ambulance staff in the region this year.',
  'A further round of talks is planned for Monday.',
];
const TABLE = [
  'The county fair will return to Millbrook Park this August after a two-year absence, organisers announced on Friday.',
  'The fair was cancelled in 2024 and 2025 because of repairs to the park’s drainage system.',
  'Organisers expect about 30,000 visitors over the four days, with livestock shows, a rodeo and a craft market.',
  'Tickets go on sale in June and will cost $12 for adults, the same as in 2023.',
];
const SPANS = [
  'Police in Ghent have arrested two men suspected of stealing copper cable from railway lines, disrupting trains for three days last month.',
  'The men, aged 34 and 41, were detained at a scrapyard near the port, prosecutors said in a statement.',
  'About 400 metres of cable was recovered, according to the rail operator.',
  'Both men are due to appear before a judge on Wednesday.',
];

const ps = (texts: string[]): string => texts.map((t) => `<p>${t}</p>`).join('\n');

const LAYOUTS: Layout[] = [
  {
    name: 'Reuters-style paragraphs as <div data-testid> without <p>',
    html: shell(`<main><article>
      <h1 data-testid="Heading">Italian rail operator to cut 1,200 jobs</h1>
      <div class="article-body__content__17Yit">
        <div class="info-content__author-date__1Epi_"><div>By <a href="/authors/x">Luca Bruni</a></div><time>March 4, 2026 10:12 AM UTC</time><span>Updated 2 hours ago</span></div>
        ${REUTERS.map((t, i) => `<div data-testid="paragraph-${i}" class="text__text__1FZLe article-body__paragraph__2-BtD">${t}</div>`).join('\n')}
        <div data-testid="promo-box" class="signup-promo__container__3pjc7"><div>Sign up here.</div></div>
        <p data-testid="Body" class="sign-off">Reporting by Luca Bruni; Editing by Tom Hale</p>
        <div class="trust-badge"><span>Our Standards: <a href="/trust">The Thomson Reuters Trust Principles.</a></span></div>
      </div></article></main>`),
    body: REUTERS,
    furniture: ['Updated 2 hours ago', 'Sign up here', 'Reporting by Luca Bruni', 'Our Standards'],
  },
  {
    name: 'NYT-style body split over companion columns with ads and related links between',
    html: shell(`<main id="site-content"><article id="story">
      <header><h1>Senate Passes Airline Refund Bill</h1><p class="css-byline">By Karen Lowe</p></header>
      <section name="articleBody" itemprop="articleBody" class="meteredContent css-1r7ky0e">
        <div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">${ps(NYT.slice(0, 2))}</div><aside class="css-ew4tgv"></aside></div>
        <div class="css-79elbk" data-testid="ad-1"><div class="ad"><p class="css-1xi3w5">Advertisement</p></div></div>
        <div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">${ps(NYT.slice(2, 4))}</div></div>
        <div class="css-ynymgk"><div class="css-1bsazvu"><p class="css-1j2anu"><a href="/2026/01/02/travel/delays.html">Airlines Blame Staffing for Winter Delays, and Travelers Are Not Amused</a></p></div></div>
        <div class="css-1fanzo5 StoryBodyCompanionColumn"><div class="css-53u6y8">${ps(NYT.slice(4))}</div></div>
      </section>
      <div class="bottom-of-article"><p>A version of this article appears in print on March 6, 2026, Section A, Page 14 of the New York edition.</p></div>
      </article></main>`),
    body: NYT,
    furniture: ['Advertisement', 'Not Amused', 'appears in print'],
  },
  {
    name: 'AP-style RichTextStoryBody with promo teasers between paragraphs',
    html: shell(`<main class="Page-content"><h1 class="Page-headline">Colorado to close last coal plants by 2031</h1>
      <div class="Page-byline"><span class="Page-authors">By SAM RIVERA</span><bsp-timestamp data-timestamp="1772611200"><span>Updated 3:14 PM MST, March 4, 2026</span></bsp-timestamp></div>
      <div class="RichTextStoryBody RichTextBody">
        ${ps(AP.slice(0, 2))}
        <div class="Enhancement" data-align-center><div class="Enhancement-item"><div class="PagePromo" data-gtm-region="related"><div class="PagePromo-content"><div class="PagePromo-title"><a class="Link" href="/article/x"><span class="PagePromoContentIcons-text">Utilities across the West race to replace coal as plants age out</span></a></div></div></div></div></div>
        ${ps(AP.slice(2, 4))}
        <div class="Enhancement"><div class="Enhancement-item"><div class="ad-placeholder"><p>ADVERTISEMENT</p></div></div></div>
        ${ps(AP.slice(4))}
      </div></main>`),
    body: AP,
    furniture: ['Utilities across the West', 'ADVERTISEMENT', 'Updated 3:14 PM'],
  },
  {
    name: 'Guardian-style #maincontent with aside pull quote, rich link and a credited caption',
    html: shell(`<main><article><div data-gu-name="headline"><h1>Thousands march against hospital closures</h1></div>
      <div data-gu-name="standfirst"><p>Campaigners say the plan will leave towns far from emergency care</p></div>
      <div id="maincontent"><div class="article-body-commercial-selector article-body-viewer-selector dcr-1r1wxn0">
        <figure data-spacefinder-role="inline"><img src="x.jpg" alt=""><figcaption><span class="dcr-1jpvrs">Marchers on Queen Street on Saturday.</span> Photograph: Gareth Evans/PA</figcaption></figure>
        ${ps(GUARDIAN.slice(0, 2))}
        <aside data-spacefinder-role="supporting"><blockquote class="dcr-zzndwp"><p>Nobody here is against a trauma centre, but you cannot build it by taking away what we already have</p></blockquote></aside>
        ${ps(GUARDIAN.slice(2, 4))}
        <aside data-spacefinder-role="richLink"><div data-print-layout="hide"><p>Wales health board faces record waiting lists</p></div></aside>
        ${ps(GUARDIAN.slice(4))}
      </div></div></article></main>`),
    body: [GUARDIAN[0]!, GUARDIAN[1]!, GUARDIAN[2]!, GUARDIAN[3]!, GUARDIAN[4]!],
    furniture: ['Photograph: Gareth Evans', 'record waiting lists'],
  },
  {
    name: 'live blog: one <article> per entry, each with a timestamp and share bar',
    html: shell(`<main><h1>Election night live: counting under way</h1>
      <div class="live-blog__key-events"><h2>Key events</h2><ul><li><a href="#p3">2h ago Governor arrives at headquarters</a></li><li><a href="#p1">3h ago Polls close</a></li></ul></div>
      <div class="live-blog__body">
        ${[
          [LIVE.slice(4), '22:41'],
          [LIVE.slice(2, 4), '21:58'],
          [LIVE.slice(0, 2), '21:00'],
        ]
          .map(
            ([texts, time], i) =>
              `<article class="block" id="p${i}"><div class="block-meta"><time datetime="2026-11-03T${time as string}">${time as string} EST</time><span class="block-author">Rita Moss</span></div><div class="block-body">${ps(texts as string[])}</div><div class="block-share"><button>Share</button><a href="#p${i}">Copy link</a></div></article>`,
          )
          .join('\n')}
      </div></main>`),
    body: [...LIVE.slice(4), ...LIVE.slice(2, 4), ...LIVE.slice(0, 2)],
    furniture: ['22:41 EST', 'Copy link', 'Key events', 'Polls close'],
  },
  {
    name: 'AMP page with amp-img, amp-ad, amp-sidebar and amp-social-share',
    html: `<!doctype html><html amp><head><meta charset="utf-8">${OG}<script async src="https://cdn.ampproject.org/v0.js"></script></head><body>
      <amp-sidebar id="menu" layout="nodisplay"><ul><li><a href="/world">World news from every region, updated through the day and night</a></li><li><a href="/business">Business and markets coverage with live prices and analysis</a></li></ul></amp-sidebar>
      <header class="amp-header"><button on="tap:menu.toggle">Menu</button></header>
      <article><h1>Strong quake shakes northern Chile</h1>
        <amp-social-share type="twitter" aria-label="Share on Twitter">Share on Twitter</amp-social-share>
        <figure><amp-img src="quake.jpg" width="800" height="450" layout="responsive" alt="Street in Antofagasta"><div fallback>Image not available in this browser</div></amp-img><figcaption>A street in Antofagasta after the quake on Friday.</figcaption></figure>
        ${ps(AMP.slice(0, 2))}
        <amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/news"><div placeholder>Loading advertisement, please wait a moment while it loads.</div><div fallback>Advertisement could not be loaded in this view.</div></amp-ad>
        ${ps(AMP.slice(2))}
      </article>
      <amp-analytics type="gtag"><script type="application/json">{"vars":{}}</script></amp-analytics>
      </body></html>`,
    body: ['A street in Antofagasta after the quake on Friday.', ...AMP],
    furniture: [
      'World news from every region',
      'Share on Twitter',
      'Image not available',
      'advertisement',
    ],
  },
  {
    name: 'text directly in a container, paragraphs separated by <br><br>, an ad in between',
    html: shell(
      `<div id="content"><h1>Harbour parking fees to rise</h1><div class="date">Posted: 12/03/2026</div>
      <div class="storytext">
        ${BR.slice(0, 2).join('<br><br>\n')}<br><br>
        <div class="adbox"><script>loadAd()</script><span>Advertisement</span></div>
        ${BR.slice(2).join('<br>\n<br>\n')}
      </div></div>`,
    ),
    body: BR,
    furniture: ['Posted: 12/03/2026', 'Advertisement'],
  },
  {
    name: 'body in <section itemprop="articleBody">, teasers with summaries beside it',
    html: shell(`<main><div class="layout"><div class="col-main"><h1>Main library reopens after renovation</h1>
      <section itemprop="articleBody">${ps(ITEMPROP)}</section></div>
      <div class="col-right"><h2>In this section</h2>
        ${[
          'a new bus route to the hospital starts next week after years of requests from patients',
          'the council has approved a budget that raises the property tax by two percent for homeowners',
          'volunteers planted four hundred trees along the river path over the weekend, the parks department said',
        ]
          .map(
            (t) =>
              `<div class="card"><h3><a href="/x">Story</a></h3><p>In other news, ${t}.</p></div>`,
          )
          .join('')}
      </div></div></main>`),
    body: ITEMPROP,
    furniture: ['In other news', 'In this section'],
  },
  {
    name: 'body in [property=articleBody] (RDFa) next to a long standfirst and key-points box',
    html: shell(`<main><article vocab="https://schema.org/" typeof="NewsArticle"><h1 property="headline">Dutch MPs back energy drink ban for under-16s</h1>
      <div class="keypoints"><h2>Key points</h2><ul><li>Vote passed 98 to 52</li><li>Senate to decide</li></ul></div>
      <div property="articleBody">${ps(RDFA)}</div></article></main>`),
    body: RDFA,
    furniture: [],
  },
  {
    name: 'comments section longer than the article, under an unhelpful class',
    html: shell(`<main><article><h1>Reservoirs could fall below 40% by August</h1><div class="entry">${ps(COMMENTS)}</div></article>
      <section id="discussion" class="thread-wrap"><h2>128 Comments</h2><ol class="thread">
        ${Array.from(
          { length: 14 },
          (_, i) =>
            `<li class="reply-item"><div class="reply-meta"><b>reader${i}</b> <time>${i + 1} hours ago</time></div><div class="reply-body"><p>Comment ${i}: I have lived here for thirty years, and every summer we hear the same warnings, yet nobody ever fixes the leaking pipes, which waste more water than any garden hose.</p><p>Until the company invests in its network, asking households to cut back, take shorter showers, and skip watering is just a way to shift the blame onto customers.</p></div></li>`,
        ).join('\n')}
      </ol></section></main>`),
    body: COMMENTS,
    furniture: ['Comment 0:', 'leaking pipes', '128 Comments'],
  },
  {
    name: 'short article (3 paragraphs) beside a "most read" list with more text',
    html: shell(`<main><div class="c1"><article><h1>Recycling plant fire forces evacuations</h1>${ps(SHORT)}</article></div>
      <div class="c2"><h2>Most read</h2><ol>
        ${Array.from(
          { length: 8 },
          (_, i) =>
            `<li><a href="/story-${i}"><span class="n">${i + 1}</span><p>Popular story ${i}: residents of the old mill district say rents have doubled in five years, and the council is under pressure to act before the next election.</p></a></li>`,
        ).join('\n')}
      </ol></div></main>`),
    body: SHORT,
    furniture: ['Popular story', 'Most read'],
  },
  {
    name: 'paywalled page: only the lead, then a subscribe box',
    html: shell(`<main><article><h1>Dairy giant plans plant closures</h1><div class="article-content">${ps(PAYWALL)}</div>
      <div id="regwall" class="tp-container"><h2>Keep reading with a subscription</h2><p>Get unlimited access to award-winning journalism for just $1 a week. Cancel at any time, no questions asked.</p><p>Already a subscriber? <a href="/login">Log in</a></p><button>Subscribe now</button></div>
      </article></main>`),
    body: PAYWALL,
    furniture: ['unlimited access', 'Already a subscriber', 'Keep reading'],
  },
  {
    name: 'custom elements: <story-body> with <related-stories> and <ad-slot> inside',
    html: shell(`<main><story-header><h1>Lost orchid found on railway embankment</h1></story-header>
      <story-body>${ps(CUSTOM.slice(0, 2))}
        <ad-slot data-size="mpu"><p>Advertisement - story continues below this message from our sponsors</p></ad-slot>
        <related-stories><h3>Related</h3><p>Wildflower meadows are returning to roadside verges across England, surveys suggest.</p><p>Volunteers count butterflies in record numbers as the summer heat continues.</p></related-stories>
        ${ps(CUSTOM.slice(2))}</story-body></main>`),
    body: CUSTOM,
    furniture: ['story continues below', 'Wildflower meadows', 'butterflies'],
  },
  {
    name: 'embedded tweet and Instagram post inside the body (dropped: third-party embeds)',
    html: shell(`<main><article><h1>Club sacks manager after winless run</h1><div class="article-body">
      ${ps(EMBEDS.slice(0, 2))}
      <blockquote class="twitter-tweet" data-dnt="true"><p lang="en" dir="ltr">Thank you for everything, gaffer. Good luck for the future 💙 <a href="https://t.co/abc">pic.twitter.com/abc</a></p>&mdash; Some Fan (@somefan) <a href="https://twitter.com/somefan/status/1">March 2, 2026</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js"></script>
      ${ps(EMBEDS.slice(2, 4))}
      <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/"><div><a href="https://www.instagram.com/p/x/">View this post on Instagram</a><p><a href="https://www.instagram.com/p/x/">A post shared by The Club Official (@theclub)</a></p></div></blockquote>
      ${ps(EMBEDS.slice(4))}
      </div></article></main>`),
    body: EMBEDS,
    furniture: ['gaffer', 'pic.twitter.com', 'View this post on Instagram', 'A post shared by'],
  },
  {
    name: 'subheads inside the body, captions with credits in several styles',
    html: shell(`<main><article><h1>Wildfires close roads on the island</h1><div class="story-content">
      <figure class="lead"><img src="a.jpg"><figcaption>Smoke rises above hills near the village of Kato on Friday. (Photo by Nikos Pappas/Getty Images)</figcaption></figure>
      ${ps(CAPTIONS.slice(0, 2))}
      <h2>Winds expected to ease</h2>
      <figure><img src="b.jpg"><figcaption>A firefighting plane over the southern coast. Photograph: Eleni Doukas/Reuters</figcaption></figure>
      ${ps(CAPTIONS.slice(2, 4))}
      <figure><img src="c.jpg"><figcaption>Tourists wait for buses at the harbour on Saturday. (AP Photo/Petros Karas)</figcaption></figure>
      <figure><img src="d.jpg"><figcaption>Burned olive groves near the main road. Credit: Maria Lenz for The Ledger</figcaption></figure>
      ${ps(CAPTIONS.slice(4))}
      </div></article></main>`),
    body: [
      'Smoke rises above hills near the village of Kato on Friday.',
      CAPTIONS[0]!,
      CAPTIONS[1]!,
      'Winds expected to ease',
      'A firefighting plane over the southern coast.',
      CAPTIONS[2]!,
      CAPTIONS[3]!,
      'Tourists wait for buses at the harbour on Saturday.',
      'Burned olive groves near the main road.',
      CAPTIONS[4]!,
    ],
    furniture: ['Nikos Pappas', 'Eleni Doukas', 'Petros Karas', 'Maria Lenz'],
  },
  {
    name: 'author bio boxes after the body',
    html: shell(`<main><article class="post author-kwells"><h1>Wood-waste battery could power homes</h1><div class="entry-content">${ps(BIO)}</div>
      <div class="author-bio"><img src="kw.jpg"><p><strong>Kim Wells</strong> is the Ledger's science correspondent. She has covered energy and climate research since 2014 and was previously an editor at a trade magazine.</p></div>
      <section class="about-the-author"><h2>About the author</h2><p>Jonas Berg is a freelance writer based in Stockholm, where he writes about technology, design and the Nordic start-up scene.</p></section>
      </article></main>`),
    body: BIO,
    furniture: ['science correspondent', 'freelance writer'],
  },
  {
    name: '"Related:" and "READ MORE:" link paragraphs inside the body',
    html: shell(`<main><article><h1>$1.2 billion to hire rural teachers</h1><div class="article-text">
      ${ps(RELATED.slice(0, 2))}
      <p><strong>Related:</strong> <a href="/a">Rural schools struggle to fill vacancies as teachers leave for cities and higher pay elsewhere</a></p>
      ${ps(RELATED.slice(2, 3))}
      <p><b>READ MORE:</b> <a href="/b">Minister promises review of teacher training</a></p>
      <p>ALSO READ: <a href="/c">What the new curriculum means for parents</a></p>
      ${ps(RELATED.slice(3))}
      </div></article></main>`),
    body: RELATED,
    furniture: ['Rural schools struggle', 'Minister promises review', 'new curriculum'],
  },
  {
    name: 'correction notice kept, "originally published" line dropped',
    html: shell(`<main><article><h1>New ferry to cut crossing time</h1><div class="body-copy">
      ${ps(CORRECTION.slice(0, 3))}
      <p class="correction-notice"><em>${CORRECTION[3]}</em></p>
      <p><em>This article was originally published by The Island Times. Read the original here.</em></p>
      <p>This story first appeared in our weekly Coast newsletter.</p>
      </div></article></main>`),
    body: CORRECTION,
    furniture: ['originally published', 'first appeared'],
  },
  {
    name: 'Q&A explainer with bold questions',
    html: shell(`<main><article><h1>What the rate rise means for you</h1><div class="article__body">
      <p>${QA[0]}</p>
      ${QA.slice(1)
        .map((t) => (t.startsWith('Q:') ? `<p><strong>${t}</strong></p>` : `<p>${t}</p>`))
        .join('\n')}
      </div></article></main>`),
    body: QA,
    furniture: [],
  },
  {
    name: 'newsletter sign-up box inside the body under hashed class names',
    html: shell(`<main><article><h1>Airline to drop three northern airports</h1><div class="sc-1x2y3z">
      ${ps(NEWSLETTER.slice(0, 2))}
      <div class="sc-8kq2p" data-component="newsletter-signup"><h3>The Morning Brief</h3><p>Get the day’s top stories in your inbox every morning. Sign up for free today and never miss a story.</p><input type="email" placeholder="Email address"><button>Sign up</button></div>
      ${ps(NEWSLETTER.slice(2))}
      </div></article></main>`),
    body: NEWSLETTER,
    furniture: ['in your inbox', 'The Morning Brief'],
  },
  {
    name: 'pull quote repeating a body sentence, in a blockquote and in a div',
    html: shell(`<main><article><h1>Museum to return bronzes to Nigeria</h1><div class="article-body-text">
      ${ps(PULLQUOTE.slice(0, 2))}
      <blockquote class="pullquote"><p>“These objects were taken by force”</p></blockquote>
      ${ps(PULLQUOTE.slice(2, 4))}
      <div class="pull-quote"><p>“There is no honest way to describe it otherwise.”</p><cite>Museum director</cite></div>
      ${ps(PULLQUOTE.slice(4))}
      </div></article></main>`),
    body: PULLQUOTE,
    furniture: ['“These objects were taken by force”', 'Museum director'],
  },
  {
    name: 'dateline, reading time and comment count inside the article (not in <header>)',
    html: shell(`<main><article><h1>Developer fined over hotel permits</h1>
      <div class="meta"><span>By Claire Martin</span><span>Published 8:05 a.m. CET, Tue March 3, 2026</span><span>4 min read</span><a href="#comments">37 comments</a></div>
      <div class="text">${ps(META)}</div>
      <p class="updated">Updated March 3, 2026 at 9:40 a.m.</p>
      </article></main>`),
    body: META,
    furniture: ['By Claire Martin', '8:05 a.m.', 'min read', '37 comments', 'Updated March 3'],
  },
  {
    name: 'BBC-style: each paragraph in its own text-block wrapper, an ad and links block between',
    html: shell(`<main id="main-content"><article><header><h1>Ambulance staff to strike next week</h1></header>
      <div data-component="byline-block"><p>By Sam Kerr, BBC News</p></div>
      ${BLOCKS.slice(0, 3)
        .map(
          (t) =>
            `<div data-component="text-block" class="ssrcss-7uxr49"><p class="ssrcss-1q0x1qg">${t}</p></div>`,
        )
        .join('\n')}
      <div data-component="ad-slot"><div class="dotcom-ad"><p>Advertisement</p></div></div>
      <div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t1">NHS</a></li><li><a href="/t2">Strikes</a></li></ul></div>
      ${BLOCKS.slice(3)
        .map(
          (t) =>
            `<div data-component="text-block" class="ssrcss-7uxr49"><p class="ssrcss-1q0x1qg">${t}</p></div>`,
        )
        .join('\n')}
      <section><h2>More on this story</h2><ul><li><a href="/s1">Why ambulance waits are getting longer</a></li></ul></section>
      <section><h2>Top stories</h2><div><a href="/s2"><h3>Storm warning for the west coast</h3></a></div></section>
      </article></main>`),
    body: BLOCKS,
    furniture: [
      'By Sam Kerr',
      'Advertisement',
      'Related topics',
      'Strikes',
      'More on this story',
      'Top stories',
      'Storm warning',
    ],
  },
  {
    name: 'old table layout: the story as text in a <td>, menus in other cells',
    html: shell(`<table width="100%"><tr><td class="leftnav" width="150"><a href="/">Home</a><br><a href="/local">Local news from around the county and beyond</a></td>
      <td valign="top"><h1>County fair to return this summer</h1><font size="2">${TABLE.join('<br><br>\n')}</font></td></tr></table>`),
    body: TABLE,
    furniture: ['Local news from around the county'],
  },
  {
    name: 'paragraphs as <span>s inside <div>s',
    html: shell(`<main><h1>Two arrested over railway cable theft</h1><div class="rich-text">
      ${SPANS.map((t) => `<div class="paragraph"><span class="text">${t}</span></div>`).join('\n')}
      <div class="share-row"><span>Share</span><span>Copy link</span></div>
      </div></main>`),
    body: SPANS,
    furniture: ['Copy link'],
  },
];

describe('article finder on common news-site layouts', () => {
  it.each(LAYOUTS.map((l) => [l.name, l] as const))('%s', (_name, layout) => {
    const { document } = parseHTML(layout.html);
    const doc = document as unknown as Document;
    const index = buildTextIndex(doc.body);
    expect(isLikelyArticle(doc, index)).toBe(true);
    const article = extractArticle(doc, index);
    const text = article?.text ?? '';
    let at = 0;
    for (const para of layout.body) {
      const found = text.indexOf(para, at);
      expect(found, `missing or out of order: ${para.slice(0, 60)}`).toBeGreaterThanOrEqual(0);
      at = found + para.length;
    }
    for (const junk of layout.furniture) expect(text).not.toContain(junk);
    // Every block still maps onto the same characters of the page's text index.
    for (const block of article?.blocks ?? []) {
      const span = articleSpanInIndex(article!, block);
      // (Compared without spaces: a <br> gives the block a space the page text lacks.)
      expect(span && index.text.slice(span.start, span.end).replace(/\s/g, '')).toBe(
        text.slice(block.start, block.end).replace(/\s/g, ''),
      );
    }
  });
});

describe('bare-div paragraphs and the article check', () => {
  it('an undeclared page of message divs (a web app) is not an article', () => {
    const messages = Array.from(
      { length: 20 },
      (_, i) =>
        `<div class="msg-text">Message ${i}: sure, I can move the review to Thursday afternoon, but we still need the figures from finance before then.</div>`,
    ).join('');
    const { document } = parseHTML(
      `<!doctype html><html><body><div class="thread">${messages}</div></body></html>`,
    );
    expect(isLikelyArticle(document as unknown as Document)).toBe(false);
  });
});
