/**
 * What a mention asks for. Slack sends message text in its own markup (`<@U123>`, `<https://…|label>`,
 * `&amp;`); these turn it back into the words a person typed.
 *
 * @example
 * mentionInvocation('<@UBOT> quote Putin Bucha', 'UBOT')  // → { name: 'quote', query: 'Putin Bucha' }
 * mentionInvocation('<@UBOT> Putin &amp; Bucha', 'UBOT')  // → { name: 'search', query: 'Putin & Bucha' }
 * threadQuery('Did <@U42> see this? "Bucha" <https://x.test|story>')  // → 'Did see this Bucha story'
 */
import { findCommand } from '../../../commands/index.ts';
import { MAX_QUERY_LENGTH } from '../../search/query.ts';

export interface MentionInvocation {
  /** Registry command name. */
  name: string;
  query: string;
}

/** The command a mention asks for: a leading command word picks it (`quote …`, `/sources`), else search. */
export function mentionInvocation(text: string, botUserId: string | undefined): MentionInvocation {
  const withoutBot = botUserId ? text.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ') : text;
  const plain = slackMarkupToPlain(withoutBot);
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(plain);
  const command = m?.[1] ? findCommand(m[1]) : undefined;
  if (command) return { name: command.name, query: m?.[2]?.trim() ?? '' };
  return { name: 'search', query: plain };
}

/**
 * A colleague's post as a search query: words only (punctuation, quotation marks and `filter:` colons
 * would be query syntax), cut at a word to the query length limit.
 */
export function threadQuery(text: string): string {
  const words = slackMarkupToPlain(text)
    .replace(/[^\p{L}\p{N}\p{M}'’-]+/gu, ' ')
    .replace(/(^|\s)['’-]+|['’-]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words.length <= MAX_QUERY_LENGTH) return words;
  const cut = words.lastIndexOf(' ', MAX_QUERY_LENGTH);
  return words.slice(0, cut > 0 ? cut : MAX_QUERY_LENGTH);
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
