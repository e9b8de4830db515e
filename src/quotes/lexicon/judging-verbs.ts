/**
 * The verbs whose subject a quotation in their clause belongs to (`reported.ts`, `governing-verb.ts`,
 * `as-clause.ts`): verbs of saying, judging, naming and attitude, and the lexicon's finite verbs of saying.
 */
import { SAYING_VERBS } from './speech-verbs.ts';

/**
 * Verbs of saying, judging, naming and attitude whose object or clause may quote the subject (`blamed`,
 * `dubbed`, `believes`): the verbs a clause's verb is matched against by its stem (`governing-verb.ts`).
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set(
  `blamed blames blaming called calls calling described describes describing warned warns warning insisted insists
dismissed dismisses praised praises denounced denounces defended defends thanked thanks accused accuses criticized
criticised criticizes criticises slammed slams attacked attacks urged urges vowed vows promised promises pledged pledges
touted touts hailed hails likened likens compared compares referred refers labeled labelled labels branded brands dubbed
mocked mocks derided derides decried decries condemned condemns lauded lauds welcomed welcomes rejected rejects
characterized characterised characterizes framed frames pitched pitches offered offers expressed expresses voiced
voices promoted promotes championed champions invoked invokes cited cites quoted quotes lamented laments acknowledged
conceded admitted predicted predicts revealed reveals explained explains claimed claims argued argues insisting wrote writes tweeted tweets posted posts
asked asks told tells declared declares stressed stresses noted notes added adds said says suggested suggests
repeated repeats reiterated reiterates recalled recalls apologized apologised apologizes apologises complained
complains joked jokes boasted boasts bragged brags questioned questions pushed pushes ripped rips blasted blasts
chided chides scolded scolds mentioned mentions announced announces answered answers replied replies responded
responds lambasted lambastes reminded reminds exhorted exhorts took pointed promised supported supports opposed opposes endorsed endorses
challenged challenges vowed pressed presses spoke speaks talked talks used uses invoked repeated employed
heralded heralds issued issues defines defined call blame describe believes believed thinks thought hopes hoped fears feared
rebuked rebukes faulted faults chastised chastises castigated castigates ridiculed ridicules applauded applauds
commended commends extolled extols celebrated celebrates portrayed portrays depicted depicts termed deemed deems excoriated
excoriates assailed assails disparaged disparages
disputed referenced credited implied implies pronounced restated restates
stipulated stipulates insinuated intimated rebutted rebuts refuted refutes repudiated repudiates retracted decreed ruled
deplored deplores belittled belittles reprimanded lampooned congratulated congratulates complimented trumpeted
hyped nicknamed knocked threatened threatens indicated indicates identified identifies
recommended recommends agreed agrees disagreed disagrees`.split(/\s+/),
);
/** Those and the lexicon's finite verbs of saying (`fretted`; not `asking`, after a noun as often as a subject): the quote is the subject's. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([...JUDGING_VERBS, ...[...SAYING_VERBS].filter((w) => !w.endsWith('ing'))]);

/**
 * Verbs of opinion that report words only when a quoted judgement follows their object (`Roe views the
 * levy as "…"`, `Roe considers it "…"`, `Roe found the audit "…"`): never verbs of saying on their own
 * (`Roe saw the film`), read by `opinion-object.ts`. `as` marks the ones that need it before the judgement.
 */
export const OPINION_VERBS: ReadonlyMap<string, 'as' | 'bare'> = new Map([
  ...'view views viewed see sees saw regard regards regarded paint paints painted cast casts'.split(' ').map((w) => [w, 'as'] as const),
  ...'consider considers considered find finds found judge judges judged rate rates rated'.split(' ').map((w) => [w, 'bare'] as const),
]);
