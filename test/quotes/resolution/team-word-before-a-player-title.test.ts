/**
 * A team's name glued before a player's title (`Comets superstar Ines Duval`, `Rovers striker Leo Grant`) is a
 * modifier: the person named after the title speaks, never the team.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a team word before a player’s title', () => {
  it('gives the words to the player after `superstar`', () => {
    const body = 'Comets superstar Ines Duval jumped into the stadium fight, posting that the owners were "playing games with the city."';
    expect(speaker(body, 'playing games')).toBe('Ines Duval');
  });

  it('gives the words to the player after a playing position (`quarterback`)', () => {
    const body = 'Falcons quarterback Eli Varga joined the protest on Sunday, writing that the ban was "an insult to the fans."';
    expect(speaker(body, 'an insult to the fans')).toBe('Eli Varga');
  });
});
