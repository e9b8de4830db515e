/**
 * The small interface through which a command adds an article by its address (`/add`): commands
 * stay free of fetching and of files; start-up hands the access policy an adder built on
 * `addArticle`, and the policy gives it only to the people allowed to add.
 */
import type { AddOutcome } from './add.ts';

export interface ArticleAdder {
  /** Fetches the page at `url`, stores its article in the corpus; never throws. */
  add(url: string): Promise<AddOutcome>;
}
