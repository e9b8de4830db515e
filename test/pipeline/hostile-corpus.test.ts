/**
 * The rules of issue 15, held over generated hostile corpora and queries run through the whole
 * pipeline: files in a folder → the loader → quotes → the index (MiniSearch and SQLite) → the
 * commands → presentation → console text, Slack Block Kit, Discord embeds, Discord autocomplete and
 * the quote export (CSV, JSON). One test per rule, so a failure names the rule it breaks.
 *
 * Every rule first meets the known attacks (KNOWN_ATTACKS), then generated worlds. The seed is fixed
 * (FC_SEED replays or explores another one), and every rule sees the same worlds:
 * each world goes through the pipeline once and the rules share the run (pipeline-run.ts).
 * PIPELINE_RUNS sets how many worlds (default 24: a few seconds on a loaded 2-core machine).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { world, type GeneratedArticle, type World } from '../support/hostile-corpus.ts';
import { pipelineRun, type PipelineRun } from '../support/pipeline-run.ts';
import {
  csvFormulas,
  embargoLeaks,
  failures,
  invisibleCharacters,
  liveLinks,
  mentions,
  restrictedLeaks,
} from '../support/pipeline-rules.ts';

const SEED = Number(process.env.FC_SEED ?? 20261129);
const RUNS = Number(process.env.PIPELINE_RUNS ?? 24);
/** Shrinking a failure runs the pipeline again for each smaller world: bounded, so a failing rule still reports. */
const SHRINK_MS = 30_000;

const DAY = 86_400_000;
const article = (outlet: string, paragraphs: string[], more: Partial<GeneratedArticle> = {}): GeneratedArticle => ({
  outlet,
  headline: 'Topic quarvel',
  url: 'https://news.example/story-1',
  day: 1,
  paragraphs,
  format: 'md',
  ...more,
});
const probes = { restricted: 'Brackwater Ledgerly', speakerProbes: ['Lindqvar', 'Faustreel'], typed: ['Li', 'Fa'] };

/**
 * The attacks of issue 15 (and two found by this test), written out so every rule always meets
 * them, whatever the seed; the generated worlds come after.
 */
const KNOWN_ATTACKS: World[] = [
  // A visible article names the speaker by surname; only one under embargo gives the title and first name.
  {
    articles: [
      article('Quillon Dispatchery', ['"quarvel tosmire plindor," Lindqvar said.']),
      article('Sorrelwick Wirely', ['"wintrel dorpeth klestor," said Treasurer Odrun Lindqvar.'], {
        embargo: { key: 'embargo', offsetMs: DAY },
      }),
      article('Brackwater Ledgerly', ['"sardune fennock grommick," Faustreel said.']),
    ],
    queries: ['quarvel', 'Lindqvar'],
    ...probes,
  },
  // A capitalised `Embargo:` key; a speaker quoted only by the restricted outlet; an outlet filter naming it.
  {
    articles: [
      article('Quillon Dispatchery', ['"quarvel tosmire plindor," Lindqvar said.'], { embargo: { key: 'Embargo', offsetMs: DAY } }),
      article('Brackwater Ledgerly', ['"sardune fennock grommick," said Commissioner Yusrin Faustreel.']),
      article('Tamsinford Courant', ['"mauvrick olbrast vexhaul," Okonkwe said.']),
    ],
    queries: ['sardune', 'Faustreel'],
    ...probes,
  },
  // Formulas in a headline and a quotation; raw and angle-bracket URLs and a bidi override in article text.
  {
    articles: [
      article(
        'Quillon Dispatchery',
        ['"=1+2 quarvel tosmire," Okonkwe said.', '"plindor http://evil.example/a \u202e wintrel <https://evil.example/c>," Okonkwe said.'],
        {
          headline: '=HYPERLINK("https://evil.example/f","open") quarvel',
        },
      ),
      article('Tamsinford Courant', ['"mauvrick olbrast vexhaul," Okonkwe said.']),
    ],
    queries: ['quarvel', 'plindor'],
    ...probes,
  },
  // Found here: an editor's bracket holding a mention or a URL, in a statement two outlets carry (Discord's "editorial insertion" line).
  {
    articles: [
      article('Quillon Dispatchery', ['"quarvel tosmire plindor [<@123456789012345678>] wintrel," Okonkwe said.']),
      article('Sorrelwick Wirely', [
        '"quarvel tosmire plindor wintrel," Okonkwe said.',
        '"dorpeth [https://evil.example/k] klestor sardune," Okonkwe said.',
      ]),
      article('Tamsinford Courant', ['"dorpeth klestor sardune," Okonkwe said.']),
    ],
    queries: ['quarvel', 'klestor'],
    ...probes,
  },
  // Found here: a low opening mark inside straight quotes, repeated in the next paragraph, makes quote extraction throw.
  {
    articles: [
      article('Tamsinford Courant', ['"quarvel „ tosmire," Okonkwe said.', '"quarvel „ tosmire," Okonkwe said. "plindor," Okonkwe said.']),
    ],
    queries: ['quarvel'],
    ...probes,
  },
];

async function holds(rule: (w: World, run: PipelineRun) => string[]): Promise<void> {
  await fc.assert(
    fc.asyncProperty(world, async (w) => {
      const violations = rule(w, await pipelineRun(w));
      if (violations.length) throw new Error(`${violations.length} violation(s), the first:\n${violations.slice(0, 6).join('\n')}`);
    }),
    { seed: SEED, numRuns: RUNS, examples: KNOWN_ATTACKS.map((w) => [w]), interruptAfterTimeLimit: SHRINK_MS },
  );
}

describe('hostile corpus text and queries through the whole pipeline (issue 15)', () => {
  const timeout = SHRINK_MS + 30_000;

  it(
    '(g) nothing throws anywhere, from loading the files to every renderer and export',
    async () => {
      await holds((_, run) => failures(run));
    },
    timeout,
  );

  it(
    '(a) an article under embargo leaves no trace: not its text, its outlet, a name or title only it gives, nor in any count',
    async () => {
      await holds(embargoLeaks);
    },
    timeout,
  );

  it(
    '(b) an outlet restricted to another channel leaves no trace there: names, words, counts, and an outlet filter answers as for no such outlet',
    async () => {
      await holds(restrictedLeaks);
    },
    timeout,
  );

  it(
    '(c) no live link on Slack or Discord except an article’s own address in its citation',
    async () => {
      await holds((w, run) => liveLinks(w, run));
    },
    timeout,
  );

  it(
    '(d) no bidirectional override or zero-width character reaches any rendered output',
    async () => {
      await holds((_, run) => invisibleCharacters(run));
    },
    timeout,
  );

  it(
    '(e) no mention from article text or a query can ping or render as a mention on Slack or Discord',
    async () => {
      await holds((_, run) => mentions(run));
    },
    timeout,
  );

  it(
    '(f) no CSV export cell starts with = + - @ tab or CR (OWASP CSV injection)',
    async () => {
      await holds((_, run) => csvFormulas(run));
    },
    timeout,
  );
});
