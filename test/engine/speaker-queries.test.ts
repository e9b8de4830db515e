/**
 * Speaker queries reuse work between requests (regroupings remembered by their members, each
 * audience's quotes indexed by speaker): an answer never depends on what was asked before, or by
 * whom. Each answer equals the one a fresh engine gives to the same audience.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/index.ts';
import { userMessage } from '../../src/errors.ts';
import { harbourCorpus } from '../support/harbour-corpus.ts';
import { CORPUS_DIR } from '../support/seed-engine.ts';
import { BEFORE_LIFT, hiddenEngine, hiddenInWire, hiddenOutsideWire, LIFT } from './hidden-corpus.ts';

type Ask = (engine: Engine) => unknown;

/** An answer, or the message of the error it throws (a speaker the audience cannot see is unknown to it). */
const attempt = (run: () => unknown): unknown => {
  try {
    return run();
  } catch (error) {
    return { error: userMessage(error).message };
  }
};

/** The questions an audience that may not see `hidden` asks about one speaker. */
function questions(surname: string, hidden?: ReadonlySet<string>): Ask[] {
  const quote = (query: string) => (e: Engine) => attempt(() => e.search({ command: 'quote', query, hiddenOutlets: hidden }));
  return [quote(surname), quote(`speaker:${surname}`), (e) => attempt(() => e.compare({ query: surname, hiddenOutlets: hidden }))];
}

/** Surnames of the most quoted people, and the outlet with most articles (hidden from the second audience). */
function askedAbout(engine: Engine): { surnames: string[]; hidden: Set<string> } {
  const people = engine.speakerList().filter((s) => s.name.includes(' '));
  const surnames = [...new Set(people.slice(0, 6).map((s) => s.name.split(' ').pop()!))];
  return { surnames, hidden: new Set(engine.outletNames().slice(0, 1)) };
}

async function checkOrderFree(make: () => Engine | Promise<Engine>): Promise<void> {
  const asked = await make();
  const { surnames, hidden } = askedAbout(asked);
  expect(surnames.length).toBeGreaterThan(1);
  for (const surname of surnames) {
    // Everyone first, then the audience without one outlet, then everyone again.
    const first = questions(surname).map((q) => q(asked));
    const partial = questions(surname, hidden).map((q) => q(asked));
    const again = questions(surname).map((q) => q(asked));
    expect(again).toEqual(first);
    // A fresh engine asked in the other order gives the same answers.
    const fresh = await make();
    expect(questions(surname, hidden).map((q) => q(fresh))).toEqual(partial);
    expect(questions(surname).map((q) => q(fresh))).toEqual(first);
  }
}

describe('speaker queries answer alike whatever was asked before', () => {
  it('on the harbour corpus, each audience gets the answers a fresh engine gives it', async () => {
    await checkOrderFree(() => new Engine(harbourCorpus()));
  });

  it('on the seeds, each audience gets the answers a fresh engine gives it', async () => {
    const load = await loadCorpus(CORPUS_DIR);
    await checkOrderFree(() => new Engine(load));
  });

  it('across an embargo lift and the restricted outlet, each audience at each instant gets what a fresh engine gives it', () => {
    let now = LIFT + 60_000;
    const asked = hiddenEngine(() => now);
    const moments = [LIFT + 60_000, BEFORE_LIFT, LIFT + 60_000, BEFORE_LIFT];
    for (const at of moments)
      for (const hidden of [undefined, hiddenOutsideWire, hiddenInWire, undefined])
        for (const surname of ['Lindqvist', 'Odo Lindqvist', 'Halvorsen', 'Brit Halvorsen']) {
          now = at;
          const got = questions(surname, hidden).map((q) => q(asked));
          const fresh = hiddenEngine(() => at);
          expect(got).toEqual(questions(surname, hidden).map((q) => q(fresh)));
        }
  });
});
