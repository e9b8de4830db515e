/**
 * Nouns for people by their ending (`engineer`, `inspector`, `economist`, `analyst`, `librarian`, `consultant`,
 * `resident`, `chairman`; never `-ment`: `agreement`): a head noun ending so names someone's job or role, for descriptions the
 * closed lists of titles and person heads do not hold.
 */
import { isPersonHead } from './word-lists.ts';
const PERSON_SUFFIX = /(?:er|or|ist|yst|ian|ant|(?<!m)ent|man|woman|person)$/;

/** Does this lower-case noun end like a noun for a person? */
export const endsLikePersonNoun = (lower: string): boolean => PERSON_SUFFIX.test(lower);

/**
 * Nouns ending in `-er`/`-or` that name a person (that ending names things too: `banner`, `flyer`, `letter`):
 * only these head a description by their ending.
 */
const ER_OR_PERSONS = new Set(
  `worker teacher lawyer officer reporter organizer organiser manager owner member farmer driver pastor doctor professor
investigator inspector prosecutor senator governor counselor counsellor advisor adviser supporter protester protestor
speaker spokesperson researcher designer developer builder trader banker broker dealer partner neighbor neighbour
passenger customer consumer voter viewer reader listener follower believer leader insider outsider observer
volunteer caller writer blogger activist employer employee trainer player rider runner fighter soldier sailor
officer survivor victim witness defender attorney solicitor barrister mother father brother sister daughter
grandmother grandfather mayor actor director editor instructor contractor operator administrator coordinator
supervisor commissioner manufacturer publisher photographer filmmaker campaigner lobbyist strategist teenager
youngster villager foreigner stranger prisoner preacher minister lecturer interviewer interviewee plaintiff
defendant juror jurors auditor monitor negotiator mediator translator interpreter donor sponsor founder organiser
commander ranger firefighter dispatcher nurse waiter waitress bartender baker butcher cashier clerk janitor`.split(/\s+/),
);

/** Does this lower-case noun end like a noun for a person, and, ending in `-er`/`-or`, is it one of those known to be? */
export const isPersonNounByEnding = (lower: string): boolean =>
  PERSON_SUFFIX.test(lower) && (!/(?:er|or)$/.test(lower) || ER_OR_PERSONS.has(lower));

/**
 * A noun a time word may modify in a description of a person (`a night nurse`, `the morning host`,
 * `a night watchman`): a person head, a job noun by its ending, or one of the listed `-er`/`-or`-like
 * nouns for people (`nurse`, `clerk`).
 */
export const isPersonNounAfterTime = (lower: string): boolean =>
  isPersonHead(lower) || isPersonNounByEnding(lower) || ER_OR_PERSONS.has(lower);
