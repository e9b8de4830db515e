/**
 * Two people of one surname introduced side by side (`Mike Pompeo and his wife, Susan Pompeo`,
 * `Liz Cheney and her father, Dick Cheney`): a lone `Pompeo` afterwards is the one named first, whom
 * the story is about; the relative is named after, beside. Namesakes first named far apart (a
 * daughter quoted early, her father the subject later) are left to the most recent mention.
 */
/** What is read of each person: the folded words of the fullest name and where the article first names them. */
interface Named {
  folded: string[];
  firstMention: number;
}

/** How close the first mentions of two namesakes are when one is introduced beside the other, in characters. */
const BESIDE = 100;

/** Are `a` and `b` two people of two or more words, both first named by `at`, side by side? */
export const introducedBeside = (a: Named, b: Named, at: number): boolean =>
  a.folded.length > 1 &&
  b.folded.length > 1 &&
  a.firstMention <= at &&
  b.firstMention <= at &&
  Math.abs(a.firstMention - b.firstMention) < BESIDE;
