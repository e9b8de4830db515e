/**
 * Pieces of a sentence subject shared by reported speech (`reported.ts`) and colon lead-ins
 * (`colon-lead-in.ts`): the auxiliaries that end a subject and the appositive after a named one.
 */
import { isUpperStart, type Token } from '../tokens.ts';

/** Auxiliaries that end a description subject before its verb: `The commander does call …`. */
export const AUXILIARIES = new Set(['does', 'did', 'do', 'has', 'have', 'had', 'was', 'is', 'will', 'would']);

/**
 * After a named subject, skip an appositive between commas (`Sarah Sanders, the press secretary,
 * dismissed`): returns where the verb should be. A description subject (`the aide`) takes none.
 */
export function appositiveEnd(tokens: Token[], s: number, e: number): number {
  if (tokens[e]?.text !== ',' || !isUpperStart(tokens[s]?.text ?? '') || e - s < 2) return e;
  for (let k = e + 2; k < tokens.length && k < e + 28; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.text === ';' || (t.text === '.' && (tokens[k - 1]?.text.length ?? 0) > 3)) return e;
    // `15,000`: a comma between digits closes nothing.
    if (t.text === ',' && !(/^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? ''))) return k + 1;
  }
  return e;
}
