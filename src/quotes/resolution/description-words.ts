/**
 * Words of a description of one person that rank.ts's pronoun checks (`new-face.ts`) and the
 * description readers (`described-subject.ts`) share: its gender, its indefinite determiners, and
 * the last sentences before a point. Kept apart so that `new-face.ts`, which rank.ts calls, does not
 * import `described-subject.ts`, which imports rank.ts.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { ABBREVIATIONS } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import type { Token } from '../tokens.ts';

const FEMALE_HEADS = `woman girl mother wife sister daughter widow grandmother aunt girlfriend spokeswoman policewoman
actress queen princess chairwoman congresswoman businesswoman mom`.split(/\s+/);
const MALE_HEADS = `man boy father husband brother son widower grandfather uncle boyfriend spokesman policeman actor king
prince chairman congressman businessman dad`.split(/\s+/);
export const HEAD_GENDER = new Map<string, Gender>([
  ...FEMALE_HEADS.map((w): [string, Gender] => [w, 'f']),
  ...MALE_HEADS.map((w): [string, Gender] => [w, 'm']),
]);

/** Modifiers that give a description's gender: `a female cop`, `a male nurse`. */
export const SEX_MODIFIERS = new Map<string, Gender>([
  ['female', 'f'],
  ['male', 'm'],
]);
/** The gender the words of a description give (`a city spokeswoman`, `a female cop`), if any (`new-face.ts`). */
export function wordsGender(lowers: readonly string[]): Gender | undefined {
  for (const w of lowers) {
    const g = HEAD_GENDER.get(w) ?? SEX_MODIFIERS.get(w);
    if (g !== undefined) return g;
  }
  return undefined;
}

/** Determiners of a description of one person the article does not name: `a`, `an`, `one`, `another`. */
export const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/**
 * The last `count` sentences of `tokens` that hold words outside quotations, the nearest first:
 * a quotation, a full stop (not an abbreviation's) and `!`/`?` close a sentence, and with
 * `paragraphEnds` a paragraph's end does too.
 */
export function lastSentences(ctx: ArticleContext, tokens: readonly Token[], count: number, paragraphEnds: boolean): Token[][] {
  const out: Token[][] = [];
  let end = tokens.length;
  for (let k = tokens.length - 1; k >= -1 && out.length < count; k--) {
    const t = tokens[k];
    const prev = tokens[k - 1]?.lower ?? '';
    const stop =
      t === undefined ||
      t.kind === 'quote' ||
      (paragraphEnds && ctx.text.slice(t.end, tokens[k + 1]?.start ?? t.end).includes('\n')) ||
      (t.text === '.' ? !ABBREVIATIONS.has(prev) && prev.length > 1 : t.text === '!' || t.text === '?');
    if (!stop) continue;
    const part = tokens.slice(k + 1, end);
    if (part.some((x) => x.kind === 'word')) out.push(part);
    end = k;
  }
  return out;
}
