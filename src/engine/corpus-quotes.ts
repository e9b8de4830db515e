/**
 * Reads over the quotes of the shown files, in corpus order (file path, then article, then
 * position): one speaker's quotes, the quote count of every speaker, the speakers in use. With a
 * store (SQLite) they are answered from its tables (an indexed speaker → quote table), so the heap
 * holds no list of every quote; in memory they are worked out from the files once per change.
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import { countsAsQuotation, type Quote, type Speaker } from '../quotes/quote.ts';
import { LRUCache } from 'lru-cache';
import { quotesAt, type FileQuotes } from './file-quotes.ts';

export interface SpeakerTotal {
  speaker: Speaker;
  quotes: number;
}

/** Where one speaker's quotes are (`QuoteTables.speakerRefs`): articles and how many each holds (an article may come twice), no quote decoded. */
export interface SpeakerRefs {
  articles: Article[];
  /** Each article's quotes (every part of a quotation running over paragraphs: what its list holds). */
  counts: number[];
  /** Each article's quotations (`countsAsQuotation`: what a reader counts). */
  quotations: number[];
}

/** What a store answers from its tables (every shown file is in it). */
export interface QuoteTables {
  /** The quotes of the speaker with this key (any kind), in corpus order. */
  speakerQuotes(key: string): QuoteInArticle[];
  /** Where the quotes of the speaker with this key (any kind) are: every stored article (shown or not) holding some, and how many. */
  speakerRefs?(key: string): SpeakerRefs;
  /** Every speaker of a quote with the number of its quotations (`countsAsQuotation`; one entry per key: the speaker of its first quote). */
  speakerTotals(): SpeakerTotal[];
  /** `speakerTotals` in the speaker view's order: most quoted first, ties by key in collation order (`Intl.Collator`). */
  speakerRanking(totals?: readonly SpeakerTotal[]): SpeakerTotal[];
  /** The speakers of the quotes (one object per speaker). */
  speakersInUse(): Speaker[];
  /** Every speaker key a stored quote may have (a superset of `speakersInUse`' keys: also those of quotes that do not count). */
  speakerKeys?(): string[];
  /** The quotes of a stored article (undefined: not one of the store's). */
  quotesOfArticle(article: Article): readonly Quote[] | undefined;
  /** The speakers of these articles' quotes, each with how many (undefined: an article not the store's), no quote decoded. */
  speakersIn?(articles: readonly Article[]): SpeakerTotal[] | undefined;
  /** The texts of these paragraphs by passage id (a store's, in one read); null: it holds every word of `holding` (see `QuoteTables.paragraphTexts`). */
  paragraphTexts?(ids: readonly number[], holding?: readonly string[]): Map<number, string | null>;
  /** Reads the details (headline, url, …) of these articles at once, where a store has not read them yet. */
  readDetails?(articles: readonly Article[]): void;
}

interface ShownFile {
  file: string;
  load: { articles: Article[] };
  quotes: FileQuotes;
}

export class CorpusQuotes {
  private bySpeaker: Map<string, QuoteInArticle[]> | undefined;
  private byArticle: Map<Article, readonly Quote[]> | undefined;
  /** A store's totals, until the shown files change (asked for by the speaker view and the statements' families). */
  private storedTotals: SpeakerTotal[] | undefined;
  /**
   * A store's refs of the speakers last asked for, until the shown files change (a `GROUP BY` over a
   * common speaker's quotes: 0.1–0.3 s for the Trump family at 500k articles, asked for by every
   * `/quote Trump`), up to a million articles' entries (about 15 MB).
   */
  private readonly refs = new LRUCache<string, { refs: SpeakerRefs | undefined }>({
    max: 4096,
    // A family of many keys (`/quote Trump` asks for every Trump) is held whole: bounded by articles held.
    maxSize: 1_000_000,
    sizeCalculation: (held) => 1 + (held.refs?.articles.length ?? 0),
  });

  constructor(
    /** The shown files in path order. */
    private readonly files: () => readonly ShownFile[],
    private readonly tables: QuoteTables | undefined,
  ) {}

  /** The shown files changed. */
  changed(): void {
    this.bySpeaker = undefined;
    this.byArticle = undefined;
    this.storedTotals = undefined;
    this.refs.clear();
  }

  /** Every quote of the shown files, in corpus order (a store's are all read: for exports and rare audiences). */
  all(): QuoteInArticle[] {
    const out: QuoteInArticle[] = [];
    for (const f of this.files())
      f.load.articles.forEach((article, a) => {
        for (const quote of quotesAt(f.quotes, a)) out.push({ article, quote });
      });
    return out;
  }

  /** The quotes of the speaker with this key (any kind), in corpus order. */
  ofSpeaker(key: string): readonly QuoteInArticle[] {
    if (this.tables) return this.tables.speakerQuotes(key);
    if (!this.bySpeaker) {
      this.bySpeaker = new Map();
      for (const entry of this.all()) {
        const k = entry.quote.speaker?.key;
        if (k === undefined) continue;
        const list = this.bySpeaker.get(k);
        if (list) list.push(entry);
        else this.bySpeaker.set(k, [entry]);
      }
    }
    return this.bySpeaker.get(key) ?? [];
  }

  /**
   * Where the quotes of the speaker with this key are (articles, how many each), without decoding them:
   * a store's answer (undefined in memory, where the quotes are at hand). The articles may include
   * some not shown.
   */
  refsOf(key: string): SpeakerRefs | undefined {
    let held = this.refs.get(key);
    if (!held) this.refs.set(key, (held = { refs: this.tables?.speakerRefs?.(key) }));
    return held.refs;
  }

  /** True when a store answers these reads from its tables. */
  get stored(): boolean {
    return this.tables !== undefined;
  }

  /** The texts of these paragraphs by passage id, when a store holds them (undefined in memory, where they are at hand). */
  paragraphTexts(ids: readonly number[], holding?: readonly string[]): Map<number, string | null> | undefined {
    return this.tables?.paragraphTexts?.(ids, holding);
  }

  /** Reads the details of these articles at once, when a store holds them (`QuoteTables.readDetails`). */
  readDetails(articles: readonly Article[]): void {
    this.tables?.readDetails?.(articles);
  }

  /** The person quotes of one speaker, in corpus order (what statements are grouped from). */
  ofPerson(key: string): readonly QuoteInArticle[] {
    return this.ofSpeaker(key).filter((q) => q.quote.speaker?.kind === 'person');
  }

  /**
   * Every speaker with the number of its quotations (`countsAsQuotation`: the parts of one running
   * over paragraphs count once), one entry per key (the speaker object of its first quote).
   */
  totals(): SpeakerTotal[] {
    if (this.tables) return [...(this.storedTotals ??= this.tables.speakerTotals())];
    const counts = new Map<string, SpeakerTotal>();
    for (const f of this.files())
      for (let a = 0; a < f.load.articles.length; a++)
        for (const quote of quotesAt(f.quotes, a)) {
          const speaker = quote.speaker;
          if (!speaker) continue;
          const n = countsAsQuotation(quote) ? 1 : 0;
          const entry = counts.get(speaker.key);
          if (entry) entry.quotes += n;
          else counts.set(speaker.key, { speaker, quotes: n });
        }
    // As a store's (`speakers.quotes`): a speaker none of whose quotes counts is none.
    return [...counts.values()].filter((t) => t.quotes > 0);
  }

  /**
   * A store's totals already in the speaker view's order (most quoted first, ties by key in
   * collation order; see `SpeakerRanks`); undefined in memory, where the view sorts `totals()`.
   */
  ranking(): SpeakerTotal[] | undefined {
    // From the totals held (the statements' families ask for them too): counted once per change.
    return this.tables?.speakerRanking((this.storedTotals ??= this.tables.speakerTotals()));
  }

  /** The speakers of the shown quotes. */
  speakers(): Speaker[] {
    if (this.tables) return this.tables.speakersInUse();
    const out = new Set<Speaker>();
    for (const f of this.files())
      for (let a = 0; a < f.load.articles.length; a++) for (const q of quotesAt(f.quotes, a)) if (q.speaker) out.add(q.speaker);
    return [...out];
  }

  /** Every key a shown quote's speaker may have (none missing: a store's may include keys no quote has now). */
  speakerKeys(): string[] {
    return this.tables?.speakerKeys?.() ?? this.speakers().map((s) => s.key);
  }

  /**
   * The speakers of these articles' quotes, one entry per speaker object with how many quotations
   * (`countsAsQuotation`) it has there: a store counts them from its tables, none decoded (what an
   * audience may not see).
   */
  speakersIn(articles: readonly Article[]): SpeakerTotal[] {
    const stored = this.tables?.speakersIn?.(articles);
    if (stored) return stored;
    const counts = new Map<Speaker, number>();
    for (const article of articles)
      for (const quote of this.ofArticle(article))
        if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + (countsAsQuotation(quote) ? 1 : 0));
    return [...counts].map(([speaker, quotes]) => ({ speaker, quotes }));
  }

  /** The quotes of one shown article. */
  ofArticle(article: Article): readonly Quote[] {
    const stored = this.tables?.quotesOfArticle(article);
    if (stored) return stored;
    if (!this.byArticle) {
      this.byArticle = new Map();
      for (const f of this.files()) f.load.articles.forEach((a, i) => this.byArticle!.set(a, quotesAt(f.quotes, i)));
    }
    return this.byArticle.get(article) ?? [];
  }
}
