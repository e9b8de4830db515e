/**
 * Quotes and attributions keep one hidden class each: every field is there from creation, filled in
 * or not. V8's own test of hidden classes (`%HaveSameMap`) needs `--allow-natives-syntax` from start-up
 * (set later, Node calls its behaviour undefined), so it runs in a child `node` started with the flag;
 * this process checks the fields' names and order.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleContext } from '../support/article-context.ts';
import { analyseQuotes } from '../../src/quotes/extract.ts';
import { resolveSource } from '../../src/quotes/resolution/resolve.ts';
import { attributionAfter } from '../../src/quotes/cues/source-phrase.ts';
import { tokenize } from '../../src/quotes/tokens.ts';

const QUOTES_TEXT = 'The new timetable is a "puzzle" for everyone.\n\n"We sail at dawn," said Oona Brack.';
const ATTRIBUTIONS_TEXT = 'Oona Brack runs the ferry.\n\n"We sail at dawn," Brack said. "Maybe," the meantime said.';

/** The two quotes of QUOTES_TEXT and the two attributions of ATTRIBUTIONS_TEXT (one names Brack, one nobody). */
function shapes() {
  const { quotes } = analyseQuotes(QUOTES_TEXT);
  const text = ATTRIBUTIONS_TEXT;
  const ctx = articleContext(text);
  const after = (from: string, to: string) => {
    const start = text.indexOf(from) + from.length;
    const found = attributionAfter(tokenize(text, start, text.indexOf(to, start) + to.length));
    if (!found) throw new Error(`no attribution after ${from}`);
    return resolveSource(ctx, found, undefined);
  };
  return { quotes, attributions: [after('dawn,"', ' said.'), after('Maybe,"', ' said.')] };
}

/** `shapes` run again in a child `node --allow-natives-syntax`: does each pair share one map? */
function sameMapsInChild(): { quotes: boolean; attributions: boolean } {
  const here = fileURLToPath(import.meta.url);
  const source = `
    const { shapesOf } = await import(${JSON.stringify(here)});
    const { quotes, attributions } = shapesOf();
    console.log(JSON.stringify({ quotes: %HaveSameMap(quotes[0], quotes[1]), attributions: %HaveSameMap(attributions[0], attributions[1]) }));`;
  const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', source], {
    encoding: 'utf8',
    env: { ...process.env, QUOTE_SHAPES_CHILD: '1' },
  });
  if (run.status !== 0) throw new Error(`child node failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { quotes: boolean; attributions: boolean };
}

/** For the child: the objects, built without vitest. */
export const shapesOf = shapes;

if (!process.env.QUOTE_SHAPES_CHILD) {
  describe('quote shapes', () => {
    let sameMaps: { quotes: boolean; attributions: boolean };
    beforeAll(() => {
      sameMaps = sameMapsInChild();
    });

    it('an attributed quotation and a scare quote have the same fields, in the same order, and one hidden class', () => {
      const [scare, said] = shapes().quotes as [
        ReturnType<typeof analyseQuotes>['quotes'][0],
        ReturnType<typeof analyseQuotes>['quotes'][0],
      ];
      expect(scare.speaker).toBeUndefined();
      expect(said.speaker?.name).toBe('Oona Brack');
      const keys = ['text', 'start', 'end', 'paragraph', 'kind', 'mention', 'cue', 'speaker', 'partOf'];
      expect(Object.keys(scare)).toEqual(keys);
      expect(Object.keys(said)).toEqual(keys);
      expect(sameMaps.quotes).toBe(true);
    });

    it('an attribution that names nobody has the fields and the hidden class of one that names a speaker', () => {
      const [named, nobody] = shapes().attributions as [ReturnType<typeof resolveSource>, ReturnType<typeof resolveSource>];
      expect(named.speaker?.name).toBe('Oona Brack');
      expect(nobody.speaker).toBeUndefined();
      expect(Object.keys(nobody)).toEqual(Object.keys(named));
      expect(sameMaps.attributions).toBe(true);
    });
  });
}
