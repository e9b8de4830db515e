/**
 * Plural nouns for people that also name a source (`officials said`, `critics note`): one list, read
 * by both the people plurals below and the source nouns of `cues/source-words.ts`.
 */
export const SOURCE_PLURALS: readonly string[] = `critics supporters opponents investigators prosecutors analysts economists
experts officials protesters aides sources insiders leaders reporters lawmakers residents voters observers researchers
witnesses authorities negotiators strategists diplomats staffers`.split(/\s+/);

/**
 * Plural nouns for groups of people that open a sentence capitalised (`Critics say`, `Supporters of Roe
 * note`, `Investigators found`): a description, never a person's name, however the sentence writes it.
 * Only nouns that are no surname (not `Sanders`, `Powers`, `Rogers`).
 */
const PEOPLE_PLURALS = new Set([
  ...SOURCE_PLURALS,
  ...`detractors skeptics sceptics protestors demonstrators marchers journalists correspondents legislators advocates
activists scientists organizers organisers neighbors neighbours parents students teachers historians commentators pundits
conservatives liberals progressives fans viewers readers listeners`.split(/\s+/),
]);

/** Is this lower-case word a plural noun for a group of people (`critics`, `supporters`)? */
export const isPeoplePlural = (lower: string): boolean => PEOPLE_PLURALS.has(lower);
