/**
 * A small corpus of our own sentences about one invented event (a minister reopening a harbour),
 * covered by several outlets in the shapes real coverage takes: one statement split over two
 * quotations, an editorial bracket, a fragment inside the writer's sentence, an unnamed adviser,
 * dates with and without times and offsets, an outlet whose words are spread over paragraphs, and
 * files with no metadata at all.
 */
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';

const DOCS: Array<[string, string]> = [
  [
    'harbour-daily.md',
    `---\noutlet: Harbour Daily\ntitle: Minister vows to reopen harbour\npublished: 2024-03-12T22:00:00+05:00\nurl: https://harbour-daily.example/reopen\n---\nThe harbour has been closed for a month after the storm.\n\n"We will reopen the harbour before the spring fleet arrives, and the ships are waiting for us," Prime Minister Ilse Marrow said on Tuesday.\n\n"Our fishermen have been patient for too long," Ms Marrow added.\n\nShe spoke after a vigil for the lost crew.`,
  ],
  [
    'tide-times.md',
    `---\noutlet: Tide Times\ntitle: Harbour to reopen, says Marrow\npublished: 2024-03-12T18:00:00+00:00\n---\nThe capital's harbour is to reopen within weeks.\n\n"We will reopen the harbour before the spring fleet arrives," Ms Marrow said. "And the ships are waiting for us."\n\nA vigil was held on the quay on Monday night.\n\nLater, a riot broke out near the fish market, police said.`,
  ],
  [
    'river-ledger.md',
    `---\noutlet: River Ledger\ntitle: Marrow sets date for harbour\npublished: 2024-03-12\n---\nThe minister gave no date for the first sailing.\n\n"We will reopen the [northern] harbour before the spring fleet arrives, and the ships are waiting for us," Marrow told reporters.\n\n"It would be a costly mistake to wait," an adviser to the minister said.`,
  ],
  [
    'quay-post.md',
    `---\noutlet: Quay Post\ntitle: Minister speaks on budget\npublished: 2024-03-13\n---\n"The budget is balanced this year," Ilse Marrow said at a press conference.\n\n"Taxes will not rise," Marrow said.\n\nMarrow promised to "reopen the harbour" soon, without giving a date.`,
  ],
  [
    'weekly-anchor.md',
    `---\noutlet: Weekly Anchor\ntitle: Port news in brief\n---\n"We will reopen the harbour before the spring fleet arrives, and the ships are waiting for us," Ilse Marrow said.`,
  ],
];

const PLAIN: Array<[string, string]> = [
  ['dock-notes.txt', 'Dock strike talks stall\n\n"We are not moving an inch," said union leader Bram Okoye on Friday.\n'],
  [
    'clipping.txt',
    'Ferry fares to rise\n\nSource: https://www.ferrywatch.example/fares\n\n"Fares will rise by a tenth," said ferry chief Lena Voss.\n',
  ],
];

export function harbourCorpus(): LoadResult {
  const out: LoadResult = { articles: [], skipped: [], warnings: [] };
  for (const [file, text] of DOCS) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: true }).articles);
  for (const [file, text] of PLAIN) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: false }).articles);
  return out;
}
