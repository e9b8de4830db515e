/**
 * The shape of a command file. Platforms (console, Slack, Discord) read `name`, `description` and
 * `options` to register the command, call `run` with parsed options, and render what it returns.
 */
import type { Access } from '../src/access/access.ts';
import type { Answer } from '../src/answer.ts';
import type { Engine } from '../src/engine/index.ts';

export interface CommandOption {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'boolean';
  required?: boolean;
  /** Values offered as the user types, read from the live index. */
  autocomplete?: 'outlet' | 'speaker';
  minValue?: number;
  maxValue?: number;
}

export interface CommandOptions {
  /** Free text: words, "phrases" and filters, as typed after the command. */
  query?: string;
  outlet?: string;
  speaker?: string;
  /** Excerpts per outlet. */
  limit?: number;
}

export interface CommandContext {
  engine: Engine;
  options: CommandOptions;
  access: Access;
  /** The registry, for commands that describe the others (help). */
  commands: readonly Command[];
  /**
   * How a person reaches a command on the asking platform, e.g. `who` → `/newsroom who` on Slack,
   * which reserves `/who`; `/name` when absent.
   */
  commandPath?: (name: string) => string;
}

export interface Command {
  name: string;
  description: string;
  /** One-line usage with an example, shown by help. */
  usage: string;
  options: readonly CommandOption[];
  run(ctx: CommandContext): Answer | Promise<Answer>;
}
