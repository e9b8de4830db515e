/**
 * Choices for the `outlet` and `speaker` options as the user types, read from the live index:
 * names starting with the typed text first, then names with a word starting with it, then names
 * containing it (accents and case ignored), in the index's order (most articles / quotes first).
 */
import type { Engine } from '../../engine/index.ts';
import { stripInvisible } from '../../text/invisible.ts';

export interface Choice {
  name: string;
  value: string;
}

/** Discord shows at most 25 choices; names and values hold at most 100 characters. */
const MAX_CHOICES = 25;
const MAX_LENGTH = 100;

/**
 * `hiddenOutlets`: outlets restricted to other channels are not offered, nor speakers (or names and
 * counts) known only from them. The ranking is the engine's.
 */
export function autocompleteChoices(
  engine: Pick<Engine, 'outletSuggestions' | 'speakerSuggestions'>,
  kind: 'outlet' | 'speaker',
  typed: string,
  hiddenOutlets?: ReadonlySet<string>,
): Choice[] {
  const candidates =
    kind === 'outlet'
      ? engine.outletSuggestions(typed, hiddenOutlets).map((name) => ({ value: name, label: name }))
      : engine
          .speakerSuggestions(typed, hiddenOutlets)
          .map((s) => ({ value: s.name, label: `${s.name} · ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'}` }));
  return candidates
    .filter((c) => c.value.length <= MAX_LENGTH)
    .slice(0, MAX_CHOICES)
    .map((c) => ({ name: stripInvisible(c.label.length <= MAX_LENGTH ? c.label : c.value), value: c.value }));
}
