/**
 * Plural nouns for groups of people that open a sentence capitalised (`Critics say`, `Supporters of Roe
 * note`, `Investigators found`): a description, never a person's name, however the sentence writes it.
 * Only nouns that are no surname (not `Sanders`, `Powers`, `Rogers`).
 */
const PEOPLE_PLURALS = new Set(
  `critics supporters opponents detractors skeptics sceptics investigators prosecutors analysts economists experts
officials protesters protestors demonstrators marchers aides sources insiders leaders journalists reporters correspondents
lawmakers legislators residents voters observers advocates activists researchers scientists witnesses organizers
organisers authorities negotiators strategists diplomats staffers neighbors neighbours parents students teachers
historians commentators pundits conservatives liberals progressives fans viewers readers listeners`.split(/\s+/),
);

/** Is this lower-case word a plural noun for a group of people (`critics`, `supporters`)? */
export const isPeoplePlural = (lower: string): boolean => PEOPLE_PLURALS.has(lower);
