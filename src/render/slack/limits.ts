/** Slack's documented maximums for what the Slack renderer produces. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  contextElementText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  messageText: 40_000,
} as const;

/** The renderer's own budgets, well inside Slack's limits so a message is never rejected. */
export const BUDGET = {
  /** Blocks for outlets (or statements) on one page; the rest of the 50 is for header, footer and buttons. */
  groupBlocks: 40,
  /** Characters of outlet (or statement) text on one page. */
  groupChars: 12_000,
  excerptChars: 1_200,
  excerptsPerOutlet: 5,
  variantsPerStatement: 5,
  paraphrasesPerStatement: 3,
  paraphraseChars: 400,
  citationChars: 600,
  headline: 200,
  queryEcho: 300,
  lineList: 1_500,
  notes: 3,
  noteChars: 500,
  sourcesLines: 120,
  fallbackText: 3_000,
} as const;
