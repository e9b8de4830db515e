import { foldName } from '../../text/fold.ts';
import { givenNameGender, type Gender, type NameMention } from './names.ts';
import { holdsRole, rolesClash } from './roles-clash.ts';
import { speakerCopy, type Quote, type Speaker } from '../quote.ts';
import { surnameOf, withoutGeneration } from '../lexicon/generations.ts';
import { givenWithGeneration } from './generation-names.ts';
import { introducedBeside } from './relatives-beside.ts';
import { byStart, firstAtOrAfter, NO_MENTIONS, placeMention, type MentionOf } from './mention-order.ts';

/** Re-exported for the engine and the eval scripts, which match speakers the way attribution does. */
export { foldName };

function foldWords(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) if (w !== '.') out.push(foldWord(w.endsWith('.') ? w.slice(0, -1) : w));
  return out;
}

/** `foldName` of one word; printable ASCII without spaces folds to its lower case, without the cache's lookup. */
function foldWord(w: string): string {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c <= 32 || c >= 127) return foldName(w);
  }
  return w.toLowerCase();
}

/** What a named mention is (`mention-kind.ts` decides it): only a person takes `he`/`she`. */
export type MentionKind = 'person' | 'organisation' | 'place' | 'other';

/** One person within an article: every way they were named, their roles and where they were mentioned. */
export interface Person {
  /** Folded words of the fullest name seen: `['vladimir', 'putin']`. */
  folded: string[];
  /** Written forms of the fullest name, with counts, to pick the display spelling. */
  forms: Map<string, number>;
  roles: Set<string>;
  gender?: Gender;
  lastMention: number;
  /** Where the article first names this person (the first confident mention). */
  firstMention: number;
  /** Set once known: the article writes this name as a company's (`a Rite Aid store`); never a pronoun's antecedent. */
  organisation?: boolean;
  /** `speakerOf`'s answer, kept until the person's forms change. */
  speaker?: Speaker;
  /** `kindOf`'s answer (`mention-kind.ts`), kept until the person's name, roles or gender change. */
  kind?: MentionKind;
}

type PersonMention = MentionOf<Person>;

/** The people of one article, clustered so that `Mr Putin`, `Putin` and `Vladimir Putin` are one person. */
export class ArticlePeople {
  readonly people: Person[] = [];
  /** People by each folded word of their name, so lookups do not scan everyone. */
  private readonly byWord = new Map<string, Person[]>();
  private readonly mentions: PersonMention[] = [];
  /** Each person's mentions, the same objects in the same order as in `mentions`: `mentionsOf` reads them without a walk over every mention. */
  private readonly byPerson = new Map<Person, PersonMention[]>();
  /** Set once the constructor has sorted the mentions: a name added later is inserted in text order. */
  private sorted = false;

  /** Build from name mentions in text order; lone capitalised words count only if they match a confident name. */
  constructor(mentions: NameMention[]) {
    const folded = mentions.map((m) => foldWords(m.words));
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as NameMention;
      // A generation alone (`Jr`, what is left of `Martin Luther King Jr.` once `King` is read as a title) names nobody.
      if (withoutGeneration(folded[k] as string[]).length === 0) continue;
      if (m.confident) this.add(m.words, m.start, m.end, m.roles, m.gender, folded[k]);
    }
    this.mentions.length = 0;
    this.byPerson.clear();
    for (const p of this.people) p.lastMention = -1;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as NameMention;
      const f = folded[k] as string[];
      if (withoutGeneration(f).length === 0) continue;
      const p = m.confident ? this.add(m.words, m.start, m.end, m.roles, m.gender, f) : this.find(m.words, m.start, f);
      if (p && !m.confident) this.note(p, m.start, m.end);
    }
    // (Both sorts are stable: each person's list stays the article's list filtered to that person.)
    this.mentions.sort(byStart);
    for (const list of this.byPerson.values()) list.sort(byStart);
    this.sorted = true;
  }

  /** Find the person a name refers to (`Putin` → the `Vladimir Putin` cluster), preferring the most recently mentioned. */
  find(words: string[], at: number, folded?: string[]): Person | undefined {
    const f = withoutGeneration(folded ?? foldWords(words));
    const last = f[f.length - 1];
    if (last === undefined) return undefined;
    let best: Person | undefined;
    // A lone word is a surname before a given name: `Hamilton wrote` is Alexander Hamilton, not `Hamilton Electors`.
    let bestBySurname = false;
    for (const p of this.byWord.get(last) ?? []) {
      const pl = surnameOf(p.folded);
      const bySurname = pl === last;
      const matches =
        f.length === 1
          ? bySurname || (p.folded.length > 1 && p.folded[0] === last)
          : bySurname && (p.folded.length === 1 || p.folded[0] === f[0]);
      if (!matches) continue;
      if (f.length === 1 && best && bySurname !== bestBySurname) {
        if (bySurname) {
          best = p;
          bestBySurname = true;
        }
        continue;
      }
      // `Mike Pompeo and his wife, Susan Pompeo`: a lone `Pompeo` is the one named first (`relatives-beside.ts`).
      if (f.length === 1 && bySurname && best && introducedBeside(best, p, at)) {
        if (p.firstMention < best.firstMention) best = p;
        continue;
      }
      if (!best || (p.lastMention <= at && (best.lastMention > at || p.lastMention > best.lastMention))) {
        best = p;
        bestBySurname = bySurname;
      }
    }
    return best;
  }

  /** The people of two or more words whose surname is the one word `word` (`Cheney`: Liz Cheney, Dick Cheney). */
  namesakes(word: string): Person[] {
    const f = foldWords([word]);
    const last = f[0];
    if (f.length !== 1 || last === undefined) return [];
    return (this.byWord.get(last) ?? []).filter((p) => p.folded.length > 1 && surnameOf(p.folded) === last);
  }

  /** Record a name at an offset, creating or extending a person; returns the person. */
  add(words: string[], start: number, end: number, roles: string[] = [], titleGender?: Gender, folded?: string[]): Person {
    const f = folded ?? foldWords(words);
    // A title's gender (`Mrs`, `Sen.` with a known name) first, else the given name's (`Roger Ailes`).
    const gender = titleGender ?? (f.length >= 2 ? givenNameGender(f[0] as string) : undefined);
    let p = this.find(words, start, f) ?? givenWithGeneration(f, this.byWord.get(f[0] as string));
    if (!p) {
      p = {
        folded: f,
        forms: new Map(),
        roles: new Set(),
        lastMention: start,
        firstMention: start,
        gender,
        organisation: undefined,
        speaker: undefined,
        kind: undefined,
      };
      this.people.push(p);
      this.index(p);
    }
    if (f.length > p.folded.length) {
      p.folded = f;
      p.forms = new Map();
      this.index(p);
      p.kind = undefined;
    }
    if (f.length === p.folded.length) {
      // The written form, joined only when it is counted.
      const joined = words.join(' ');
      const written = joined.includes(' .') ? joined.replace(/ \./g, '.') : joined;
      p.forms.set(written, (p.forms.get(written) ?? 0) + 1);
    }
    p.speaker = undefined;
    // The kind is decided again only when its evidence grows: a fuller name, a new role, a gender.
    if (p.kind !== undefined && (roles.some((r) => !p.roles.has(r)) || (p.gender === undefined && gender !== undefined)))
      p.kind = undefined;
    for (const r of roles) p.roles.add(r);
    p.gender ??= gender;
    this.note(p, start, end);
    return p;
  }

  private index(p: Person): void {
    const first = p.folded[0];
    const last = surnameOf(p.folded);
    for (const w of new Set([first, last])) {
      if (w === undefined) continue;
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      this.byWord.set(w, list);
    }
  }

  private note(p: Person, start: number, end: number): void {
    p.lastMention = Math.max(p.lastMention, start);
    const m = { person: p, start, end };
    let own = this.byPerson.get(p);
    if (own === undefined) this.byPerson.set(p, (own = []));
    // A name found later in a source phrase (`In Columbia, …`) goes where it stands in the text, not
    // at the end: windows of `mentionsBetween` read the list as sorted.
    placeMention(this.mentions, m, this.sorted);
    placeMention(own, m, this.sorted);
  }

  /** Every mention in [from, to), in text order. */
  mentionsBetween(from: number, to: number): PersonMention[] {
    const out: PersonMention[] = [];
    for (let k = firstAtOrAfter(this.mentions, from); k < this.mentions.length && (this.mentions[k] as PersonMention).start < to; k++)
      out.push(this.mentions[k] as PersonMention);
    return out;
  }

  /** Every mention of one person, in text order (the article's own list: read it, never change it). */
  mentionsOf(p: Person): readonly PersonMention[] {
    return this.byPerson.get(p) ?? NO_MENTIONS;
  }

  /** How many times each person is mentioned before `at` (what `mentionsBetween(0, at)` holds), and the person mentioned first. */
  countsBefore(at: number): { counts: Map<Person, number>; first: Person | undefined } {
    const counts = new Map<Person, number>();
    let k = 0;
    for (; k < this.mentions.length; k++) {
      const m = this.mentions[k] as { person: Person; start: number };
      if (m.start >= at) break;
      counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    }
    return { counts, first: k > 0 ? (this.mentions[0] as { person: Person }).person : undefined };
  }

  /** The nearest person mentioned before `at` who fits the pronoun's gender. */
  nearestBefore(at: number, gender?: Gender): Person | undefined {
    const lo = firstAtOrAfter(this.mentions, at);
    for (let k = lo - 1; k >= 0; k--) {
      const p = (this.mentions[k] as { person: Person }).person;
      if (!gender || !p.gender || p.gender === gender) return p;
    }
    return undefined;
  }

  /**
   * The person a role description refers to (`the Russian leader` → whoever was introduced as
   * `Russian President ...`): most role words in common, ties to the most recent mention before `at`.
   */
  byRole(words: string[], at: number, head = words[words.length - 1]): Person | undefined {
    let best: Person | undefined;
    let bestScore = 0;
    let bestRecency = -1;
    const recent = new Map<Person, number>();
    for (const m of this.mentions) {
      if (m.start >= at) break;
      recent.set(m.person, m.start);
    }
    for (const p of this.people) {
      // The head noun must fit (`the former aide` is no former president).
      if (head !== undefined && !holdsRole(p, head)) continue;
      if (rolesClash(p, words, head)) continue;
      let score = 0;
      for (const w of words) if (holdsRole(p, w)) score++;
      const recency = recent.get(p) ?? -1;
      if (score > bestScore || (score === bestScore && score > 0 && recency > bestRecency)) {
        best = p;
        bestScore = score;
        bestRecency = recency;
      }
    }
    return best;
  }

  speakerOf(p: Person): Speaker {
    return speakerCopy(this.ownSpeaker(p));
  }

  /** `speakerOf(p).key`, without the copy. */
  keyOf(p: Person): string {
    return this.ownSpeaker(p).key;
  }

  private ownSpeaker(p: Person): Speaker {
    if (p.speaker) return p.speaker;
    let name = '';
    let count = -1;
    for (const [form, n] of p.forms) {
      if (n > count) {
        name = form;
        count = n;
      }
    }
    p.speaker = { name, key: foldName(name), kind: 'person' };
    return p.speaker;
  }
}

interface Entry {
  speaker: Speaker;
  quotes: number;
  forms: Map<string, number>;
}

/**
 * The speakers of a whole corpus. `unify` maps each article's speakers to corpus-level people:
 * `Putin` alone becomes `Vladimir Putin` when exactly one known full name ends in `Putin`, and
 * names that fold to the same key (`António`/`Antonio Guterres`) merge, displayed in their most
 * frequent spelling. Counts accumulate over calls; speakers seen in later calls can re-map
 * earlier surnames only for the articles of that later call.
 */
export class SpeakerRegistry {
  private readonly entries = new Map<string, Entry>();

  unify(articles: Quote[][]): void {
    const canonical = this.canonicalKeys(articles);
    for (const quotes of articles) {
      for (const q of quotes) {
        if (!q.speaker) continue;
        const key = q.speaker.kind === 'person' ? (canonical.get(q.speaker.key) ?? q.speaker.key) : q.speaker.key;
        let entry = this.entries.get(key);
        if (!entry) {
          entry = { speaker: speakerCopy(q.speaker, q.speaker.name, key), quotes: 0, forms: new Map() };
          this.entries.set(key, entry);
        }
        entry.quotes++;
        if (q.speaker.kind === 'person' && q.speaker.key === key)
          entry.forms.set(q.speaker.name, (entry.forms.get(q.speaker.name) ?? 0) + 1);
        this.refreshName(entry);
      }
    }
    for (const quotes of articles) {
      for (const q of quotes) {
        if (!q.speaker) continue;
        const key = q.speaker.kind === 'person' ? (canonical.get(q.speaker.key) ?? q.speaker.key) : q.speaker.key;
        const entry = this.entries.get(key);
        if (entry) q.speaker = speakerCopy(entry.speaker);
      }
    }
  }

  /** Map each person key to its canonical key: drop middle names/initials when first and last agree, expand lone surnames. */
  private canonicalKeys(articles: Quote[][]): Map<string, string> {
    const keys = new Set<string>(this.entries.keys());
    for (const quotes of articles) for (const q of quotes) if (q.speaker?.kind === 'person') keys.add(q.speaker.key);
    const full = [...keys].filter((k) => k.includes(' '));
    const byEnds = new Map<string, string[]>();
    for (const k of full) {
      const w = k.split(' ');
      const ends = `${w[0]} ${w[w.length - 1]}`;
      byEnds.set(ends, [...(byEnds.get(ends) ?? []), k]);
    }
    const out = new Map<string, string>();
    const fullCanonical = (k: string): string => {
      const w = k.split(' ');
      const group = byEnds.get(`${w[0]} ${w[w.length - 1]}`) ?? [k];
      return group.includes(`${w[0]} ${w[w.length - 1]}`) ? `${w[0]} ${w[w.length - 1]}` : (group.sort()[0] as string);
    };
    for (const k of full) out.set(k, fullCanonical(k));
    const surnames = new Map<string, Set<string>>();
    for (const k of full) {
      const c = fullCanonical(k);
      const last = c.split(' ').pop() as string;
      surnames.set(last, new Set([...(surnames.get(last) ?? []), c]));
    }
    for (const k of keys) {
      if (k.includes(' ')) continue;
      const candidates = surnames.get(k);
      if (candidates && candidates.size === 1) out.set(k, [...candidates][0] as string);
    }
    return out;
  }

  private refreshName(entry: Entry): void {
    let best = entry.speaker.name;
    let count = 0;
    for (const [form, n] of entry.forms) {
      if (n > count) {
        best = form;
        count = n;
      }
    }
    entry.speaker = speakerCopy(entry.speaker, best);
  }

  /** Known people matching a query word or words by surname, first name + surname or full key (case/accent-insensitive). */
  lookup(word: string): Speaker[] {
    const q = foldName(word).split(' ').filter(Boolean);
    if (q.length === 0) return [];
    const out: Entry[] = [];
    for (const [key, entry] of this.entries) {
      if (entry.speaker.kind !== 'person') continue;
      const w = key.split(' ');
      const hit =
        key === q.join(' ') ||
        (q.length === 1 && w.length > 1 && w[w.length - 1] === q[0]) ||
        (q.length === 2 && w.length > 2 && w[0] === q[0] && w[w.length - 1] === q[1]);
      if (hit) out.push(entry);
    }
    return out.sort((a, b) => b.quotes - a.quotes).map((e) => speakerCopy(e.speaker));
  }

  /** All speakers with their quote counts, most quoted first. */
  list(): Array<{ speaker: Speaker; quotes: number }> {
    return [...this.entries.values()]
      .sort((a, b) => b.quotes - a.quotes || a.speaker.key.localeCompare(b.speaker.key))
      .map((e) => ({ speaker: speakerCopy(e.speaker), quotes: e.quotes }));
  }
}
