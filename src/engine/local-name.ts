/**
 * How one article names a speaker the corpus knows by a full name: the full name as written there,
 * or the surname alone when it never writes it (an audience's speakers are named from what it sees).
 */
import type { Article } from '../corpus/article.ts';
import type { Speaker } from '../quotes/quote.ts';
import { wordSpans } from '../search/text.ts';
import { fold, foldName } from '../text/fold.ts';
import { withoutPossessiveS } from '../text/marks.ts';

/** The person as one article names them: `key` folded (full name, or surname alone), `name` as written there. */
export interface Local {
  key: string;
  name: string;
  /** The name as written folds to `key` (no middle name or initial left out): the spellings a speaker is displayed in. */
  exact: boolean;
}

/** Name forms each article gives its speakers (by corpus key), computed once per article. */
const LOCAL = new WeakMap<Article, Map<string, Local>>();

/**
 * How the quote's own article names its speaker: the corpus's full name when the article writes it
 * (first and last word, at most two words between), else the surname as the article writes it.
 */
export function localName(article: Article, speaker: Speaker): Local {
  let known = LOCAL.get(article);
  if (!known) LOCAL.set(article, (known = new Map()));
  const cached = known.get(speaker.key);
  if (cached) return cached;
  const local = findLocal(article, speaker);
  known.set(speaker.key, local);
  return local;
}

function findLocal(article: Article, speaker: Speaker): Local {
  const words = speaker.key.split(' ');
  const last = words[words.length - 1]!;
  // Most articles write the name as the corpus displays it: no need to read them word by word. A
  // one-word name is the same word in every article (the spelling may differ in case or accents).
  if (words.length === 1 || article.paragraphs.some((p) => p.includes(speaker.name)))
    return { key: speaker.key, name: speaker.name, exact: true };
  let loose: Local | undefined;
  const tokens = wordsOf(article, words[0]!, last);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.folded !== words[0]) continue; // `CNN's Wolf Blitzer` keeps its `'s` in the key
    for (let j = i + 1; j < Math.min(tokens.length, i + words.length + 2); j++) {
      if (tokens[j]!.owner !== last || tokens[j]!.paragraph !== tokens[i]!.paragraph) continue;
      // Written as names are (`J. Paul Vance` is `J Paul Vance`).
      const name = tokens
        .slice(i, j + 1)
        .map((t) => t.word)
        .join(' ');
      if (foldName(name) === speaker.key) return { key: speaker.key, name, exact: true };
      loose ??= { key: speaker.key, name, exact: false };
    }
  }
  // No full name here: the surname alone, which is the last word of the corpus's name.
  return loose ?? { key: last, name: speaker.name.slice(speaker.name.lastIndexOf(' ') + 1), exact: true };
}

interface Word {
  word: string;
  folded: string;
  /** `folded` without a possessive `'s` (`Lindqvist's` → `lindqvist`). */
  owner: string;
  paragraph: number;
}

/** The paragraphs of the last article read word by word, folded, and the words of those read (its names are then cached in `LOCAL`). */
let lastWords: { article: Article; paragraphs: readonly string[]; folded: string[]; words: Array<Word[] | undefined> } | undefined;

/**
 * The words of an article's paragraphs that hold both `first` and `last` (folded names), in order:
 * a paragraph whose folded text holds either nowhere has no word folding to it, so only the few
 * paragraphs naming the person are cut into words (every paragraph's every word cost seconds for
 * an audience's speakers at 37k articles).
 */
function wordsOf(article: Article, first: string, last: string): Word[] {
  if (lastWords?.article !== article) {
    const paragraphs = article.paragraphs;
    lastWords = { article, paragraphs, folded: paragraphs.map((p) => fold(p).replace(/’/g, "'")), words: [] };
  }
  const { paragraphs, folded, words } = lastWords;
  const out: Word[] = [];
  folded.forEach((text, paragraph) => {
    if (!text.includes(first) || !text.includes(last)) return;
    const these = (words[paragraph] ??= wordSpans(paragraphs[paragraph]!).map(({ word }) => {
      const bare = word.replace(/\.$/, '');
      return { word: bare, folded: foldName(bare), owner: foldName(withoutPossessiveS(bare)), paragraph };
    }));
    for (const w of these) out.push(w);
  });
  return out;
}
