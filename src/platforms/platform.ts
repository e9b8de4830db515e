/** What `src/main.ts` gets back from starting a chat platform: a name to report and a way to stop it. */
export interface RunningPlatform {
  /** Shown at start-up: `Slack (Socket Mode)`, `Discord (guild 123…)`. */
  description: string;
  stop(): Promise<void>;
}
