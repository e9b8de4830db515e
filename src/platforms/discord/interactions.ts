/**
 * Slash commands, autocomplete and buttons: interaction → `dispatch` → `renderDiscord` → reply.
 *
 * Commands that search (any with a `query` option) are deferred first, because Discord drops an
 * interaction not answered within 3 seconds and a search on a large corpus may take longer. Errors
 * reach the user as a short ephemeral message; an error after a public deferral replaces the
 * "thinking…" message with an ephemeral follow-up.
 */
import { notice } from '../../messages.ts';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import { findCommand } from '../../../commands/index.ts';
import type { Invocation } from '../../../commands/invocation.ts';
import { readOptions, type OptionGetter } from '../../../commands/options.ts';
import { commandInvocation, UMBRELLA_COMMAND } from '../../../commands/parse-invocation.ts';
import type { Access } from '../../access/access.ts';
import type { AccessPolicy } from '../../access/index.ts';
import type { Answer } from '../../answer.ts';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderDiscord, renderNotice, type DiscordMessage } from '../../render/discord.ts';
import { RESTARTING_MESSAGE, type InFlight } from '../in-flight.ts';
import { askerOf } from './asker.ts';
import { autocompleteChoices } from './autocomplete.ts';
import { failureMessage } from './failures.ts';
import { EPHEMERAL_OPTION, UMBRELLA_OPTIONS } from './definitions.ts';
import { parseButtonCustomId, type InvocationCache } from './invocations.ts';
import { replyOptions, sendOptions } from './payload.ts';

export interface InteractionDeps {
  engine: Engine;
  logger: Logger;
  invocations: InvocationCache;
  policy: AccessPolicy;
  inFlight: InFlight;
}

export const EXPIRED_BUTTON_MESSAGE = notice('buttons_expired');

/**
 * Handles one interaction; never rejects (failures are logged and, when possible, told to the user).
 * Commands and buttons pass the access policy first and are counted in flight while they run.
 */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  if (interaction.isAutocomplete()) return guarded(interaction, deps, () => answerAutocomplete(interaction, deps));
  if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
  if (!deps.inFlight.accepting)
    return guarded(interaction, deps, () => interaction.reply(replyOptions(renderNotice(RESTARTING_MESSAGE), true)));
  const admission = deps.policy.admit(askerOf(interaction));
  if (!admission.admitted) {
    deps.logger.info(
      { interaction: interaction.id, user: interaction.user.id, channel: interaction.channelId, reason: admission.reason },
      'Discord: refused an interaction',
    );
    return guarded(interaction, deps, () => interaction.reply(replyOptions(renderNotice(admission.message), true)));
  }
  const { access } = admission;
  await deps.inFlight.track(() =>
    guarded(interaction, deps, () =>
      interaction.isChatInputCommand()
        ? answerCommand(interaction, deps, access)
        : answerButton(interaction as ButtonInteraction, deps, access),
    ),
  );
}

async function guarded(interaction: Interaction, deps: InteractionDeps, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    deps.logger.error({ err: error, interaction: interaction.id, type: interaction.type }, 'Discord interaction failed');
    if (interaction.isRepliable()) await tellError(interaction, renderNotice(`✗ ${failureMessage(error)}`), deps.logger);
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const kind = findCommand(interaction.commandName)?.options.find((o) => o.name === focused.name)?.autocomplete;
  const place = askerOf(interaction);
  if (!kind || !deps.policy.enabledIn(place)) return void (await interaction.respond([]));
  await interaction.respond(
    autocompleteChoices(deps.engine, kind, String(focused.value), deps.policy.accessIn(place.channel).hiddenOutlets),
  );
}

async function answerCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps, access: Access): Promise<void> {
  const invocation = interactionInvocation(interaction);
  const ephemeral = interaction.options.getBoolean(EPHEMERAL_OPTION) ?? false;
  if (mayTakeLong(invocation.command)) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});

  const answer = await dispatch(deps.engine, invocation, deps.logger, access);
  if (answer.kind === 'error') {
    await tellError(interaction, renderDiscord(answer), deps.logger);
    return;
  }
  const message = renderWithButtons(answer, invocation, 0, ephemeral, deps.invocations);
  if (interaction.deferred) await interaction.editReply(sendOptions(message));
  else await interaction.reply(replyOptions(message, ephemeral));
}

async function answerButton(interaction: ButtonInteraction, deps: InteractionDeps, access: Access): Promise<void> {
  const button = parseButtonCustomId(interaction.customId);
  const invocation = button && deps.invocations.recall(button.id);
  if (!button || !invocation) {
    await interaction.reply(replyOptions(renderNotice(EXPIRED_BUTTON_MESSAGE), true));
    return;
  }
  const slow = mayTakeLong(invocation.command);
  if (button.action === 'page') {
    const ephemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
    if (slow) await interaction.deferUpdate();
    const answer = await dispatch(deps.engine, invocation, deps.logger, access);
    if (answer.kind === 'error') return tellError(interaction, renderDiscord(answer), deps.logger);
    const message = sendOptions(renderWithButtons(answer, invocation, button.page, ephemeral, deps.invocations, button.id));
    if (interaction.deferred) await interaction.editReply(message);
    else await interaction.update(message);
    return;
  }
  if (slow) await interaction.deferReply();
  const answer = await dispatch(deps.engine, invocation, deps.logger, access);
  if (answer.kind === 'error') return tellError(interaction, renderDiscord(answer), deps.logger);
  const message = renderWithButtons(answer, invocation, button.page, false, deps.invocations, button.id);
  if (interaction.deferred) await interaction.editReply(sendOptions(message));
  else await interaction.reply(replyOptions(message, false));
}

/**
 * Renders with page (and, for ephemeral answers, "Post publicly") buttons; the invocation is kept
 * only when the message has buttons. `id` reuses the invocation a button already points to.
 */
export function renderWithButtons(
  answer: Answer,
  invocation: Invocation,
  page: number,
  ephemeral: boolean,
  invocations: InvocationCache,
  id?: string,
): DiscordMessage {
  let kept = id;
  return renderDiscord(answer, {
    invocation,
    page,
    buttons: { publish: ephemeral, id: (asked) => (kept ??= invocations.remember(asked)) },
  });
}

/**
 * What a slash command asks for. A registry command's options are read by their declaration (one
 * reader for every command: a new option needs no change here); the umbrella's `command` choice
 * and `query` words are read like the same words typed after `/newsroom` anywhere else.
 */
export function interactionInvocation(interaction: ChatInputCommandInteraction): Invocation {
  const name = interaction.commandName;
  if (name === UMBRELLA_COMMAND) {
    const chosen = interaction.options.getString(UMBRELLA_OPTIONS.command) ?? '';
    const command = findCommand(chosen);
    const words = interaction.options.getString(UMBRELLA_OPTIONS.query) ?? '';
    return command ? commandInvocation(command, words) : { command: chosen, options: {} };
  }
  const command = findCommand(name);
  if (!command) return { command: name, options: {} };
  const get: OptionGetter = (option, type) => {
    if (type === 'integer') return interaction.options.getInteger(option);
    if (type === 'boolean') return interaction.options.getBoolean(option);
    return interaction.options.getString(option);
  };
  return { command: command.name, options: readOptions(command, get) };
}

/** Commands that search the corpus; the others (help, sources) answer from memory at once. */
function mayTakeLong(command: string): boolean {
  return findCommand(command)?.options.some((o) => o.name === 'query') ?? false;
}

/**
 * An ephemeral error, whatever state the interaction is in: a plain ephemeral reply; the edit of an
 * ephemeral deferral; or, after a public deferral of a command, the deferral deleted and an
 * ephemeral follow-up (a button's deferral is the message itself, so that is kept).
 */
async function tellError(interaction: RepliableInteraction, message: DiscordMessage, logger: Logger): Promise<void> {
  try {
    if (!interaction.deferred && !interaction.replied) {
      await interaction.reply(replyOptions(message, true));
      return;
    }
    const pendingDeferral = interaction.deferred && !interaction.replied;
    if (pendingDeferral && interaction.ephemeral === true) {
      await interaction.editReply(sendOptions(message));
      return;
    }
    if (pendingDeferral && interaction.isChatInputCommand()) await interaction.deleteReply();
    await interaction.followUp(replyOptions(message, true));
  } catch (error) {
    logger.warn({ err: error, interaction: interaction.id }, 'could not tell the user about an error');
  }
}
