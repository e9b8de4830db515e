import type { ArticleAdder } from '../ingest/adder.ts';

/** What the asker may see: outlets restricted to other channels are hidden (licensed wire copy). */
export interface Access {
  hiddenOutlets: ReadonlySet<string>;
  /** Adding articles by address (`/add`): present only for people allowed to add. */
  adder?: ArticleAdder;
  /** Why `adder` is absent: nobody is configured to add, or this asker is not on the list. */
  addRefusal?: 'add_not_configured' | 'add_not_permitted';
}

/** No outlet hidden: the console, the CLI and tests. */
export const OPEN_ACCESS: Access = { hiddenOutlets: new Set() };
