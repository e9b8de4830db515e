/**
 * `"…," Roe agreed.`: a verb of agreeing right after a quotation that its sentence goes on from is an
 * attribution like `said`. After a quotation that closes its sentence (`"…." Roe agreed. "…"`) it answers
 * the words before, which are someone else's; and `the court will agree`, `Roe did not agree` report no
 * words at all.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a verb of agreeing after a quotation', () => {
  it('gives the quotation to who agreed, after a comma', () => {
    expect(speaker('"The ferry is always late," harbour pilot Wren Osei agreed.', 'The ferry')).toBe('Wren Osei');
    expect(speaker('"Nobody reads the minutes," Councillor Ivo Brandt disagreed, "but they should."', 'Nobody reads')).toBe('Ivo Brandt');
  });

  it('does not give a quotation that closes its sentence to who agrees after it', () => {
    const body =
      '"We should sell the depot now," said Mara Quint, the treasurer. "Prices will only fall." Board member Tobias Lenk agreed. "It costs us every month."';
    expect(speaker(body, 'Prices will only')).toBe('Mara Quint');
  });

  it('reads no attribution in agreeing that is only expected or denied', () => {
    const body = 'The union argued that the cuts were "plainly unlawful" and that there was a "real chance" the tribunal will agree.';
    expect(speaker(body, 'real chance')).not.toBe('the tribunal');
  });
});
