/**
 * Names of places that news writes alone, as a word or two (`Iran`, `St Paul`, `the Middle East`):
 * countries, US states, large cities and regions. Folded (lower case, no accents), `st`/`saint`
 * spelled as written. A place is never the antecedent of `he`/`she`; a country or state named as
 * the subject of a speech verb speaks for its government (`Iran said`).
 */
import { STATE_ABBREVIATIONS } from './us-states.ts';

const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina burundi
cambodia cameroon canada chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica
ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala
guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland italy jamaica japan kazakhstan kenya
kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau
palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
britain england scotland wales tibet crimea gaza greenland`;

const MULTI_WORD_COUNTRIES = [
  'south africa',
  'north korea',
  'south korea',
  'saudi arabia',
  'new zealand',
  'sri lanka',
  'costa rica',
  'el salvador',
  'united states',
  'united kingdom',
  'united arab emirates',
  'czech republic',
  'dominican republic',
  'ivory coast',
  'sierra leone',
  'south sudan',
  'east timor',
  'papua new guinea',
  'the united states',
  'the united kingdom',
  'the netherlands',
  'the philippines',
  'the uk',
  'the us',
  'the u.s',
  'us',
  'u.s',
  'usa',
  'uk',
  'u.k',
  'great britain',
  'hong kong',
  'west bank',
  'puerto rico',
];

/** The states (not `washington`, a city and a name far more often than the state). */
const STATES = Object.keys(STATE_ABBREVIATIONS).filter((s) => s !== 'washington');

/** Cities and regions: never speakers, never antecedents. */
const CITIES = `london paris berlin moscow beijing tokyo delhi mumbai washington chicago boston houston dallas atlanta miami
seattle denver phoenix detroit philadelphia baltimore brooklyn manhattan queens bronx minneapolis cleveland pittsburgh
portland sacramento austin nashville memphis orlando tampa baghdad kabul tehran damascus aleppo beirut jerusalem
cairo istanbul ankara kyiv kiev kharkiv mariupol bucha donetsk luhansk crimea minsk warsaw rome madrid lisbon brussels
vienna geneva zurich stockholm oslo dubai doha riyadh karachi lahore islamabad seoul pyongyang shanghai shenzhen
toronto montreal vancouver ottawa sydney melbourne johannesburg nairobi lagos caracas havana oakland baltimore charlotte
charleston milwaukee louisville richmond honolulu anchorage europe asia africa america antarctica australia siberia
caucasus balkans scandinavia asia-pacific`;

const MULTI_WORD_CITIES = [
  'los angeles',
  'san francisco',
  'san diego',
  'san antonio',
  'san jose',
  'las vegas',
  'new orleans',
  'st louis',
  'st. louis',
  'st paul',
  'st. paul',
  'salt lake city',
  'kansas city',
  'new york city',
  'mexico city',
  'hong kong',
  'tel aviv',
  'buenos aires',
  'rio de janeiro',
  'sao paulo',
  'new delhi',
  'cape town',
  'the middle east',
  'middle east',
  'latin america',
  'south america',
  'north america',
  'central america',
  'east asia',
  'southeast asia',
  'the west',
  'the gulf',
  'gulf coast',
  'west coast',
  'east coast',
  'the midwest',
  'capitol hill',
  'wall street',
  'silicon valley',
  'the hague',
];

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Countries and states: places whose name may stand for their government. */
const GOVERNED = new Set([...words(COUNTRIES), ...MULTI_WORD_COUNTRIES, ...STATES]);
const PLACES = new Set([...GOVERNED, ...words(CITIES), ...MULTI_WORD_CITIES]);

/** Is this folded name (`iran`, `st paul`, `the middle east`) a place? */
export const isPlaceName = (folded: string): boolean => PLACES.has(folded) || (folded.startsWith('the ') && PLACES.has(folded.slice(4)));

/** Is this folded name a country or a state, which speaks for its government (`Iran said`)? */
export const isGovernedPlace = (folded: string): boolean =>
  GOVERNED.has(folded) || (folded.startsWith('the ') && GOVERNED.has(folded.slice(4)));
