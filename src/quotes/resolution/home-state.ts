/**
 * The US state a description names (`the Kentucky Republican`) and the states the text ties to a
 * person where it names them (`Sen. Jo Roe (R-Ky.)`, `Jo Roe, R-Kentucky,`, `Kentucky Sen. Jo Roe`,
 * `Jo Roe of Kentucky`): a member of a party described by state is the person of that state, never
 * a person the article places in another one.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Person } from '../mentions/speakers.ts';
import { STATE_ABBREVIATIONS } from '../lexicon/us-states.ts';

const BY_ABBREVIATION = new Map<string, string>();
for (const [state, abbreviations] of Object.entries(STATE_ABBREVIATIONS))
  for (const a of [state, ...abbreviations]) BY_ABBREVIATION.set(a, state);

const STATE_NAMES = Object.keys(STATE_ABBREVIATIONS).sort((a, b) => b.length - a.length);
const NAME_PATTERN = STATE_NAMES.map((s) => s.replace(/ /g, '\\s+')).join('|');
/** `(R-Ky.)`, `R-Kentucky`, `D-N.Y.`: a party letter, a hyphen, a state. */
const PARTY_STATE = /\b[RDI]\s?[-–]\s?([A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z.]+)?)/g;
/** `Kentucky Sen. Jo Roe`, `Kentucky Republican Jo Roe` before a name; `of Kentucky`, `, Kentucky` after one. */
const TITLE_BETWEEN =
  '(?:(?:Sen|Rep|Gov|Senator|Representative|Governor|Congressman|Congresswoman|Republican|Democrat|Democratic)\\.?\\s+){0,2}';
const NAME_BEFORE = new RegExp(`\\b(${NAME_PATTERN})\\s+${TITLE_BETWEEN}$`, 'i');
const NAME_AFTER = new RegExp(`^\\s*(?:\\(|,\\s*|\\s+of\\s+|\\s+from\\s+)(${NAME_PATTERN})\\b`, 'i');

const stateOf = (written: string): string | undefined => BY_ABBREVIATION.get(written.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' '));

/** The state a description's capitalised words name (`the former South Carolina Republican` → `south carolina`). */
export function describedState(words: string[]): string | undefined {
  const lower = words.map((w) => w.toLowerCase());
  for (const state of STATE_NAMES) {
    const parts = state.split(' ');
    if (lower.some((_, k) => parts.every((p, j) => lower[k + j] === p))) return state;
  }
  return undefined;
}

/** The states the text ties to `person` at their mentions before `at`. */
export function statesOf(ctx: ArticleContext, person: Person, at: number): Set<string> {
  const out = new Set<string>();
  for (const m of ctx.people.mentionsBetween(0, at)) {
    if (m.person !== person) continue;
    const after = ctx.text.slice(m.end, m.end + 40);
    const paren = after.match(/^\s*[,(]\s*/) ? after : '';
    for (const x of paren.slice(0, 20).matchAll(PARTY_STATE)) {
      const s = stateOf(x[1] as string) ?? stateOf((x[1] as string).split(/\s/)[0] as string);
      if (s) out.add(s);
    }
    const named = after.match(NAME_AFTER)?.[1] ?? ctx.text.slice(Math.max(0, m.start - 40), m.start).match(NAME_BEFORE)?.[1];
    const s = named ? stateOf(named) : undefined;
    if (s) out.add(s);
  }
  return out;
}

/**
 * The person of the description's `state` at `at`: among the people named in `reach` characters before `at`
 * whom the text ties to that state, the one `party` ties to the description's party (true), else the one
 * left when those it ties to another party (false) are set aside; nobody when two or more remain either way; with none tied to that state, the `salient` one when the text ties them to no state at all.
 */
export function personOfState(
  ctx: ArticleContext,
  state: string,
  at: number,
  salient: Person | undefined,
  reach: number,
  party: (p: Person) => boolean | undefined,
): Person | undefined {
  const seen = new Set<Person>();
  const members: Person[] = [];
  const undecided: Person[] = [];
  let tied = false;
  for (const m of ctx.people.mentionsBetween(Math.max(0, at - reach), at)) {
    if (seen.has(m.person)) continue;
    seen.add(m.person);
    if (!statesOf(ctx, m.person, at).has(state)) continue;
    tied = true;
    const member = party(m.person);
    if (member !== false) (member ? members : undecided).push(m.person);
  }
  if (members.length > 0) return members.length === 1 ? members[0] : undefined;
  if (tied) return undecided.length === 1 ? undecided[0] : undefined;
  return salient && statesOf(ctx, salient, at).size === 0 ? salient : undefined;
}
