/**
 * The blocks of one group: an outlet (a section per excerpt, a context line per citation) or a
 * statement (who and how sure, each wording as a quote with its differences marked, its outlets).
 */
import type { CitationView, ExcerptView, Group, OutletGroup, StatementGroup, WordingView } from '../../present/view.ts';
import { countMore, moreFrom } from '../../present/words.ts';
import { context, divider, section, type Block } from './blocks.ts';
import { clip, inertMrkdwn, linkLabel, linkTarget, styledText, type StyledSpan } from './escape.ts';
import { BUDGET, SLACK_LIMITS } from './limits.ts';

export function groupBlocks(group: Group): Block[] {
  return group.kind === 'outlet' ? outletBlocks(group) : statementBlocks(group);
}

/** One outlet: a section (the quote) and a context line (its citation) per excerpt, then a divider. */
function outletBlocks(g: OutletGroup): Block[] {
  const blocks: Block[] = [];
  const shown = g.excerpts.slice(0, BUDGET.excerptsPerOutlet);
  const more = g.more + g.excerpts.length - shown.length;
  shown.forEach((e, i) => {
    blocks.push(section(excerptText(e)));
    const citation = [citationText(e.citation)];
    if (e.matchNote) citation.push(`_${e.matchNote}_`);
    if (i === shown.length - 1 && more) {
      // The way to see them, where there is one: Slack shows at most `excerptsPerOutlet` of an outlet.
      const way = shown.length < BUDGET.excerptsPerOutlet ? ` (add limit:${BUDGET.excerptsPerOutlet} to the query)` : '';
      citation.push(`… ${moreFrom(more, clip(inertMrkdwn(g.outlet), 200))}${way}`);
    }
    blocks.push(context(citation));
  });
  blocks.push(divider);
  return blocks;
}

/** `>“excerpt with *marked* words”` and, when known, `— *Speaker* (Mr Putin said)`. */
function excerptText(e: ExcerptView): string {
  const how = e.attribution ? ` (${clip(inertMrkdwn(e.attribution), 200)})` : '';
  const who = e.speaker ? `\n— *${clip(inertMrkdwn(e.speaker), 200)}*${how}` : '';
  const open = e.isQuote ? '“' : '';
  const close = e.isQuote ? '”' : '';
  const room = Math.min(BUDGET.excerptChars, SLACK_LIMITS.sectionText - who.length - 8);
  const text = e.text.replace(/\s/g, ' ');
  const spans = e.marks.map(([start, end]) => ({ start, end, style: '*' as const }));
  return `>${open}${styledText(text, spans, room)}${close}${who}`;
}

/** `*Outlet* · <url|Headline> · 2022-04-26 · ¶7` */
function citationText(c: CitationView): string {
  const outlet = `*${clip(inertMrkdwn(c.outlet), 200)}*${c.outletNote ? ` ${c.outletNote}` : ''}`;
  const headline = clip(inertMrkdwn(c.headline), BUDGET.headline);
  const url = linkTarget(c.url);
  const linked = url && url.length < BUDGET.citationChars - 250 ? `<${url}|${linkLabel(headline)}>` : headline;
  return [outlet, linked, clip(inertMrkdwn(c.date), 40), c.paragraph].join(' · ');
}

/** One statement: who and how sure, then each wording (as a quote, differences marked) and its outlets. */
function statementBlocks(st: StatementGroup): Block[] {
  const first = st.firstReport ? ` · ${clip(inertMrkdwn(st.firstReport.line), 600)}` : '';
  const blocks: Block[] = [section(`*${clip(inertMrkdwn(st.speaker), 200)}* · ${st.outlets} · ${st.match}${first}`)];
  const wordings = st.wordings.slice(0, BUDGET.variantsPerStatement);
  for (const w of wordings) {
    blocks.push(section(`>“${wordingText(w)}”`));
    blocks.push(context([wordingCitation(w)]));
  }
  const hidden = st.wordings.length - wordings.length;
  const paraphrases = st.paraphrases
    .slice(0, BUDGET.paraphrasesPerStatement)
    .map(
      (p) =>
        `*${clip(inertMrkdwn(p.outlet), 200)}* (paraphrase · ${p.paragraph}): ${clip(inertMrkdwn(p.sentence), BUDGET.paraphraseChars)}`,
    );
  const more = hidden + st.paraphrases.length - Math.min(st.paraphrases.length, BUDGET.paraphrasesPerStatement);
  if (more) paraphrases.push(`… ${countMore(more, 'wording')}`);
  if (paraphrases.length) blocks.push(context(paraphrases));
  blocks.push(divider);
  return blocks;
}

/** The wording's words, added words in bold and removed ones struck through. */
function wordingText(w: WordingView): string {
  if (!w.diff.length) return styledText(w.text.replace(/\s/g, ' '), [], BUDGET.excerptChars);
  let text = '';
  const spans: StyledSpan[] = [];
  for (const part of w.diff) {
    const piece = part.text.replace(/\s/g, ' ');
    if (part.op !== 'same' && text && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    const start = text.length;
    text += piece;
    if (part.op !== 'same') spans.push({ start, end: text.length, style: part.op === 'added' ? '*' : '~' });
  }
  return styledText(text, spans, BUDGET.excerptChars, { '*': ['{+', '+}'], '~': ['[-', '-]'] });
}

function wordingCitation(w: WordingView): string {
  const tag = w.tag ? ` (${w.tag})` : '';
  const line = (cite: (c: CitationView) => string) => {
    const cites = w.citations.slice(0, 6).map(cite);
    if (w.citations.length > cites.length) cites.push(`${w.citations.length - cites.length} more`);
    const editorial = w.editorial ? ` · ${clip(inertMrkdwn(w.editorial), 200)}` : '';
    return `*${clip(inertMrkdwn(w.label), 600)}*${tag}${editorial} · ${cites.join(', ')}`;
  };
  const linked = line(shortCitation);
  return linked.length <= SLACK_LIMITS.contextElementText ? linked : clip(line(citationLabel), SLACK_LIMITS.contextElementText);
}

function citationLabel(c: CitationView): string {
  return `${clip(inertMrkdwn(c.outlet), 100)} ${c.paragraph}`;
}

/** `<url|Outlet ¶7>`, or unlinked when the article has no usable URL. */
function shortCitation(c: CitationView): string {
  const label = citationLabel(c);
  const url = linkTarget(c.url);
  return url && url.length < 400 ? `<${url}|${linkLabel(label)}>` : label;
}
