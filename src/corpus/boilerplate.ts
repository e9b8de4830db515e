/**
 * Rules that recognise one paragraph, on its own, as page furniture rather than article text.
 * They are general (cue words, shapes, lengths), not lists of particular sites' strings.
 * Article-level rules that need neighbours (tail lists, bios, teaser pairs) live in clean.ts.
 */
import { findDates } from './dates.ts';

/** Ends like a finished sentence: terminal punctuation, possibly inside closing quotes or brackets. Not an ellipsis. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?]["”’')\]]*$/.test(text) && !/(?:\.\.|…)["”’')\]]*$/.test(text);
}

/** Ends with an ellipsis: a truncated teaser or excerpt. */
export function isTruncated(text: string): boolean {
  return /(?:\.\.|…)["”’')\]]*$/.test(text);
}

/** Lower-cased, punctuation-free form for comparing headings and headlines. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Headings that introduce lists of other stories, links or topics (the list usually runs to the end). */
const LIST_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: (?:topics|stories|articles|coverage|content|links|news|posts|reading|videos?))?',
      'recent (?:stories|posts|news|articles)',
      '(?:more|other|latest|top|popular|trending|recommended) (?:stories|news|articles|posts|videos|headlines)(?: (?:from|in|on|about) [\\p{L}\\p{N}&\' -]{1,40})?',
      'more (?:from|in|on) [\\p{L}\\p{N}&\' -]{1,40}',
      'check (?:also|this out)',
      'go deeper',
      'read (?:more|also|next)',
      'see also',
      'also (?:read|see|on [\\p{L} ]{1,30})',
      'more on this(?: story)?',
      'you (?:may|might) (?:also )?(?:like|be interested in|have missed)',
      '(?:most (?:popular|read|viewed|shared))',
      'trending(?: now| stories)?',
      'recommended(?: for you)?',
      "what to read next|don't miss|editor'?s picks|in case you missed it|more:?",
      'topics?|tags?|filed under',
    ].join('|') +
    ')\\s*[:.…]*$',
  'iu',
);

/** Whole-paragraph page furniture: ad slots, widget labels, separators. */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'advertisements?(?: advertisements?)*',
      'ad|ads|sponsored(?: content)?|promoted',
      'story continues? below',
      'story continued below',
      'continue reading(?: below| the main story)?',
      'advertisement continue reading the main story',
      'loading|please wait',
      'photos?|videos?|image|graphic|gallery|audio|listen|watch(?: live)?|close|share|print|email|comments?',
      'youtube|twitter|facebook|instagram|linkedin|whatsapp|reddit|play (?:facebook|twitter|youtube)',
      'share this(?: article| story)?(?: share| tweet| post| email| pin)*',
      'skip to (?:main )?content|back to top|scroll to continue',
      'this (?:article|story|content) is more than \\d+ (?:days?|weeks?|months?|years?) old',
      'slideshow \\(\\d+ images?\\)',
      '(?:next|prev(?:ious)?)? ?(?:image|photo|slide) \\d+ (?:of|/) \\d+',
      "(?:don'?t|do not) see the (?:graphic|video|chart) above\\? click here",
      '\\[(?:pullquote|embed|caption|video|image)[^\\]]*\\]',
    ].join('|') +
    ')\\s*[:.!]*$',
  'iu',
);

/** A paragraph made only of separator glyphs (`***`, `___`, `• • •`, `—`). */
const SEPARATOR = /^[\s*_•·—–=~#-]+$/;

/** Paragraph openings that mark a caption, credit, promo or sign-up box. */
const FURNITURE_OPENING = new RegExp(
  '^[\\s(\\[*•–—-]*(?:' +
    [
      'enlarge this image',
      'toggle caption',
      'hide caption',
      'image (?:copyright|caption|source|credit)',
      '(?:photo|image|picture|video|graphic|illustration)s?(?: credit)?\\s*:',
      '\\(?(?:photo|image|picture)s? (?:by|credit|courtesy|via)\\b',
      'live (?:updates?|blog|coverage)\\s*:',
      'follow (?:us|@\\w+|the \\w+ on|our )',
      '(?:click|tap)(?: here)? (?:to|for)\\b',
      '(?:full|special|complete|more) coverage\\s*:',
      'visit .{1,40} (?:homepage|website|site) for more\\b',
      'support (?:[\\p{L}’\']+ ){0,3}journalism\\b',
      '(?:get|receive) (?:our|the) .{0,40}newsletter\\b',
      'newsletter sign[ -]?up\\b',
      '(?:get|download) (?:the|our) .{1,40} app\\b',
      'sign up (?:for|to|here)\\b',
      'subscribe (?:to|here|now|for)\\b',
      '(?:read|see|watch|listen)(?: more| also| next| the full story)\\s*:',
      'go deeper\\s*:',
      'copyright (?:©|\\(c\\)|\\d{4})',
      'contributing\\s*:',
      '(?:updated|last updated|modified|last modified)\\s*(?:on|at)?\\s*:',
    ].join('|') +
    ')',
  'iu',
);

/** News agencies and photo services whose names end a photo caption as its credit. */
const PHOTO_AGENCY =
  '(?:AFP|AP|Reuters|Getty(?: Images)?|EPA(?:-EFE)?|Sputnik|TASS|Bloomberg|Shutterstock|Xinhua|Anadolu(?: Agency)?|dpa|ANSA|UPI|NurPhoto|SOPA Images|LightRocket|Pool|Alamy|PA(?: Wire)?|IANS|PTI|ANI|Kremlin|WireImage|Corbis|Redux|The Washington Post|The New York Times|AAP|Zuma(?: Press)?|Sipa(?: USA)?|ABACA|Polaris|Imagn)';
/** `… Sputnik / AFP`, `Photo: Sergei Chirikov/AFP via Getty`, `(AP Photo/Evan Vucci)`, `(Photo by X/Getty Images)`. */
const CAPTION_CREDIT = new RegExp(
  String.raw`(?:\/\s*${PHOTO_AGENCY}(?:\s+via\s+Getty(?: Images)?)?|\(\s*(?:${PHOTO_AGENCY}\s+Photo|Photo(?:graph)?s?(?:\s+by|\s*:))[^)]*\)|(?:^|[.!?]\s+)(?:Photo|Image|Picture)s?:[^.!?]+|\bvia Getty(?: Images)?)\s*$`,
  'u',
);
/** A lone credit in brackets: `(Pixabay)`, `(Getty Images)`. */
const BRACKETED_CREDIT = /^\((?:[^\s().!?]+ ?){1,4}\)$/;
/** Position notes that only captions carry: `(left)`, `(L)`, `(center)`. */
const CAPTION_POSITION = /\((?:left|right|centre|center|L|R|C|front|back|top|bottom|second (?:left|right)|from left|pictured)\)/i;

/** `17 minutes ago`, `an hour ago`, `Just now`, `Yesterday`. */
const RELATIVE_TIME = /^(?:(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago|just now|yesterday|today)$/i;

const COPYRIGHT = /©|\(c\) \d{4}|\bcopyright \d{4}/i;
const RIGHTS_RESERVED = /\brights\b.{0,40}\breserved\b/i;
const NEWSLETTER = /\b(?:newsletters?|inbox|news alerts|e-?mail alerts|tip sheet|promotional offers)\b/i;
const SIGN_UP_FOR_OURS = /\bsign up (?:to receive|for) (?:our|free)\b/i;
const DISCLAIMER = /^the (?:views|opinions) expressed (?:in|by) .{0,100}(?:are (?:solely )?(?:those of|their own)|do(?:es)? not (?:necessarily )?(?:reflect|represent))|\bfor licensing opportunities\b|\brush transcript\b|\bmay not be (?:published|reproduced), broadcast\b/i;
/** An invitation to sign up, addressed to the reader (not a report that someone signed up). */
const SIGN_UP = /(?:^|[.!?:(]\s*)(?:Sign up|SIGN UP|Subscribe|SUBSCRIBE)\b|\bby signing up\b|\b(?:you|your)\b.{0,60}\b(?:sign up|subscribe)\b/i;
/** A related-story link with its "Read more" button text: `Ivanka Trump says … Read more`. */
const RELATED_LINK = /\sRead more\s*$/;
const CONTRIBUTED = /\bcontributed (?:to )?(?:this )?(?:report|story|article)(?:ing)?\.?$/i;
const HANDLE = /\(@\w{1,30}\)|^@\w{1,30}$/;
/** Words that make a short line with a date a publication stamp rather than text. */
const STAMP_CUE = /\b(?:published|posted|updated|modified)\b/i;
/** Embedded tweets end with `— Name (@handle) June 28, 2019`: a quote's attribution, not a byline. */
const EMBEDDED_TWEET = /pic\.twitter\.com|t\.co\/|[—–-]\s*[^—–]{0,60}\(@\w+\)/;
const BY_NAME = /^[Bb][Yy]\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der|la|al|bin))*(?:\s*[,|–—-]\s*[\p{L}.'’ &-]{1,40})?$/u;

/** True when `text` repeats the headline, ignoring case, punctuation and spacing. */
export function isSameHeadline(text: string, headline: string): boolean {
  if (Math.abs(text.length - headline.length) > 10 + headline.length / 5) return false;
  const key = comparable(text);
  return key !== '' && key === comparable(headline);
}

/** Nav bars and link lists: many short items joined by `|`, ` - `, `•` or `/`. */
export function isLinkList(text: string): boolean {
  if (endsLikeSentence(text) && !text.includes('|')) return false;
  if ((text.match(/ [|•·/–-] |\|/g)?.length ?? 0) < 2) return false;
  const items = text.split(/\s+[|•·/]\s+|\s+[-–]\s+|\s*\|\s*/).filter((item) => item.trim() !== '');
  if (items.length < 3) return false;
  const words = items.reduce((sum, item) => sum + item.trim().split(/\s+/).length, 0);
  return words / items.length <= 4 && (items.length >= 5 || text.includes('|'));
}

/**
 * A line that only gives the date (and perhaps a section, site name or author): `Apr 26, 2022 - World`,
 * ` date 2022-04-27 UrduPoint.com`, `Updated: April 26, 2022, 10:55 PM`,
 * `Mohammad Ali (@handle) Published April 27, 2022 | 01:00 AM`.
 */
export function isDateline(text: string): boolean {
  if (text.length > 160 || EMBEDDED_TWEET.test(text)) return false;
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  const words = rest
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?/gi, ' ')
    .split(/[\s|,;:•·–—-]+/)
    .filter((w) => w !== '');
  if (HANDLE.test(rest) && !STAMP_CUE.test(rest)) return false;
  if (words.length <= 3 && !/[.!?]["”’]?$/.test(rest.trim())) return true;
  return words.length <= 8 && STAMP_CUE.test(rest) && !endsLikeSentence(text);
}

/** A byline without a date: `By Jane Doe`, `By Jane Doe and John Roe, CNN`, `Jane Doe (@janedoe)`. */
export function isByline(text: string): boolean {
  if (text.length > 100 || endsLikeSentence(text.replace(/\b(?:Jr|Sr)\.$/, ''))) return false;
  return BY_NAME.test(text) || (HANDLE.test(text) && text.split(/\s+/).length <= 6);
}

/** A photo caption or credit line. */
export function isCaption(text: string): boolean {
  if (text.length > 400) return false;
  if (CAPTION_CREDIT.test(text) || BRACKETED_CREDIT.test(text)) return true;
  return CAPTION_POSITION.test(text) && !endsLikeSentence(text) && text.length < 300;
}

/** Copyright lines, "All rights reserved", reprint and licensing notices. */
export function isFooterNotice(text: string): boolean {
  if (text.length > 400) return false;
  return COPYRIGHT.test(text) || RIGHTS_RESERVED.test(text) || DISCLAIMER.test(text) || /\breprint permission\b/i.test(text);
}

/** Newsletter and subscription boxes, "contributed to this report" credits, and similar promos. */
export function isPromo(text: string): boolean {
  if (text.length > 600) return false;
  if ((NEWSLETTER.test(text) && SIGN_UP.test(text)) || SIGN_UP_FOR_OURS.test(text)) return true;
  return text.length < 200 && (CONTRIBUTED.test(text) || RELATED_LINK.test(text));
}

/** `More from the study:` introduces more of the article itself, unlike `More on the US mid-terms`. */
const MORE_OF_THIS = /^more (?:from|in|on) .+:$/i;

export function isListHeading(text: string): boolean {
  return text.length <= 60 && LIST_HEADING.test(text) && !MORE_OF_THIS.test(text);
}

export function isRelativeTime(text: string): boolean {
  return RELATIVE_TIME.test(text);
}

/**
 * The name of the rule that marks this paragraph, on its own, as boilerplate; undefined for article text.
 * `headline` (when known) lets a repeated headline be recognised.
 */
export function boilerplateRule(text: string, context: { headline?: string; outlet?: string } = {}): string | undefined {
  const { headline, outlet } = context;
  if (text.length > 400) return isLinkList(text) ? 'link list' : undefined;
  if (SEPARATOR.test(text)) return 'separator';
  if (text.length <= 80 && FURNITURE.test(text)) return 'furniture';
  if (text.length <= 400 && FURNITURE_OPENING.test(text)) return 'caption or promo opening';
  if (isFooterNotice(text)) return 'footer notice';
  if (isPromo(text)) return 'promo';
  if (isRelativeTime(text)) return 'relative time';
  if (headline !== undefined && isSameHeadline(text, headline)) return 'repeated headline';
  if (outlet !== undefined && text.length <= outlet.length + 2 && comparable(text) === comparable(outlet)) return 'outlet name';
  if (isCaption(text)) return 'caption';
  if (isDateline(text)) return 'dateline';
  if (isByline(text)) return 'byline';
  if (isLinkList(text)) return 'link list';
  return undefined;
}
