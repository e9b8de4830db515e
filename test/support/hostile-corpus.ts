/**
 * Generated hostile corpora for the whole-pipeline property test (test/pipeline): articles made of
 * invented quote sentences (`"…," Minister Name said`) and narrative sentences, mixed with the
 * pieces that break spreadsheets and chat markup (formula prefixes, URLs in every form, mentions,
 * bidirectional and zero-width characters, markdown and mrkdwn control characters, very long words,
 * odd quotation marks), with embargoes in the past and the future, one outlet restricted to another
 * channel, and queries built from the words of the generated text so they hit.
 *
 * Every word a reader could learn something from is an invented word from the pools below (none of
 * them is a word the bot itself writes), so "this word appears only in hidden articles" is exact:
 * `wordsOf` finds them in any text.
 */
import fc from 'fast-check';

/** The instant every request is answered for: embargoes are set around it. */
export const NOW = Date.parse('2031-06-01T12:00:00Z');

export const TOPIC_WORDS = [
  'quarvel',
  'tosmire',
  'plindor',
  'vexhaul',
  'grommick',
  'sardune',
  'fennock',
  'olbrast',
  'wintrel',
  'mauvrick',
  'dorpeth',
  'klestor',
] as const;
export const TITLES = ['Treasurer', 'Commissioner', 'Senator', 'Governor'] as const;
export const FIRST_NAMES = ['Odrun', 'Bramwel', 'Yusrin', 'Teomar', 'Inessa'] as const;
export const SURNAMES = ['Lindqvar', 'Okonkwe', 'Marrowby', 'Faustreel', 'Delacombe'] as const;
/** Outlet names: two invented words each. The last one is never given to an article (the "no such outlet" probe). */
export const OUTLETS = [
  'Brackwater Ledgerly',
  'Quillon Dispatchery',
  'Sorrelwick Wirely',
  'Tamsinford Courant',
  'Vellmoor Gazetty',
] as const;
export const ABSENT_OUTLET = OUTLETS[OUTLETS.length - 1]!;

/** Every invented word, lower-case: what `wordsOf` recognises. */
export const POOL_WORDS: ReadonlySet<string> = new Set(
  [...TOPIC_WORDS, ...TITLES, ...FIRST_NAMES, ...SURNAMES, ...OUTLETS.flatMap((o) => o.split(' '))].map((w) => w.toLowerCase()),
);

/** The invented words in `text` (lower-case), found as whole words. */
export function wordsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) if (POOL_WORDS.has(m[0])) found.add(m[0]);
  return found;
}

/** Where a cell starting with one of these is read as a formula by a spreadsheet (OWASP CSV injection). */
export const FORMULA_PREFIXES = ['=', '+', '-', '@', '\t', '\r'] as const;

const FORMULAS = ['=HYPERLINK("https://evil.example/f","open")', '=1+2', '+SUM(A1:A9)', '-2+3', '@SUM(1)', '\t=cmd', "=cmd|' /C calc'!A0"];
export const HOSTILE_URLS = [
  'http://evil.example/a',
  'https://evil.example/b?c=d&e=f',
  '<https://evil.example/c>',
  '[click](https://evil.example/d)',
  '[x](<https://evil.example/e>)',
  '<http://evil.example/f|label>',
  '<https://evil.example/g|>',
  '<mailto:boss@evil.example|mail>',
  'www.evil.example/h',
  'HTTPS://EVIL.EXAMPLE/I',
  `https://evil.example/${'l'.repeat(300)}`,
  '[https://evil.example/k]',
];
export const MENTIONS = [
  '<!channel>',
  '<!here>',
  '<!everyone>',
  '<!subteam^S0123>',
  '<@U0123ABC>',
  '<@W0456>',
  '<#C0789|general>',
  '@everyone',
  '@here',
  '@channel',
  '@Everyone',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '[@everyone]',
  '[<@123456789012345678>]',
  '[<!here>]',
];
export const INVISIBLES = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
];
const MARKUP = [
  '*bold*',
  '_lean_',
  '~gone~',
  '`tick`',
  '```fence```',
  '> quoted',
  '# big',
  '||spoil||',
  '**',
  '__',
  '\\',
  '&amp;',
  '&lt;b&gt;',
  '<b>',
  ':wave:',
  '-# small',
  '1. list',
];
const QUOTE_MARKS = ['"', '“', '”', '„', '«', '»', '‹', '›', '‘', '’', "'", '「', '」', '＂'];
const LONG_WORDS = ['X'.repeat(400), 'ab'.repeat(150), '—'.repeat(60)];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** One hostile piece: a formula, a URL, a mention, an invisible character, markup, a long word or a quotation mark. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  pick(MARKUP),
  pick(QUOTE_MARKS),
  pick(FORMULAS),
  pick(HOSTILE_URLS),
  pick(MENTIONS),
  pick(INVISIBLES),
  pick(LONG_WORDS),
  // an invisible character glued to a mention or a URL, as an attacker would hide one
  fc.tuple(pick(INVISIBLES), fc.oneof(pick(MENTIONS), pick(HOSTILE_URLS))).map(([a, b]) => a + b),
);

const topicWord = pick(TOPIC_WORDS);
/** A hostile piece one time in four; shrinks to none, so a counterexample keeps only the pieces that matter. */
const maybeHostile = fc.option(fc.oneof(hostilePiece, fc.constant(undefined)), { freq: 2, nil: undefined });
/** Topic words, each perhaps after a hostile piece. */
const words = (min: number, max: number) =>
  fc
    .array(
      fc.tuple(maybeHostile, topicWord).map(([h, w]) => (h === undefined ? w : `${h} ${w}`)),
      { minLength: min, maxLength: max },
    )
    .map((ws) => ws.join(' '));

export interface Speaker {
  title: string;
  first: string;
  last: string;
}
const speaker: fc.Arbitrary<Speaker> = fc.record({ title: pick(TITLES), first: pick(FIRST_NAMES), last: pick(SURNAMES) });

/** How an article names its speaker: in full with the title, first and last name, or the surname alone. */
const naming = pick(['full', 'name', 'surname'] as const);
function named(s: Speaker, how: 'full' | 'name' | 'surname'): string {
  if (how === 'full') return `${s.title} ${s.first} ${s.last}`;
  if (how === 'name') return `${s.first} ${s.last}`;
  return s.last;
}

/** A quotation in one of the shapes news copy uses. */
function quoted(text: string, who: string, shape: number): string {
  switch (shape) {
    case 0:
      return `"${text}," ${who} said.`;
    case 1:
      return `"${text}," said ${who}.`;
    case 2:
      return `“${text},” ${who} told reporters.`;
    default:
      return `${who} said: "${text}."`;
  }
}
const shape = fc.integer({ min: 0, max: 3 });

/** Something one speaker said, which several outlets may quote (so /compare and /who have statements to group). */
export interface Statement {
  body: string;
  speaker: Speaker;
}
const statement: fc.Arbitrary<Statement> = fc.record({ body: words(4, 8), speaker });

/** A quotation of its own, sometimes opening with a formula. */
const freshQuote = fc
  .record({ formula: fc.option(pick(FORMULAS), { freq: 3, nil: undefined }), body: words(4, 9), speaker, how: naming, shape })
  .map(({ formula, body, speaker: s, how, shape: at }) => quoted(formula ? `${formula} ${body}` : body, named(s, how), at));

/** A shared statement as one outlet quotes it: perhaps with a hostile piece inserted (an editor's `[…]`, a link). */
const sharedQuote = (statements: readonly Statement[]) =>
  fc.record({ st: pick(statements), extra: maybeHostile, at: fc.nat(), how: naming, shape }).map(({ st, extra, at, how, shape: s }) => {
    const ws = st.body.split(' ');
    if (extra !== undefined) ws.splice(at % (ws.length + 1), 0, extra);
    return quoted(ws.join(' '), named(st.speaker, how), s);
  });

const narrative = words(5, 12).map((w) => `The ${w} report.`);
const paragraph = (statements: readonly Statement[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 2, arbitrary: sharedQuote(statements) },
        { weight: 1, arbitrary: freshQuote },
        { weight: 1, arbitrary: narrative },
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((sentences) => sentences.join(' '));

/** How an embargo is written: the field, its alias, or the capitalised key an editor types (issue 15). */
export type EmbargoKey = 'embargo' | 'embargoed_until' | 'Embargo';
export interface Embargo {
  key: EmbargoKey;
  /** Milliseconds from NOW: positive is still in force, negative has lifted. */
  offsetMs: number;
}

export interface GeneratedArticle {
  outlet: string;
  headline: string;
  /** The article's own address (sometimes absent, sometimes not http). */
  url?: string;
  /** Day of May 2031. */
  day: number;
  embargo?: Embargo;
  paragraphs: string[];
  format: 'md' | 'jsonl';
}

export interface World {
  articles: GeneratedArticle[];
  /** Outlet restricted to the wire desk's channel, hidden in the news channel. Always articles[0]'s outlet. */
  restricted: string;
  /** Queries built from the words of the text (and now and then a hostile piece, as a user might paste). */
  queries: string[];
  /** Names asked for with `speaker:` (surnames and first names, from visible and hidden articles alike). */
  speakerProbes: string[];
  /** What is typed into Discord's autocomplete. */
  typed: string[];
}

const embargo: fc.Arbitrary<Embargo | undefined> = fc.option(
  fc.record({
    key: fc.constantFrom<EmbargoKey>('embargo', 'embargo', 'embargoed_until', 'Embargo'),
    offsetMs: fc.oneof(
      fc.integer({ min: 60_000, max: 90 * 86_400_000 }), // in force: a minute to three months
      fc.integer({ min: -90 * 86_400_000, max: -60_000 }), // lifted
    ),
  }),
  { freq: 2, nil: undefined },
);

const article = (outlets: readonly string[], statements: readonly Statement[]): fc.Arbitrary<GeneratedArticle> =>
  fc
    .record({
      outlet: pick(outlets),
      headline: fc
        .tuple(fc.option(pick(FORMULAS), { freq: 3, nil: undefined }), words(2, 6))
        .map(([f, w]) => (f ? `${f} ${w}` : `Topic ${w}`)),
      url: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 1, max: 999 }).map((n) => `https://news.example/story-${n}`) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: pick(['javascript:alert(1)', 'ftp://news.example/x', 'https://news.example/a)b<c>|d']) },
      ),
      day: fc.integer({ min: 1, max: 28 }),
      embargo,
      paragraphs: fc.array(paragraph(statements), { minLength: 1, maxLength: 4 }),
      format: fc.constantFrom<'md' | 'jsonl'>('md', 'md', 'md', 'jsonl'),
    })
    .map((a) => {
      const { url, embargo: e, ...rest } = a;
      return { ...rest, ...(url === undefined ? {} : { url }), ...(e === undefined ? {} : { embargo: e }) };
    });

/** A query from words of the world: one to three of its invented words, sometimes a filter or a pasted hostile piece. */
function queryFrom(vocabulary: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      ws: fc.array(pick(vocabulary), { minLength: 1, maxLength: 3 }),
      phrase: fc.boolean(),
      extra: fc.option(pick([...MENTIONS, ...HOSTILE_URLS.slice(0, 3), ...INVISIBLES.slice(0, 3), '=1+2']), { freq: 5, nil: undefined }),
    })
    .map(({ ws, phrase, extra }) => {
      const text = phrase && ws.length > 1 ? `"${ws.join(' ')}"` : ws.join(' ');
      return extra ? `${text} ${extra}` : text;
    });
}

/** A generated world: two to five articles over three or four outlets, with queries that hit them. */
export const world: fc.Arbitrary<World> = fc
  .tuple(fc.integer({ min: 3, max: OUTLETS.length - 1 }), fc.array(statement, { minLength: 1, maxLength: 3 }))
  .chain(([n, statements]) => fc.array(article(OUTLETS.slice(0, n), statements), { minLength: 2, maxLength: 5 }))
  .chain((articles) => {
    const text = articles.map((a) => [a.outlet, a.headline, ...a.paragraphs].join(' ')).join(' ');
    const found = [...wordsOf(text)];
    const vocabulary = found.length ? found : ['quarvel'];
    const names = [...SURNAMES, ...FIRST_NAMES].filter((n) => found.includes(n.toLowerCase()));
    return fc.record({
      articles: fc.constant(articles),
      restricted: fc.constant(articles[0]!.outlet),
      queries: fc.array(queryFrom(vocabulary), { minLength: 1, maxLength: 3 }),
      speakerProbes: fc.array(pick(names.length ? names : ['Lindqvar']), { minLength: 1, maxLength: 2 }),
      typed: fc.array(pick([...names, ...OUTLETS].map((n) => n.slice(0, 2))), { minLength: 1, maxLength: 2 }),
    });
  });

/** True when the article is hidden at NOW by its embargo (the rule: any spelling of the key counts). */
export function embargoed(a: GeneratedArticle): boolean {
  return a.embargo !== undefined && a.embargo.offsetMs > 0;
}

/** The files of a world: name → contents (Markdown with front matter, or one JSON record a line). */
export function corpusFiles(w: World): Map<string, string> {
  const files = new Map<string, string>();
  w.articles.forEach((a, i) => files.set(fileOf(a, i), contents(a)));
  return files;
}

/** The file article `i` is written to (one article per file, so hidden articles are known by file). */
export function fileOf(a: GeneratedArticle, i: number): string {
  return `article-${i}.${a.format}`;
}

function published(a: GeneratedArticle): string {
  return `2031-05-${String(a.day).padStart(2, '0')}`;
}

function embargoAt(e: Embargo): string {
  return new Date(NOW + e.offsetMs).toISOString();
}

function contents(a: GeneratedArticle): string {
  if (a.format === 'jsonl') {
    const record: Record<string, string> = {
      outlet: a.outlet,
      title: a.headline,
      published: published(a),
      text: a.paragraphs.join('\n\n'),
    };
    if (a.url !== undefined) record.url = a.url;
    if (a.embargo) record[a.embargo.key] = embargoAt(a.embargo);
    return `${JSON.stringify(record)}\n`;
  }
  // JSON strings are YAML double-quoted scalars: every hostile character survives the front matter.
  const front = [
    `outlet: ${JSON.stringify(a.outlet)}`,
    `title: ${JSON.stringify(a.headline)}`,
    `published: ${published(a)}`,
    ...(a.url === undefined ? [] : [`url: ${JSON.stringify(a.url)}`]),
    ...(a.embargo ? [`${a.embargo.key}: ${embargoAt(a.embargo)}`] : []),
  ];
  return `---\n${front.join('\n')}\n---\n${a.paragraphs.join('\n\n')}\n`;
}
