/**
 * A person's name made of single capital letters alone (`U N` read from `Russia's U.N. mission`, `D C`)
 * is a body's or a place's initials, never someone who speaks.
 */
import type { Speaker } from '../quote.ts';

/** Is `speaker` a person named by two or more single letters and nothing else (read by code unit: asked for every candidate)? */
export function namedByInitialsOnly(speaker: Speaker): boolean {
  const name = speaker.name;
  // The cheap test first: a one-letter word opens the name (`U N`, `U. N.`).
  if (speaker.kind !== 'person' || name.length < 3 || (name.charCodeAt(1) !== 32 && name.charCodeAt(1) !== 46)) return false;
  return /^\p{Lu}\.?(?: \p{Lu}\.?)+$/u.test(name);
}
