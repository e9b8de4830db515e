import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { sentenceStart, type ArticleContext } from '../../../src/quotes/mentions/context.ts';
import { headPatterns } from '../../../src/quotes/resolution/named-later.ts';
import { occupationHead } from '../../../src/quotes/resolution/described-fit.ts';
import { splitParagraphs } from '../../../src/quotes/finding/paragraphs.ts';
import { ArticlePeople } from '../../../src/quotes/mentions/speakers.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function context(text: string): ArticleContext {
  return { text, masked: text, paragraphs: splitParagraphs(text), tokens: [], people: new ArticlePeople([]), spoken: [] };
}

/** Ask `sentenceStart` about a new article, keeping only a weak reference to its context. */
function askAndForget(): WeakRef<ArticleContext> {
  const ctx = context('Rain fell all day. Nobody came to the fair.');
  expect(sentenceStart(ctx, ctx.text.indexOf('came'), 0)).toBe(ctx.text.indexOf('Nobody'));
  return new WeakRef(ctx);
}

describe('what extraction keeps after an article', () => {
  it('does not keep the last article asked about alive once its extraction is over', async () => {
    const ref = askAndForget();
    for (let n = 0; n < 5 && ref.deref(); n++) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
    }
    expect(ref.deref()).toBeUndefined();
  });
});

describe('the head-noun patterns of descriptions named later', () => {
  it('keeps patterns for a bounded number of heads, the oldest given up first', () => {
    const first = headPatterns('spokesman');
    expect(headPatterns('spokesman')).toBe(first);
    for (let n = 0; n < 2000; n++) headPatterns(`${n}-year-old`);
    expect(headPatterns('spokesman')).not.toBe(first);
  });

  it('matches a head holding a pattern character as plain text', () => {
    const [, alone] = headPatterns('aide(s)');
    expect(alone.test('the aide(s) said')).toBe(true);
    expect(alone.test('the aides said')).toBe(false);
  });
});

describe('occupation heads the article wrote before', () => {
  it('needs the occupation as a whole word, not the start of a longer one', () => {
    const aided = context('Volunteers aided the crew all night. Later the aide spoke.');
    expect(occupationHead(aided, 'aide', aided.text.indexOf('the aide'))).toBe(false);
    const aide = context('An aide to the mayor stayed all night. Later the aide spoke.');
    expect(occupationHead(aide, 'aide', aide.text.indexOf('the aide'))).toBe(true);
    const ceo = context('Acme CEO Jo Roe stayed. Later the ceo spoke.');
    expect(occupationHead(ceo, 'ceo', ceo.text.indexOf('the ceo'))).toBe(true);
  });
});
