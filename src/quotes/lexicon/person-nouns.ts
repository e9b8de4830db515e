/**
 * Nouns for people by their ending (`engineer`, `inspector`, `economist`, `analyst`, `librarian`, `consultant`,
 * `resident`, `chairman`; never `-ment`: `agreement`): a head noun ending so names someone's job or role, for descriptions the
 * closed lists of titles and person heads do not hold.
 */
const PERSON_SUFFIX = /(?:er|or|ist|yst|ian|ant|(?<!m)ent|man|woman|person)$/;

/** Does this lower-case noun end like a noun for a person? */
export const endsLikePersonNoun = (lower: string): boolean => PERSON_SUFFIX.test(lower);
