/** Discord's documented message limits. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  url: 2048,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Outlets per page of results: each of ≤ 5 embeds gets ~1,180 of the 6,000 characters (about three excerpts). */
export const OUTLETS_PER_PAGE = 5;
/** Statements per page of `/compare` and `/who`. */
export const STATEMENTS_PER_PAGE = 3;
/** Outlets per page of `/sources`. */
export const SOURCES_PER_PAGE = 20;

/** What the embeds of one message may use, with a margin under the 6,000. */
export const EMBED_BUDGET = DISCORD_LIMITS.embedTotal - 100;
/** Room kept for the "… N more" line under the excerpts. */
export const MORE_LINE_ROOM = 90;
/** Leaves room in the 6,000 characters for the two file-list fields of `/sources`. */
export const SOURCES_DESCRIPTION_MAX = 3500;

export const BRAND_COLOR = 0x3b82f6;
export const OUTLET_COLORS = [0x2563eb, 0x059669, 0xd97706, 0x7c3aed, 0xdb2777, 0x0891b2, 0x65a30d, 0xea580c];
