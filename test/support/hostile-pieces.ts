/**
 * Text pieces that every renderer's property tests mix into answers: right-to-left text, bidirectional
 * overrides and isolates, control characters and a terminal escape. Each platform's test adds its own
 * mention syntax and markup look-alikes.
 */
export const DIRECTION_AND_CONTROL_PIECES: readonly string[] = [
  '\u202e',
  '\u2066',
  '\u200f',
  'مرحبا بوتشا',
  'שלום',
  '\u0000',
  '\u001b[2J',
  '\ufeff',
];
