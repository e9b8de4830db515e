/**
 * A person's name made of single capital letters alone (`U N` read from `Russia's U.N. mission`, `D C`)
 * is a body's or a place's initials, never someone who speaks.
 */
import type { Speaker } from './quote.ts';

/** Is `speaker` a person named by two or more single letters and nothing else? */
export const namedByInitialsOnly = (speaker: Speaker): boolean =>
  speaker.kind === 'person' && /^\p{Lu}\.?(?: \p{Lu}\.?)+$/u.test(speaker.name);
