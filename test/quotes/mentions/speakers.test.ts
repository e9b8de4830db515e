import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { SpeakerRegistry, foldName } from '../../../src/quotes/mentions/speakers.ts';

describe('foldName', () => {
  it('accent-folds and lower-cases a name', () => {
    expect(foldName('António Guterres')).toBe('antonio guterres');
    expect(foldName('  Stéphane  DUJARRIC ')).toBe('stephane dujarric');
  });
});

describe('speakers within an article', () => {
  it('merges Mr Putin, Putin, Vladimir Putin and Russian President Vladimir Putin into one person with the fullest name', () => {
    const body = [
      '"We hope," Putin said.',
      'Russian President Vladimir Putin met the UN chief.',
      '"We negotiate," Mr Putin said.',
      '"We do not reject talks," said President Putin.',
    ].join('\n\n');
    const speakers = extractQuotes(body).map((q) => q.speaker);
    expect(speakers).toHaveLength(3);
    for (const s of speakers) expect(s).toEqual({ name: 'Vladimir Putin', key: 'vladimir putin', kind: 'person' });
  });

  it('keeps the accented spelling as written and folds the key', () => {
    const q = extractQuotes('UN chief António Guterres arrived.\n\n"We must help," Guterres said.')[0];
    expect(q?.speaker).toEqual({ name: 'António Guterres', key: 'antonio guterres', kind: 'person' });
  });
});

describe('SpeakerRegistry', () => {
  const articles = () => [
    extractQuotes('Russian President Vladimir Putin spoke.\n\n"We hope," Putin said. "We negotiate."'),
    extractQuotes('"There was a provocation," Putin said.'),
    extractQuotes('UN chief António Guterres arrived.\n\n"We must help," Guterres said.'),
    extractQuotes('Antonio Guterres spoke.\n\n"Corridors now," Guterres said.'),
    extractQuotes('"Not a good idea," an adviser to Zelensky said.'),
  ];

  it('maps a lone surname to the one known person with that surname', () => {
    const arts = articles();
    expect(arts[1]?.[0]?.speaker?.key).toBe('putin');
    new SpeakerRegistry().unify(arts);
    expect(arts[1]?.[0]?.speaker).toEqual({ name: 'Vladimir Putin', key: 'vladimir putin', kind: 'person' });
  });

  it('merges names that differ only by accents', () => {
    const arts = articles();
    const registry = new SpeakerRegistry();
    registry.unify(arts);
    expect(arts[2]?.[0]?.speaker?.key).toBe('antonio guterres');
    expect(arts[3]?.[0]?.speaker?.key).toBe('antonio guterres');
    expect(arts[3]?.[0]?.speaker?.name).toBe(arts[2]?.[0]?.speaker?.name);
  });

  it('looks up speakers by surname, full name or key, ignoring case and accents', () => {
    const registry = new SpeakerRegistry();
    registry.unify(articles());
    expect(registry.lookup('putin').map((s) => s.key)).toEqual(['vladimir putin']);
    expect(registry.lookup('Vladimir Putin').map((s) => s.key)).toEqual(['vladimir putin']);
    expect(registry.lookup('GUTERRES').map((s) => s.key)).toEqual(['antonio guterres']);
    expect(registry.lookup('António Guterres')).toHaveLength(1);
    expect(registry.lookup('Bucha')).toEqual([]);
  });

  it('lists speakers with their quote counts, most quoted first', () => {
    const registry = new SpeakerRegistry();
    registry.unify(articles());
    const list = registry.list();
    expect(list[0]).toEqual({ speaker: { name: 'Vladimir Putin', key: 'vladimir putin', kind: 'person' }, quotes: 3 });
    expect(list.find((e) => e.speaker.kind === 'unnamed')).toEqual({
      speaker: { name: 'an adviser to Zelensky', key: 'an adviser to zelensky', kind: 'unnamed' },
      quotes: 1,
    });
  });
});
