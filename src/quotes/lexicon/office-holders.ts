/**
 * Nouns for someone who holds an office or works on an office's staff. One list for the resolver's
 * readings of them (an unnamed person's description, `the former … aide`, `the official` taking up
 * `a French naval attaché`); `cues/clause-subject.ts` keeps its own `UNNAMED_HEADS` (outside this
 * round's files).
 */

/** Staff of an office, who usually stay unnamed: `a senior official`, `an aide`, `a French naval attaché`. */
export const STAFF_HEADS: ReadonlySet<string> = new Set(
  `official aide adviser advisor diplomat attaché attache staffer bureaucrat functionary prosecutor spokesman spokeswoman
spokesperson`.split(/\s+/),
);

/** Heads of a description naming an office, which `the official` may take up: the staff, and those holding a public post. */
export const OFFICE_HEADS: ReadonlySet<string> = new Set([
  ...STAFF_HEADS,
  ...`officer minister secretary ambassador envoy consul commissioner director administrator superintendent sheriff deputy
inspector trooper agent investigator governor mayor senator lawmaker legislator councilman councilwoman councillor
councilor`.split(/\s+/),
]);
