/**
 * The gender of a given name from compromise's lexicon (`scripts/given-names.ts` writes the list,
 * names used for both sexes left out): `Roger` is `m`, `Gretchen` is `f`; and a short list of the
 * news' frequent first names, which `names.ts` uses alone where a mention is read.
 */
import list from './given-names.json' with { type: 'json' };

/** He or she: the gender a name, title or pronoun gives a person. */
export type Gender = 'm' | 'f';

const GENDER = new Map<string, Gender>();
for (const w of list.male) GENDER.set(w, 'm');
for (const w of list.female) GENDER.set(w, 'f');

/** A few frequent first names, only to decide whether `he` or `she` can refer to someone. */
const FEMALE_NAMES = new Set(
  `hillary kellyanne melania ivanka nancy elizabeth michelle sarah mary susan karen linda patricia jennifer maria anna
angela theresa ursula kamala marine nicola liz huma donna jill chelsea debbie kate katie laura lisa julia margaret
barbara jane joan emily amy rachel rebecca samantha olga irina natalia tulsi nikki carly condoleezza madeleine janet
ruth sonia elena christine kirsten dianne stephanie heather megyn ann anne katrina paula hannah sophie jessica ashley
michele claire catherine alexandria gina kellie hope sheila ayanna jeanne loretta valerie debbie wendy tammy terri
hope ana lucia sofia isabel carmen omarosa sarah-huckabee jacinda golda indira benazir maxine marsha cindy carol carolyn diane julie kathleen
kelly kristen lauren maggie martha meghan megan monica patty peggy robin rosa sandra shannon sharon tina virginia`.split(/\s+/),
);
const MALE_NAMES = new Set(
  `donald mike michael tim bernie barack joe paul mitch vladimir antonio antónio sergey sergei volodymyr
emmanuel olaf john james robert william david richard thomas charles chris ted marco jeb ben rudy newt bill george
gary reince steve stephen jared eric rick rand lindsey chuck harry jim jeff kevin mark peter john-paul dmitry
dmitri boris viktor xi recep benjamin justin rishi keir nicolas francois françois matteo mario pedro luis jose josé
carlos andrew anthony brian jason matt matthew ryan scott sean adam alex alexander jack jake jonathan josh joshua
kenneth larry martin nathan nick patrick ron roy sam samuel tom tony travis walter wayne frank fred henry howard
jerry jesse jimmy jon jordan karl ken lee marcus neil noah oliver omar raj ray russ russell ahmed mohammed muhammad
ali hassan hussein abdullah recep rodrigo jair narendra imran shinzo fumio yoon kim moon antony`.split(/\s+/),
);

/** The gender of a frequent first name of the news (`hillary` → `f`), from the short lists above. */
export const frequentNameGender = (lower: string): Gender | undefined => FREQUENT_GENDER.get(lower);

/** The two short lists as one map, read by one lookup: a name in both is female (the female list is asked first). */
const FREQUENT_GENDER = new Map<string, Gender>();
for (const w of MALE_NAMES) FREQUENT_GENDER.set(w, 'm');
for (const w of FEMALE_NAMES) FREQUENT_GENDER.set(w, 'f');
/** `frequentNameGender(w) ?? GENDER.get(w)` for every name, read by one lookup. */
const GIVEN_GENDER = new Map<string, Gender>(GENDER);
for (const [w, g] of FREQUENT_GENDER) GIVEN_GENDER.set(w, g);

/**
 * The gender of a lower-case given name (`sarah` → `f`, `roger` → `m`), if it has one: the short
 * lists first, then compromise's lexicon.
 */
export const givenNameGender = (lower: string): Gender | undefined => GIVEN_GENDER.get(lower);

/** Lower-case honorifics that say whether a person is male or female. */
const MALE_TITLES = new Set([
  'mr',
  'sir',
  'lord',
  'king',
  'prince',
  'duke',
  'father',
  'congressman',
  'spokesman',
  'chairman',
  'businessman',
]);
const FEMALE_TITLES = new Set([
  'mrs',
  'ms',
  'miss',
  'madam',
  'dame',
  'lady',
  'queen',
  'princess',
  'duchess',
  'congresswoman',
  'spokeswoman',
  'chairwoman',
  'businesswoman',
]);

/** The gender a title among a person's roles gives (`Mrs.`, `congressman`), if any. */
export function titleGender(roles: string[]): Gender | undefined {
  for (const r of roles) {
    const t = r.endsWith('.') ? r.slice(0, -1) : r;
    if (MALE_TITLES.has(t)) return 'm';
    if (FEMALE_TITLES.has(t)) return 'f';
  }
  return undefined;
}

/** A person's gender from a title among their roles, else from their given name. */
export function genderOf(first: string | undefined, roles: string[]): Gender | undefined {
  return titleGender(roles) ?? (first ? frequentNameGender(first.toLowerCase()) : undefined);
}
