/**
 * The word lists of source phrases (`source-phrase.ts`): words that end a phrase, adverbs and times
 * between a source and its cue, and plural or generic source nouns.
 */
import { ARTICLES, POSSESSIVES } from '../lexicon/word-lists.ts';
import { SOURCE_PLURALS } from '../lexicon/people-plurals.ts';

/** Words that end a noun phrase when walking out from a cue. */
export const BOUNDARY = new Set(
  `that and but or nor because while when whenever as after before since which who whom whose if though although where
so than what how why whether until unless yet in on at with during from by into about over under through via against
without within upon among between across amid despite toward towards like unlike is was were are be been being has
have had do does did not it's this these those there here then also still even just`.split(/\s+/),
);
/** Words a source noun phrase cannot end with. */
export const NOT_NP_END = new Set<string>([...ARTICLES, ...POSSESSIVES, ...['to', 'of', 'for', 'and', 'or', 'not', 'no']]);
/** Adverbs and auxiliaries between a source and its cue (`Putin also said`, `he has repeatedly said`). */
export const ADVERBS = new Set(
  `also then later has have had was were is would will could may might previously once again repeatedly recently
reportedly further first last publicly privately ultimately finally simply just never often frequently quickly
explicitly bluntly flatly openly clearly angrily calmly emphatically sharply firmly quietly loudly proudly already
subsequently earlier today yesterday tonight ago had long since did does do not once soon immediately swiftly promptly
indeed too now likewise similarly separately meanwhile instead however nevertheless nonetheless`.split(/\s+/),
);
/** Words of a time (defined in the lexicon, where `forms/` reads them too). */
export { TIME_WORDS } from '../lexicon/word-lists.ts';
/** Nouns of a span of time (`that week`, `each day`, `this time`). */
export const TIME_UNITS = new Set([
  'day',
  'time',
  'week',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
]);
/** Is the lower-case word a span of time or its plural (`night`, `weeks`)? */
export const isTimeUnit = (lower: string): boolean => TIME_UNITS.has(lower) || (lower.endsWith('s') && TIME_UNITS.has(lower.slice(0, -1)));
/** Plural or generic source nouns: `officials said`, `sources told`. */
export const SOURCE_NOUNS = new Set([
  ...SOURCE_PLURALS,
  ...`source official aide adviser advisers advisors analyst expert diplomat lawmaker people person critic officers
democrats republicans staff spokespeople police insider member members polls poll documents records reports report
statement statements data survey surveys study`.split(/\s+/),
]);

/** Cues whose subject may follow them: `said Jo Bloggs`, `added the minister`. */
export const INVERTING =
  /^(?:said|says|added|adds|asked|asks|wrote|writes|told|tells|explained|noted|recalled|replied|continued|insisted|warned|argued|declared|stated|answered|responded|cautioned|conceded|acknowledged|summarized|summarised|according to|reads|read)$/i;
