/**
 * A small corpus with things some readers may not see, for the "no trace" tests: an embargoed
 * article that alone gives a speaker's full name, and an outlet restricted to one channel that alone
 * quotes a speaker. Every sentence is invented for these tests.
 */
import { hiddenOutletsIn, parseRestrictedOutlets } from '../../src/access/restricted-outlets.ts';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { Engine } from '../../src/engine/index.ts';

/** When the embargo on the Sealed Ledger's article lifts. */
export const LIFT = Date.parse('2030-01-01T09:00:00Z');
export const BEFORE_LIFT = LIFT - 60_000;

/** The outlet restricted to one channel, and that channel. */
export const RESTRICTED = 'Wire Desk';
export const WIRE_CHANNEL = 'CWIRE01';

const FILES: Record<string, string> = {
  'gazette.md':
    '---\noutlet: Harbour Gazette\ntitle: Ferry fares rise again\npublished: 2029-12-30\n---\n' +
    'Ferry fares rose for the third winter running, and the islanders are tired of it.\n\n' +
    '"Nobody asked the islanders about the ferry timetable," Lindqvist said on Monday.\n',
  'coast.md':
    '---\noutlet: Coastal Times\ntitle: Pier to reopen\npublished: 2029-12-29\n---\n' +
    '"We will reopen the pier before the spring tides," Mayor Ansel Kirk said at the harbour.\n\n' +
    '"The ferry timetable is not my department," Kirk added.\n',
  'ledger.md':
    '---\noutlet: Sealed Ledger\ntitle: Budget doubles\npublished: 2029-12-31\nembargo: 2030-01-01T09:00:00Z\n---\n' +
    '"The ferry budget doubles next year, and the timetable with it," said Treasurer Odo Lindqvist on Tuesday.\n',
  'wire/keepers.md':
    '---\noutlet: Wire Desk\ntitle: Keepers paid\npublished: 2029-12-28\n---\n' +
    '"Every lighthouse keeper on the ferry route will be paid in full," said Commissioner Brit Halvorsen.\n',
  'wire/undated.md': '---\noutlet: Wire Desk\ntitle: Keepers again\n---\n"The keepers have our word," Halvorsen said of the ferry route.\n',
};

/** The corpus, without the files named in `leaveOut`. */
export function hiddenCorpus(leaveOut: readonly string[] = []): LoadResult {
  const loads = Object.entries(FILES)
    .filter(([file]) => !leaveOut.includes(file))
    .map(([file, text]) => loadDocument(file, Buffer.from(text), { markdown: true }));
  return {
    articles: loads.flatMap((l) => l.articles),
    skipped: loads.flatMap((l) => l.skipped),
    warnings: loads.flatMap((l) => l.warnings),
  };
}

/** An engine over the corpus (less `leaveOut`) whose clock reads `now()`. */
export function hiddenEngine(now: () => number, leaveOut: readonly string[] = []): Engine {
  return new Engine(hiddenCorpus(leaveOut), { clock: now });
}

/** What a channel other than the wire channel may not see (the configured spelling differs in case). */
export const hiddenOutsideWire = hiddenOutletsIn(parseRestrictedOutlets(`wire desk=${WIRE_CHANNEL}`), 'CGENERAL1');
export const hiddenInWire = hiddenOutletsIn(parseRestrictedOutlets(`wire desk=${WIRE_CHANNEL}`), WIRE_CHANNEL);

/**
 * An answer as JSON, without its scores and statement ids: index statistics and statement numbering
 * count every passage and statement, seen or not (see the report of issue 15).
 */
export function comparable(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'score' || key === 'id' ? undefined : v));
}

/** An answer as JSON, less what the asker typed (echoed queries, and the name an error repeats). */
export function shown(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'query' || key === 'terms' ? undefined : v)).replace(
    /matches \\"[^"\\]*\\"/g,
    '',
  );
}
