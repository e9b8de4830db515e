/**
 * Process-level handlers for errors nothing else caught, installed by `src/main.ts` in the
 * long-running modes (chat platforms, console). Two different decisions, because the two events
 * leave the process in different states:
 *
 *   unhandledRejection   a promise failed with no handler: one request's work (a library's
 *                        fire-and-forget call, as Bolt's receiver makes) went wrong, but nothing
 *                        was interrupted half-way. It is logged (error, with the stack) and the bot
 *                        KEEPS SERVING; Node's default would end the process.
 *   uncaughtException    code threw with no try around it: whatever it was doing stopped half-way,
 *                        and Node's documentation says the process state is then unknown. It is
 *                        logged (error), then the bot SHUTS DOWN CLEANLY as on SIGTERM (stops taking
 *                        commands, lets those in flight finish, closes connections, within the
 *                        shutdown grace) and EXITS WITH CODE 1, so the supervisor (systemd, Docker,
 *                        Kubernetes: restart on failure) starts a fresh process. If the shutdown does
 *                        not end in time, or a second one comes meanwhile, it exits at once with 1.
 */
import type { Logger } from './logger.ts';

/** What the handlers need of `process` (tests give an EventEmitter). */
export type ProcessLike = Pick<NodeJS.EventEmitter, 'on' | 'off' | 'emit' | 'listenerCount'>;

export interface ProcessGuardOptions {
  logger: Logger;
  /** How long the clean shutdown after an uncaught exception may take before the process exits anyway. */
  graceMs: number;
  target?: ProcessLike;
  exit?: (code: number) => void;
  /** Sets the exit code the process ends with (`process.exitCode = 1` unless a test passes its own). */
  fail?: () => void;
}

export interface ProcessGuard {
  /** True once an uncaught exception started the shutdown: the exit code must then be 1. */
  readonly crashed: boolean;
  /** Unhandled rejections logged so far. */
  readonly rejections: number;
  dispose(): void;
}

/** Beyond the grace, time for the shutdown's own last steps (closing the health server, logging). */
const LAST_STEPS_MS = 2_000;

export function guardProcess(options: ProcessGuardOptions): ProcessGuard {
  const { logger } = options;
  const target: ProcessLike = options.target ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const fail =
    options.fail ??
    (() => {
      process.exitCode = 1;
    });
  let crashed = false;
  let rejections = 0;

  const onRejection = (reason: unknown) => {
    rejections++;
    logger.error({ err: reason }, 'unexpected error: a promise failed and nothing handled it; still serving');
  };
  const onException = (error: Error, origin: string) => {
    if (crashed) {
      logger.error({ err: error, origin }, 'unexpected error while shutting down after another; exiting now');
      return exit(1);
    }
    crashed = true;
    fail();
    logger.error({ err: error, origin }, 'unexpected error: shutting down cleanly, then exiting with code 1 for a restart');
    setTimeout(() => {
      logger.error({ graceMs: options.graceMs }, 'the shutdown after an unexpected error did not finish in time; exiting now');
      exit(1);
    }, options.graceMs + LAST_STEPS_MS).unref();
    // The same way out as SIGTERM, where something listens for it (the platforms, the console).
    if (target.listenerCount('SIGTERM') > 0) target.emit('SIGTERM', 'SIGTERM');
    else exit(1);
  };
  target.on('unhandledRejection', onRejection);
  target.on('uncaughtException', onException);
  return {
    get crashed() {
      return crashed;
    },
    get rejections() {
      return rejections;
    },
    dispose() {
      target.off('unhandledRejection', onRejection);
      target.off('uncaughtException', onException);
    },
  };
}
