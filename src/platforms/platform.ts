/** What start-up gets back from starting a chat platform: a name to report, its state, and a way to stop it. */

/** `connected` while it can answer; `reconnecting` while the platform's connection is down; `stopping` during shutdown. */
export type PlatformState = 'starting' | 'connected' | 'reconnecting' | 'stopping' | 'stopped';

export interface RunningPlatform {
  /** Shown at start-up: `Slack (Socket Mode)`, `Discord (guild 123…)`. */
  description: string;
  /** For the health check. */
  state(): PlatformState;
  /** Commands being answered now. */
  inFlight(): number;
  /** Stops taking commands, lets the ones in flight finish, then closes the connection. */
  stop(): Promise<void>;
}
