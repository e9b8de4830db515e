/**
 * What the extraction-timing scripts share: an option read from the command line, and the
 * distinct PolNeAR texts of a split (the texts `npm run eval:quotes` times) with their size.
 *
 * @example
 * const split = optionOf(process.argv.slice(2), '--split', 'dev');
 * const { texts, bytes } = polnearTexts(split); // dev: the distinct texts and their UTF-8 bytes
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The value after `name` in `args`, or `fallback` when the option is absent. */
export function optionOf(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
}

/** The distinct texts of a PolNeAR split, read in file-name order, and their total UTF-8 bytes. */
export function polnearTexts(split: string): { texts: string[]; bytes: number } {
  const dir = fileURLToPath(new URL(`../../../shared/corpora/polnear/${split}/text/`, import.meta.url));
  const texts = [
    ...new Set(
      readdirSync(dir)
        .sort()
        .map((f) => readFileSync(dir + f, 'utf8')),
    ),
  ];
  return { texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}
