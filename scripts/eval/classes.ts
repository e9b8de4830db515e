/**
 * Attribution errors by class, for the eval's error table: what kind of source the gold quote has
 * (or we found) when the speaker we give is wrong or missing.
 */
import type { GoldQuote, Predicted } from './score.ts';

export const ERROR_CLASSES = ['missed', 'pronoun', 'nominal', 'organisation', 'dash', 'reported speech', 'other'] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

const PRONOUN = /^(he|she|him|her|they|them|we|i|it|his|its|their|you)$/i;
const ORG =
  /\b(house|campaign|committee|party|department|office|ministry|news|times|post|journal|cnn|fox|msnbc|nbc|abc|cbs|reuters|press|company|agency|group|council|union|center|institute|university|foundation|association|administration|government|commission|court|board|network|poll|report|statement|website|transcript|magazine|daily|kremlin|pentagon)\b/i;

/** The class of one wrong or missing attribution. */
export function classify(text: string, g: GoldQuote, p: Predicted): ErrorClass {
  if (!p.speakerName) return 'missed';
  const gold = (g.source?.text ?? '').trim();
  const ours = p.mention ? text.slice(p.mention.start, p.mention.end).trim() : '';
  const before = text.slice(Math.max(0, p.end), Math.min(text.length, p.end + 4));
  if (/^\s*[—–-]/.test(before)) return 'dash';
  if (PRONOUN.test(gold) || PRONOUN.test(ours)) return 'pronoun';
  if (ORG.test(gold) || ORG.test(ours)) return 'organisation';
  if (/^(the|a|an|this|that|one|another)\b/i.test(gold) || /^[a-z]/.test(gold) || /^(the|a|an)\b/i.test(ours)) return 'nominal';
  const start = text.lastIndexOf('\n', p.start) + 1;
  const lead = text.slice(start, p.start);
  if (/\p{L}/u.test(lead.slice(-3)) || /\b[a-z]+ (an? |the )?$/.test(lead)) return 'reported speech';
  return 'other';
}

export const emptyClassCounts = (): Record<ErrorClass, number> =>
  Object.fromEntries(ERROR_CLASSES.map((c) => [c, 0])) as Record<ErrorClass, number>;
