/**
 * The lexicon of verbs of saying: every verb that reports someone's words, in its forms. Attribution
 * cues (`cues.ts`) and the verbs of reported speech (`reported.ts`) both read it, so a verb is listed
 * once.
 */

/**
 * Attribution cues, one verb per line with its forms. A form ending in `+` must be followed by
 * the listed particle (`point out`), a form marked `:` counts only before punctuation or a
 * quotation (`Caddell continued: "...`), since the bare verb is too common otherwise.
 */
export const CUE_FORMS = `
say says said saying
tell tells told telling
add adds added adding
ask asks asked asking
state states stated
note notes noted noting
write writes wrote writing written
explain explains explained explaining
insist insists insisted insisting
warn warns warned warning
claim claims claimed claiming
argue argues argued arguing
declare declares declared declaring
reply replies replied replying
respond responds responded responding
answer answers answered answering
announce announces announced announcing
acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting
allege alleges alleged alleging
assert asserts asserted asserting
assure assures assured assuring
boast boasts boasted boasting
brag brags bragged bragging
caution cautions cautioned cautioning
comment comments commented commenting
complain complains complained complaining
concede concedes conceded conceding
conclude concludes concluded concluding
confirm confirms confirmed confirming
contend contends contended contending
counter counters countered countering
cry cries cried
demand demands demanded demanding
deny denies denied denying
describe describes described describing
emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising
exclaim exclaims exclaimed
joke jokes joked joking
mention mentions mentioned mentioning
muse muses mused
observe observes observed observing
predict predicts predicted predicting
proclaim proclaims proclaimed
promise promises promised promising
quip quips quipped quipping
recall recalls recalled recalling
remark remarks remarked remarking
reiterate reiterates reiterated reiterating
report reports reported reporting
reveal reveals revealed revealing
scoff scoffs scoffed
shout shouts shouted shouting
stress stresses stressed stressing
suggest suggests suggested suggesting
testify testifies testified testifying
tweet tweets tweeted tweeting
post posts posted
urge urges urged urging
vow vows vowed vowing
yell yells yelled
accuse accuses accused accusing
charge charges charged
call calls called calling
dub dubs dubbed
label labels labeled labelled
brand brands branded
lament laments lamented lamenting
maintain maintains maintained maintaining
pledge pledges pledged
recount recounts recounted
retort retorts retorted retorting
pray prays prayed praying
intone intones intoned intoning
scold scolds scolded scolding
wonder wonders wondered wondering
plead pleads pleaded pleading
speak speaks spoke speaking
affirm affirms affirmed
underscore underscores underscored
concur concurs concurred
quote quotes quoted
interject interjects interjected interjecting
react reacts reacted
riff riffs riffed
blast blasts blasted
slam slams slammed
mock mocks mocked
put+it puts+it
sing sings sang singing
chant chants chanted chanting
bark barks barked
snap snaps snapped
cite cites cited citing
label labeling labelling
brand branding
dub dubbing
call calling
accuse accusing
lash+out lashed+out
fire+back fired+back
shoot+back shot+back
chime+in chimed+in
weigh+in weighed+in
point+out points+out pointed+out pointing+out
make+the+case makes+the+case made+the+case making+the+case
sum+up sums+up summed+up summing+up
summarize summarizes summarized summarise summarises summarised
go+on goes+on went+on going+on
according+to
continue: continues: continued: continuing:
finds: found:
begin: begins: began:
starts: started:
read: reads:
elaborate elaborates elaborated elaborating
fume fumes fumed fuming
surmise surmises surmised
clarify clarifies clarified
opine opines opined
reason: reasons: reasoned
confide confides confided
grumble grumbles grumbled
mutter mutters muttered
whisper whispers whispered
sigh: sighs: sighed
crack: cracks: cracked:
laugh: laughs: laughed
chide chides chided
tease teases teased
fret frets fretted
echoes: echoed:
agree: agrees: agreed: disagree: disagrees: disagreed:
lectured
gripe gripes griped
frown frowns frowned
sneer sneers sneered
gush gushes gushed
protested
tout touts touted
rant rants ranted
railed
grouse groused
bemoan bemoans bemoaned
decries decried
objected
hint hints hinted
speculate speculates speculated
posit posits posited
theorize theorizes theorized theorise theorises theorised
marvel marvels marveled marvelled
gloat gloats gloated
crow crows crowed
taunt taunts taunted
implore implores implored
beg begs begged
exult exults exulted
enthuse enthuses enthused
rave raves raved
thunder thunders thundered
growl growls growled
sniff sniffs sniffed
huff huffs huffed
pondered
admonish admonishes admonished
berate berates berated
confess confesses confessed
vent vents vented
gasp gasps gasped
reckon reckons reckoned
aver avers averred
demur demurs demurred
emailed
texted
restate restates restated restating
rebut rebuts rebutted rebutting
refute refutes refuted refuting
mumbles: mumbled:
screams: screamed:
bellows: bellowed:
hollers: hollered:
blurt blurts blurted blurting
hisses: hissed:
wisecrack wisecracks wisecracked
chuckles: chuckled:
like+to+say likes+to+say liked+to+say love+to+say loves+to+say loved+to+say
`;

/** Plural-looking forms that are more often nouns (`in televised remarks`); verbs only after a likely subject. */
export const NOUN_LIKE = new Set([
  'post',
  'report',
  'state',
  'note',
  'quote',
  'call',
  'charge',
  'counter',
  'answer',
  'label',
  'brand',
  'comment',
  'remark',
  'claim',
  'demand',
  'promise',
  'pledge',
  'vow',
  'tweet',
  'joke',
  'reply',
  'cry',
  'stress',
  'concern',
  'states',
  'notes',
  'remarks',
  'comments',
  'reports',
  'claims',
  'quotes',
  'posts',
  'charges',
  'calls',
  'tweets',
  'answers',
  'promises',
  'counters',
  'warnings',
  'labels',
  'brands',
  'demands',
  'pledges',
  'vows',
  'cries',
  'replies',
  'responds',
  'stresses',
  'adds',
  'echo',
  'crow',
  'vent',
  'vents',
  'rant',
  'rants',
  'gripe',
  'gripes',
  'hint',
  'hints',
  'sniff',
  'huff',
  'thunder',
  'gasp',
  'rave',
  'raves',
]);

/**
 * The one-word forms of the lexicon that are verbs wherever they stand (no particle, no punctuation
 * needed, not a form more often a noun): `fretted`, `groused`, `lectured`.
 */
export const SAYING_VERBS: ReadonlySet<string> = new Set(
  CUE_FORMS.split(/\s+/).filter((form) => form !== '' && !/[+:]/.test(form) && !NOUN_LIKE.has(form)),
);

/** The bare form of each verb of the lexicon (the first form of its line): `suggest`, `ask`, `quip`. */
export const BARE_SAYING_VERBS: ReadonlySet<string> = new Set(
  CUE_FORMS.split('\n')
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((form) => form !== '' && !/[+:]/.test(form)),
);
