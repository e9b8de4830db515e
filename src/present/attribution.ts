import type { Excerpt } from '../answer.ts';

/**
 * How a quote was attributed, in reading order: `Mr Putin said`, `the president said`,
 * `according to him` (the cue comes first when it is a preposition).
 *
 * @example
 * attributionWords({ mention: 'him', cue: 'According to' }) // → 'according to him'
 */
export function attributionWords(e: Pick<Excerpt, 'mention' | 'cue'>): string {
  const mention = e.mention?.trim();
  const cue = e.cue?.trim();
  if (cue && /^according to$/i.test(cue)) return mention ? `according to ${mention}` : 'according to';
  return [mention, cue].filter(Boolean).join(' ');
}
