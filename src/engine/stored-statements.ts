/** What a store gives the statement index (`statement-index.ts`): its statements, read when first needed. */
import type { Statement } from '../compare/statements.ts';
import type { Quote } from '../quotes/quote.ts';

/** Statements kept in a store, read one speaker at a time when first needed. */
export interface StoredStatements {
  /** Speakers with stored statements. */
  keys(): Iterable<string>;
  /** One speaker's stored statements. */
  load(key: string): Statement[];
  /** An id above every stored statement's. */
  nextId: number;
  /**
   * The stored statement of unit `unit` (a speaker key or a `familyKey`) holding this quote, read
   * alone (not the unit's every statement); undefined when the unit holds none with it.
   */
  statementOf?(quote: Quote, unit: string): Statement | undefined;
  /**
   * False when no stored statement of unit `unit` holds this quote with another member (read
   * without decoding the statement); undefined when the store cannot tell.
   */
  shares?(quote: Quote, unit: string): boolean | undefined;
  /** Reads at once what `shares` would read for each of these quotes (each with its unit), so that asking it reads nothing. */
  prefetch?(asked: ReadonlyArray<readonly [Quote, string]>): void;
}
