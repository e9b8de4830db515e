/**
 * Head nouns of a description that names no one and nothing that speaks: a state of affairs, an event,
 * a stretch of time, a quantity or a feeling (`the situation`, `the end of a press conference`, `a softer
 * tone`, `the rescue operation`, `school spirit`), and attributive adjectives left where a noun
 * compound was cut after them (`an initial` of `an initial warning message`, `The main` of `The main
 * reason:`; not `national` or `international`, which name people: `a Chinese national`). A source phrase cut to one of these was
 * read from the wrong place. Only nouns that a news text never makes the author of words: not a
 * document or a finding (`the ruling`, `the study`, `the inquiry`, `the results`), a medium (`the show`, `the ad`), a
 * body or a group of people (`the campaign`, `the crowd`, `the public`), nor an adjective that heads a
 * description of people (`the former`, `the other`, `the young`).
 */
const SPEECHLESS_HEADS: ReadonlySet<string> = new Set(
  `situation circumstance circumstances discussion conversation debate end beginning middle outset tone spirit mood
atmosphere climate operation operations fact facts reason reasons matter issue problem idea notion concept theme
topic moment occasion event incident accident episode crisis controversy scandal dispute conflict fight battle
attack shooting crash storm outbreak process effort move step change shift trend pattern effect
impact consequence money cash funding price cost rate amount level growth decline loss gain rise surge drop
increase decrease tension pressure fear hope anger outrage frustration confusion uncertainty risk danger damage
harm violence chaos unrest trouble way manner approach direction focus goal aim purpose sense attention emphasis
main initial political economic final overall entire whole current recent previous softer harder`.split(/\s+/),
);

/** Does this lower-case head noun (or adjective) name nothing that speaks (see the file's comment)? */
export const isSpeechlessHead = (lower: string): boolean => SPEECHLESS_HEADS.has(lower);
