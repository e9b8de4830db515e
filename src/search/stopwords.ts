/**
 * English function words that carry no topic: not indexed, not searched. Kept short on purpose:
 * words like "not", "no", "against" matter in quotes, so they stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an and are as at be been being but by did do does for from had has have he her hers him his i if in into is it its
  me my of on or our ours she so than that the their theirs them then there these they this those to too us was we were
  what when where which who whom why will with would you your yours about also just s t`.split(/\s+/),
);
