/**
 * Readability's article HTML → paragraphs of plain text, one per block (paragraph, heading, list
 * item, quotation, table cell, figure caption), inline markup flattened, whitespace folded, two
 * `<br>`s in a row read as a paragraph break. Headings come back marked so the Markdown keeps them.
 */
import { parseHTML } from 'linkedom';

/** The little of a DOM node the walk reads (linkedom's nodes have it). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  tagName?: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface Block {
  text: string;
  heading: boolean;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'OBJECT', 'CANVAS']);

export function htmlBlocks(html: string): Block[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: Block[] = [];
  let current = '';
  let heading = false;
  let breaks = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push({ text, heading });
    current = '';
    heading = false;
    breaks = 0;
  };
  const walk = (node: DomNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        if (value.trim()) breaks = 0;
        current += value;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child.tagName ?? '').toUpperCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        if (++breaks >= 2) flush();
        else current += ' ';
        continue;
      }
      if (!BLOCK.has(tag)) {
        walk(child);
        continue;
      }
      flush();
      heading = /^H[1-6]$/.test(tag);
      walk(child);
      flush();
    }
  };
  walk(document.body as unknown as DomNode);
  flush();
  return blocks;
}
