/** What the asker may see: outlets restricted to other channels are hidden (licensed wire copy). */
export interface Access {
  hiddenOutlets: ReadonlySet<string>;
}

/** No outlet hidden: the console, the CLI and tests. */
export const OPEN_ACCESS: Access = { hiddenOutlets: new Set() };
