/**
 * What a reader may not see (an embargoed article, an outlet restricted to other channels) leaves
 * no trace in any answer, list, count, error message, suggestion or export: not its text, not its
 * outlet's name, not a name learned only from it. The strongest form: the answers are those of a
 * corpus without it.
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { Engine } from '../../src/engine/index.ts';
import { userMessage } from '../../src/errors.ts';
import { BEFORE_LIFT, hiddenEngine, hiddenInWire, hiddenOutsideWire, LIFT, RESTRICTED, comparable, shown } from './hidden-corpus.ts';

/** An answer, or the message of the error it throws. */
const attempt = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return { error: userMessage(error).message };
  }
};

/** Every kind of answer the engine gives, for an audience that may not see `hidden` outlets. */
function everything(engine: Engine, hidden?: ReadonlySet<string>): Record<string, unknown> {
  const quote = (query: string) => attempt(() => engine.search({ command: 'quote', query, hiddenOutlets: hidden }));
  const search = (query: string) => attempt(() => engine.search({ command: 'search', query, hiddenOutlets: hidden }));
  return {
    quoteSurname: quote('Lindqvist'),
    quoteFull: quote('Odo Lindqvist'),
    quoteTopic: quote('Lindqvist timetable'),
    quoteWire: quote('Halvorsen'),
    quoteWireFull: quote('Brit Halvorsen keeper'),
    quoteUnknownSpeaker: quote('speaker:Zebedee'),
    quoteFirstName: quote('speaker:Brit'),
    quoteDates: quote('ferry since:2029-12-01'),
    quoteOutlet: quote('ferry outlet:harbour'),
    searchFirstName: search('Odo'),
    searchFirstNameTopic: search('Odo ferry'),
    quoteFirstNameTopic: quote('Odo timetable'),
    searchWire: search('keeper'),
    searchFerry: search('ferry'),
    compare: attempt(() => engine.compare({ query: 'ferry timetable', hiddenOutlets: hidden })),
    who: attempt(() => engine.who('"ferry timetable"', hidden)),
    whoWire: attempt(() => engine.who('"paid in full"', hidden)),
    sources: engine.sources(hidden),
    speakers: engine.speakerList(hidden),
    suggestions: ['', 'o', 'lind', 'hal', 'brit', 'tre', 'com'].map((typed) => engine.speakerSuggestions(typed, hidden)),
    outlets: ['', 'w', 'desk', 'sea'].map((typed) => engine.outletSuggestions(typed, hidden)),
    export: engine.quoteRows(hidden),
    statements: engine
      .statementList(hidden)
      .map((s) => ({ speaker: s.speaker.name, outlets: s.outlets, quotes: s.members.map((m) => m.quote.text) })),
  };
}

describe('embargoed articles leave no trace through speaker names', () => {
  it('names a speaker by the surname a visible article gives while only an embargoed article gives the full name', () => {
    const engine = hiddenEngine(() => BEFORE_LIFT);
    const answer = engine.search({ command: 'quote', query: 'Lindqvist' });
    expect(answer.parsed.speaker).toBe('Lindqvist');
    expect(answer.total).toBe(1);
    expect(answer.results[0]?.excerpts[0]?.speaker).toBe('Lindqvist');
    expect(engine.speakerList()).toContainEqual({ name: 'Lindqvist', quotes: 1 });
    expect(engine.speakerSuggestions('lind')).toEqual([{ name: 'Lindqvist', quotes: 1 }]);
    expect(engine.quoteRows().find((r) => r.mention === 'Lindqvist')?.speaker).toBe('Lindqvist');
  });

  it('does not read a name form only an embargoed article gives, in a query, a speaker filter or a search', () => {
    const engine = hiddenEngine(() => BEFORE_LIFT);
    expect(engine.search({ command: 'search', query: 'Odo' }).total).toBe(0);
    expect(engine.speakerSuggestions('odo')).toEqual([]);
    expect(() => engine.search({ command: 'quote', query: 'speaker:"Odo Lindqvist"' })).toThrow(/No speaker matches/);
    const quoted = engine.search({ command: 'quote', query: 'Odo Lindqvist' });
    expect(quoted.results).toEqual([]);
  });

  it('shows no word of the embargoed article anywhere, errors included', () => {
    const all = shown(everything(hiddenEngine(() => BEFORE_LIFT)));
    expect(all.match(/.{80}(Odo|Treasurer|Sealed Ledger|doubles).{40}/g)).toBeNull();
  });

  it('answers exactly as a corpus without the embargoed article until the embargo lifts', () => {
    const withIt = everything(hiddenEngine(() => BEFORE_LIFT));
    const without = everything(hiddenEngine(() => BEFORE_LIFT, ['ledger.md']));
    for (const key of Object.keys(without)) expect(comparable(withIt[key]), key).toBe(comparable(without[key]));
  });

  it('names the speaker in full, everywhere, once the embargo lifts', () => {
    let now = BEFORE_LIFT;
    const engine = hiddenEngine(() => now);
    now = LIFT;
    const answer = engine.search({ command: 'quote', query: 'Lindqvist' });
    expect(answer.parsed.speaker).toBe('Treasurer Odo Lindqvist');
    expect(answer.results.flatMap((r) => r.excerpts.map((e) => e.speaker))).toEqual(['Treasurer Odo Lindqvist', 'Treasurer Odo Lindqvist']);
    expect(engine.speakerSuggestions('odo')).toEqual([{ name: 'Treasurer Odo Lindqvist', quotes: 2 }]);
    expect(engine.search({ command: 'quote', query: 'speaker:"Treasurer Lindqvist"' }).total).toBe(2);
    expect(engine.quoteRows().filter((r) => r.speaker === 'Treasurer Odo Lindqvist')).toHaveLength(2);
  });
});

describe('restricted outlets leave no trace in channels that may not see them', () => {
  it('answers such a channel exactly as a corpus without the outlet', () => {
    const restricted = everything(
      hiddenEngine(() => LIFT),
      hiddenOutsideWire,
    );
    const without = everything(hiddenEngine(() => LIFT, ['wire/keepers.md', 'wire/undated.md']));
    for (const key of Object.keys(without)) expect(comparable(restricted[key]), key).toBe(comparable(without[key]));
    expect(shown(restricted).match(/.{80}(Wire Desk|Halvorsen|Brit|keepers?\b|lighthouse|wire\/).{40}/gi)).toBeNull();
  });

  it('refuses outlet:<restricted outlet> with the error an outlet that does not exist gets', () => {
    const engine = hiddenEngine(() => LIFT);
    const asked = (outlet: string) =>
      attempt(() => engine.search({ command: 'search', query: `ferry outlet:"${outlet}"`, hiddenOutlets: hiddenOutsideWire }));
    expect(asked(RESTRICTED)).toEqual({ error: expect.stringContaining('No outlet matches') });
    expect(JSON.stringify(asked(RESTRICTED)).replace(RESTRICTED, 'X')).toBe(
      JSON.stringify(asked('Tide Herald')).replace('Tide Herald', 'X'),
    );
    // Nor is a near spelling of it read as the outlet ("did you mean" would name it).
    expect(asked('Wire Dsk')).toEqual({ error: expect.stringContaining('No outlet matches "Wire Dsk"') });
    expect(JSON.stringify(asked('Wire Dsk'))).not.toContain(RESTRICTED);
  });

  it('answers a speaker quoted only by the restricted outlet as one that never existed', () => {
    const engine = hiddenEngine(() => LIFT);
    const quote = (query: string) => attempt(() => engine.search({ command: 'quote', query, hiddenOutlets: hiddenOutsideWire }));
    expect(JSON.stringify(quote('speaker:Halvorsen')).replace('Halvorsen', 'X')).toBe(
      JSON.stringify(quote('speaker:Zebedee')).replace('Zebedee', 'X'),
    );
    expect(JSON.stringify(quote('Halvorsen')).replaceAll('Halvorsen', 'X')).toBe(
      JSON.stringify(quote('Zebedee')).replaceAll('Zebedee', 'X'),
    );
  });

  it('still shows the outlet, its speakers and its counts in its own channel', () => {
    const engine = hiddenEngine(() => LIFT);
    const answer = engine.search({ command: 'quote', query: 'Halvorsen', hiddenOutlets: hiddenInWire });
    expect(answer.parsed.speaker).toBe('Brit Halvorsen');
    expect(answer.results.map((r) => r.outlet)).toEqual([RESTRICTED]);
    expect(engine.speakerSuggestions('hal', hiddenInWire)).toEqual([{ name: 'Brit Halvorsen', quotes: 2 }]);
    expect(engine.sources(hiddenInWire).articles).toBe(engine.sources(hiddenOutsideWire).articles + 2);
  });
});

describe('statements link only through what the reader may see', () => {
  const doc = (file: string, text: string) => loadDocument(file, Buffer.from(text), { markdown: true }).articles;
  const corpus = () => ({
    articles: [
      ...doc(
        'tolls.md',
        '---\noutlet: Harbour Gazette\ntitle: Tolls to fall\npublished: 2029-12-30\n---\n"Harbour tolls will fall by half in March for every islander," Mayor Ansel Kirk said.\n',
      ),
      ...doc(
        'night.md',
        '---\noutlet: Coastal Times\ntitle: Night ferries\npublished: 2029-12-30\n---\n"Night ferries will sail every hour from April onwards," Mayor Ansel Kirk said.\n',
      ),
      ...doc(
        'both.md',
        '---\noutlet: Sealed Ledger\ntitle: Tolls and ferries\npublished: 2029-12-31\nembargo: 2030-01-01T09:00:00Z\n---\n' +
          '"Harbour tolls will fall by half in March for every islander, and night ferries will sail every hour from April onwards," Mayor Ansel Kirk said.\n',
      ),
    ],
    skipped: [],
    warnings: [],
  });

  it('does not present two different quotes as one statement because an embargoed article holds both', () => {
    let now = BEFORE_LIFT;
    const engine = new Engine(corpus(), { clock: () => now });
    expect(engine.compare({ query: 'tolls' }).statements).toEqual([]);
    expect(engine.search({ command: 'quote', query: 'Kirk tolls' }).statements).toBeUndefined();
    expect(engine.statementList().map((s) => s.outlets)).toEqual([['Coastal Times'], ['Harbour Gazette']]);
    now = LIFT;
    expect(engine.compare({ query: 'tolls' }).statements.map((s) => s.outlets)).toEqual([
      ['Coastal Times', 'Harbour Gazette', 'Sealed Ledger'],
    ]);
  });
});
