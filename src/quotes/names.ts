import type { Paragraph } from './paragraphs.ts';
import { isUpperStart, tokenize, type Token } from './tokens.ts';

/** Titles and roles that precede a personal name and are not part of it (`Russian President Vladimir Putin`). */
export const TITLES = new Set(
  `mr mrs ms miss mx dr prof professor sir dame lord lady madam president vice prime minister secretary general
secretary-general chancellor premier king queen prince princess pope sen senator rep representative congressman
congresswoman gov governor mayor judge justice chief chairman chairwoman chair speaker leader ambassador envoy
spokesman spokeswoman spokesperson adviser advisor aide director commissioner attorney candidate nominee gen col
lt maj capt sgt adm admiral commander rev reverend father sheikh emir ayatollah crown deputy foreign defence defense
interior finance former first house senate majority minority whip campaign manager ceo founder host anchor
correspondent editor pollster strategist official officer head councilman councilwoman coach archbishop bishop
cardinal marshal colonel captain sergeant lieutenant major minister's sec state
co-founder chairperson president-elect nominee-elect businessman businesswoman billionaire mogul`.split(/\s+/),
);

/** Lower-case honorifics that say whether a person is male or female. */
const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'spokesman', 'chairman', 'businessman']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'madam', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'spokeswoman', 'chairwoman', 'businesswoman']);

/** A few frequent first names, only to decide whether `he` or `she` can refer to someone. */
const FEMALE_NAMES = new Set(
  `hillary kellyanne melania ivanka nancy elizabeth michelle sarah mary susan karen linda patricia jennifer maria anna
angela theresa ursula kamala marine nicola liz huma donna jill chelsea debbie kate katie laura lisa julia margaret
barbara jane joan emily amy rachel rebecca samantha olga irina natalia tulsi nikki carly condoleezza madeleine janet
ruth sonia elena christine kirsten dianne stephanie heather megyn ann anne katrina paula hannah sophie jessica ashley
michele claire catherine alexandria gina kellie hope sheila ayanna jeanne loretta valerie debbie wendy tammy terri
hope omarosa sarah-huckabee jacinda golda indira benazir maxine marsha cindy carol carolyn diane julie kathleen
kelly kristen lauren maggie martha meghan megan monica patty peggy robin rosa sandra shannon sharon tina virginia`.split(/\s+/),
);
const MALE_NAMES = new Set(
  `donald mike michael tim bernie barack joe paul mitch vladimir antonio antónio stephane stéphane sergey sergei volodymyr
emmanuel olaf john james robert william david richard thomas charles chris ted marco jeb ben rudy newt bill george
gary reince steve stephen jared eric rick rand lindsey chuck harry jim jeff kevin mark peter john-paul dmitry
dmitri boris viktor xi recep benjamin justin rishi keir nicolas francois françois matteo mario pedro luis jose josé
carlos andrew anthony brian jason matt matthew ryan scott sean adam alex alexander jack jake jonathan josh joshua
kenneth larry martin nathan nick patrick ron roy sam samuel tom tony travis walter wayne frank fred henry howard
jerry jesse jimmy jon jordan karl ken lee marcus neil noah oliver omar raj ray russ russell ahmed mohammed muhammad
ali hassan hussein abdullah recep rodrigo jair narendra imran shinzo fumio yoon kim moon antony`.split(/\s+/),
);

/** Capitalised words that do not start a personal name (sentence openers, months, weekdays, places' heads...). */
const NOT_NAME = new Set(
  `the a an and but or in on at of for to from by with as if when while after before since although though because
this that these those it its he she they we i you his her their our my your there here what who whom which where why
how also earlier later meanwhile however still yet so then now today yesterday tomorrow last next first finally
related recent more about check live updated sitting further according despite contrary setting noting published
read watch see click follow share copyright all some many most other such no not one two three several
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms dr`.split(/\s+/),
);

/** Words that make a capitalised run an organisation or a place, not a person. */
const ORG_WORDS = new Set(
  `united nations states kingdom committee council office ministry department house senate congress party news times
post journal street university college institute foundation center centre agency bank court union republic republics
cross army forces force police service club group inc corp company association organization organisation network
daily weekly magazine television radio airport hospital school city county state north south east west new york sea
river islands island day week affairs coordination commission federation fund board authority alliance treaty
steel works plant press media tv cnn fox bbc nbc abc cbs msnbc reuters afp ap kremlin pentagon white nato un eu
gop dnc rnc fbi cia nsa doj ukraine russia america american russian ukrainian europe european china chinese
twitter facebook instagram youtube google apple amazon microsoft capitol hill road avenue square tower hotel
church mosque temple museum park stadium arena mall market exchange stock index poll polls survey
democrats republicans democratic republican campaign administration government times-picayune`.split(/\s+/),
);

/** Name particles allowed inside a run (`Ursula von der Leyen`, `Charles de Gaulle`). */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'di', 'dos', 'das', 'ibn']);
/** Abbreviations followed by a period inside a name run. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev', 'prof', 'jr', 'sr', 'st', 'mt', 'ft', 'pres', 'sec']);
/** Lower-case words that may sit between role words and a name (`longtime Democratic pollster Pat Caddell`). */
const ROLE_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'that', 'with', 'in', 'on', 'at', 'by', 'from', 'as', 'to', 'of', 'said', 'says', 'told', 'for', 'when', 'while', 'who', 'which']);

export type Gender = 'm' | 'f';

/** A personal name found in the text, titles and roles split off. */
export interface NameMention {
  /** Name words as written, e.g. `['Vladimir', 'Putin']`. */
  words: string[];
  start: number;
  end: number;
  /** Lower-case title/role words seen with this mention (`russian`, `president`). */
  roles: string[];
  gender?: Gender;
  /** Evidence that this is a person (a title, several name words), rather than a lone capitalised word. */
  confident: boolean;
}

export const isTitle = (lower: string): boolean => TITLES.has(lower) || TITLES.has(lower.replace(/['’]s$/, ''));
export const isOrgWord = (lower: string): boolean => ORG_WORDS.has(lower);

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word' || !isUpperStart(t.text)) return false;
  return !(t.text.length > 3 && t.text === t.text.toUpperCase());
}

/**
 * Maximal runs of capitalised words in `tokens[from..to)`, allowing initials and abbreviations
 * with their period (`Donald J. Trump`, `Mr. Putin`) and name particles (`von der`).
 * Returns [start, end) index pairs into `tokens`.
 */
export function capitalisedRuns(tokens: Token[], from = 0, to = tokens.length): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!(t.kind === 'word' && isUpperStart(t.text))) {
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const u = tokens[j];
      if (j >= to || !u) break;
      const prev = tokens[j - 1] as Token;
      if (u.kind === 'word' && isUpperStart(u.text)) j++;
      else if (u.text === '.' && prev.kind === 'word' && (prev.text.length === 1 || ABBREVIATIONS.has(prev.lower)) && tokens[j + 1]?.kind === 'word' && isUpperStart((tokens[j + 1] as Token).text)) j++;
      else if (u.kind === 'word' && PARTICLES.has(u.text) && tokens[j + 1]?.kind === 'word' && isUpperStart((tokens[j + 1] as Token).text)) j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/**
 * Split a capitalised run into titles and a personal name: everything up to the last title word
 * is a role (`Russian President` | `Vladimir Putin`). Returns undefined when nothing name-like is
 * left or the run is an organisation or place.
 */
export function parseNameRun(tokens: Token[], from: number, to: number): { name: Token[]; roles: string[] } | undefined {
  const words = tokens.slice(from, to).filter((t) => t.kind === 'word');
  let lastTitle = -1;
  for (let k = 0; k < words.length - 1; k++) if (isTitle((words[k] as Token).lower)) lastTitle = k;
  const roleWords = words.slice(0, lastTitle + 1);
  let name = words.slice(lastTitle + 1);
  while (name.length > 0 && NOT_NAME.has((name[0] as Token).lower)) name = name.slice(1);
  while (name.length > 0 && NOT_NAME.has((name[name.length - 1] as Token).lower)) name = name.slice(0, -1);
  if (name.length === 0) return undefined;
  if (name.some((t) => ORG_WORDS.has(t.lower) || !isNameWord(t) && !PARTICLES.has(t.text))) return undefined;
  if (name.length === 1 && isTitle((name[0] as Token).lower)) return undefined;
  const roles = roleWords.flatMap((t) => t.lower.split(/[-‑]/));
  return { name, roles };
}

function genderOf(first: string | undefined, roles: string[]): Gender | undefined {
  for (const r of roles) {
    if (MALE_TITLES.has(r)) return 'm';
    if (FEMALE_TITLES.has(r)) return 'f';
  }
  if (!first) return undefined;
  const f = first.toLowerCase();
  if (FEMALE_NAMES.has(f)) return 'f';
  if (MALE_NAMES.has(f)) return 'm';
  return undefined;
}

/** Lower-case role words just before a run: `longtime Democratic pollster` before `Pat Caddell`. */
function premodifiers(tokens: Token[], runStart: number): string[] {
  const out: string[] = [];
  for (let k = runStart - 1; k >= 0 && out.length < 4; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || ROLE_STOP.has(t.lower)) break;
    out.push(...t.lower.replace(/['’]s$/, '').split(/[-‑]/));
  }
  return out;
}

/** Role words of an appositive right after a name: `Antonio Guterres, the UN secretary-general,`. */
function appositive(tokens: Token[], runEnd: number): string[] {
  if (tokens[runEnd]?.text !== ',') return [];
  const det = tokens[runEnd + 1]?.lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return [];
  const out: string[] = [];
  for (let k = runEnd + 2; k < tokens.length && k < runEnd + 8; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return t.text === ',' ? out : [];
    out.push(...t.lower.replace(/['’]s$/, '').split(/[-‑]/));
  }
  return [];
}

/** Headline-style paragraphs (most words capitalised) give unreliable name runs. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isUpperStart(t.text)) caps++;
  }
  return words >= 3 && caps / words > 0.6;
}

/**
 * Find mentions of people in the masked article text (quotations blanked, so names inside quotes
 * are not counted). Multi-word and titled names are confident; a lone capitalised word is kept
 * as a candidate that the article's people index accepts only if it matches a known name.
 */
export function findNameMentions(masked: string, paragraphs: Paragraph[]): NameMention[] {
  const out: NameMention[] = [];
  for (const para of paragraphs) {
    const tokens = tokenize(masked, para.start, para.end);
    const headline = isTitleCase(tokens);
    for (const [from, to] of capitalisedRuns(tokens)) {
      const parsed = parseNameRun(tokens, from, to);
      if (!parsed) continue;
      const { name } = parsed;
      const pre = premodifiers(tokens, from);
      const roles = [...parsed.roles, ...pre, ...appositive(tokens, to)];
      const titled = parsed.roles.length > 0 || pre.some((w) => isTitle(w));
      const first = name[0] as Token;
      const last = name[name.length - 1] as Token;
      const confident = !headline && (titled || name.length >= 2) && !NOT_NAME.has(first.lower);
      const gender = genderOf(name.length >= 2 ? first.text : undefined, roles);
      out.push({ words: name.map((t) => t.text), start: first.start, end: last.end, roles, gender, confident });
    }
  }
  return out;
}
