/**
 * What a mention asks for. Slack sends message text in its own markup (`<@U123>`, `<https://…|label>`,
 * `&amp;`); these turn it back into the words a person typed, which the one invocation parser
 * (`commands/parse-invocation.ts`) reads like any other typed line.
 *
 * @example
 * mentionInvocation('<@UBOT> search Putin Bucha', 'UBOT')  // → { command: 'search', options: { query: 'Putin Bucha' } }
 * mentionInvocation('<@UBOT> Putin &amp; Bucha', 'UBOT')   // → { command: 'quote', options: { query: 'Putin & Bucha' } }
 * threadQuery('Did <@U42> see this? "Bucha" <https://x.test|story>')  // → 'Did see this Bucha story'
 */
import type { Invocation } from '../../../commands/invocation.ts';
import { cutQuery, parseInvocation } from '../../../commands/parse-invocation.ts';

/** The words of a mention: the bot's own mention removed, the rest of the markup made plain. */
export function mentionText(text: string, botUserId: string | undefined): string {
  const withoutBot = botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ') : text;
  return slackMarkupToPlain(withoutBot);
}

/** The invocation a mention asks for: a leading command word picks it (`search …`, `/sources`), else `/quote`. */
export function mentionInvocation(text: string, botUserId: string | undefined): Invocation {
  return parseInvocation(mentionText(text, botUserId));
}

/**
 * A colleague's post as a query: words only (punctuation, quotation marks and `filter:` colons
 * would be query syntax), cut at a word to the query length limit.
 */
export function threadQuery(text: string): string {
  const words = slackMarkupToPlain(text)
    .replace(/[^\p{L}\p{N}\p{M}'’-]+/gu, ' ')
    .replace(/(^|\s)['’-]+|['’-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cutQuery(words);
}

/** Slack markup → plain text: mentions dropped, links and channels by their label, entities decoded. */
export function slackMarkupToPlain(text: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_all, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (target.startsWith('@') || target.startsWith('!')) return ' ';
      return label ? ` ${label} ` : ' ';
    })
    .replace(/&(lt|gt|amp);/g, (_all, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&' };

/** Slack sends `&`, `<` and `>` in typed text as `&amp;`, `&lt;` and `&gt;`: back to what was typed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(lt|gt|amp);/g, (_all, name: string) => ENTITIES[name] ?? '');
}
