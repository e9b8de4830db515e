/**
 * Choices for the `outlet` and `speaker` options as the user types, read from the live index:
 * names starting with the typed text first, then names with a word starting with it, then names
 * containing it (accents and case ignored), in the index's order (most articles / quotes first).
 */
import type { Engine } from '../../engine/index.ts';
import { fold } from '../../search/text.ts';

export interface Choice {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices; names and values hold at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

/** `hiddenOutlets`: outlets restricted to other channels are not offered. */
export function autocompleteChoices(
  engine: Pick<Engine, 'outletNames' | 'speakerList'>,
  kind: 'outlet' | 'speaker',
  typed: string,
  hiddenOutlets?: ReadonlySet<string>,
): Choice[] {
  const candidates =
    kind === 'outlet'
      ? engine.outletNames(hiddenOutlets).map((name) => ({ value: name, label: name }))
      : engine.speakerList().map((s) => ({ value: s.name, label: `${s.name} · ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'}` }));
  const wanted = fold(typed.trim());
  const rank = (value: string): number => {
    const folded = fold(value);
    if (!wanted || folded.startsWith(wanted)) return 0;
    if (folded.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(wanted))) return 1;
    return folded.includes(wanted) ? 2 : -1;
  };
  return candidates
    .filter((c) => c.value.length <= MAX_LENGTH)
    .map((c, order) => ({ c, order, rank: rank(c.value) }))
    .filter((x) => x.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, MAX_CHOICES)
    .map(({ c }) => ({ name: c.label.length <= MAX_LENGTH ? c.label : c.value, value: c.value }));
}
