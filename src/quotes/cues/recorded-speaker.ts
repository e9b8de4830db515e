/**
 * `a clip of Jo Roe explaining how "…"`, `a recording surfaced of Roe stating that …`: a participle of saying
 * right after a recording of someone has that someone for its subject.
 */
import { isUpperStart, type Token } from '../tokens.ts';

/** Nouns for a recording of someone's speech, whose words it plays (`a clip of Roe saying`; not `pictures of Roe saying`: a picture speaks for no one). */
const RECORDINGS = new Set(
  'video videos clip clips footage recording recordings tape tapes audio soundbite soundbites sound bite bites interview interviews'.split(
    ' ',
  ),
);

/**
 * `a clip of Jo Roe explaining …`: a capitalised name of one to four words right before the participle at
 * `k`, after `of` and a noun for a recording or a past verb (`video of`, `surfaced of`; never `Secretary of State`).
 */
export function nameAfterOf(tokens: Token[], k: number): [number, number] | undefined {
  let a = k;
  while (a > 0 && k - a < 4 && tokens[a - 1]?.kind === 'word' && isUpperStart(tokens[a - 1]?.text ?? '')) a--;
  if (a === k || tokens[a - 1]?.lower !== 'of' || /['’]s$/.test(tokens[k - 1]?.text ?? '')) return undefined;
  // Only a recording of someone (`a clip of`, `footage of`, `surfaced of`): `supporters of ObamaCare declaring` is the supporters'.
  const before = tokens[a - 2];
  if (!before || before.kind !== 'word' || !(RECORDINGS.has(before.lower) || /^\p{Ll}+ed$/u.test(before.text))) return undefined;
  return [a, k];
}
