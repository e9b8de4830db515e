/**
 * Commands as a channel runs them (through dispatch, with that channel's access): an outlet
 * restricted to another channel, and an article still under embargo, leave no trace in the answers.
 */
import { describe, expect, it } from 'vitest';
import type { Invocation } from '../../commands/invocation.ts';
import type { Access } from '../../src/access/index.ts';
import { dispatch } from '../../src/dispatch.ts';
import { silentLogger } from '../../src/logger.ts';
import { BEFORE_LIFT, hiddenEngine, hiddenInWire, hiddenOutsideWire, LIFT, RESTRICTED } from '../engine/hidden-corpus.ts';

const general: Access = { hiddenOutlets: hiddenOutsideWire };
const wire: Access = { hiddenOutlets: hiddenInWire };

describe('commands in a channel that may not see an outlet', () => {
  const engine = hiddenEngine(() => LIFT);
  const run = (invocation: Invocation, access: Access) => dispatch(engine, invocation, silentLogger(), access);

  it('counts in /sources only what the channel may see, totals and warnings included', async () => {
    const here = await run({ command: 'sources', options: {} }, general);
    const there = await run({ command: 'sources', options: {} }, wire);
    if (here.kind !== 'sources' || there.kind !== 'sources') throw new Error('expected sources');
    expect(here.outlets.map((o) => o.outlet).sort()).toEqual(['Coastal Times', 'Harbour Gazette', 'Sealed Ledger']);
    expect([here.articles, here.quotes, here.speakers, here.passages]).toEqual([3, 4, 2, 5]);
    expect(here.warnings).toEqual([]);
    expect([there.articles, there.quotes, there.speakers]).toEqual([5, 6, 3]);
    expect(there.warnings).toEqual([{ file: 'wire/undated.md', reason: 'no date found' }]);
  });

  it('gives the restricted outlet, as an option, the error a made-up outlet gets', async () => {
    const asked = async (outlet: string) => JSON.stringify(await run({ command: 'quote', options: { query: 'ferry', outlet } }, general));
    expect(await asked(RESTRICTED)).toContain('unknown_outlet');
    expect((await asked(RESTRICTED)).replace(RESTRICTED, 'X')).toBe((await asked('Tide Herald')).replace('Tide Herald', 'X'));
  });

  it('answers /quote for a speaker only the restricted outlet quotes as for a name nobody has', async () => {
    const asked = async (speaker: string) =>
      JSON.stringify(await run({ command: 'quote', options: { query: 'ferry', speaker } }, general)).replaceAll(speaker, 'X');
    expect(await asked('Halvorsen')).toBe(await asked('Zebedee'));
    expect(await asked('Halvorsen')).not.toContain('Brit');
  });

  it('lets /who and /compare find nothing of the restricted outlet, and the wire channel everything', async () => {
    const who = await run({ command: 'who', options: { query: '"paid in full"' } }, general);
    expect(JSON.stringify(who)).not.toMatch(/Halvorsen|Wire Desk/);
    const there = await run({ command: 'who', options: { query: '"paid in full"' } }, wire);
    expect(JSON.stringify(there)).toContain('Brit Halvorsen');
  });
});

describe('commands before an embargo lifts', () => {
  it('name the speaker as the visible article does, in every command', async () => {
    const engine = hiddenEngine(() => BEFORE_LIFT);
    const open: Access = { hiddenOutlets: new Set() };
    const answers = await Promise.all(
      [
        { command: 'quote', options: { query: 'Lindqvist' } },
        { command: 'quote', options: { query: 'timetable', speaker: 'Lindqvist' } },
        { command: 'search', options: { query: 'Lindqvist' } },
        { command: 'who', options: { query: '"ferry timetable"' } },
        { command: 'compare', options: { query: 'timetable' } },
        { command: 'sources', options: {} },
        { command: 'quote', options: { query: 'ferry', speaker: 'Zebedee' } },
      ].map((invocation) => dispatch(engine, invocation, silentLogger(), open)),
    );
    const text = JSON.stringify(answers);
    expect(text).toContain('"speaker":"Lindqvist"');
    expect(text).not.toMatch(/Odo|Treasurer|Sealed Ledger/);
  });
});
