/**
 * A source phrase whose head noun names a state of affairs, an event, a time, a quantity or a feeling
 * (`the situation`, `the end of a press conference`, `a softer tone`), or an adjective left without its
 * noun (`an initial` of `an initial warning message`), was cut from the wrong place: no speaker rather than
 * a wrong one. Descriptions of people, bodies and documents stay, whatever their qualifier names.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('descriptions whose head names nothing that speaks', () => {
  it('gives no speaker to `the situation` read as the subject of a clause after `said`', () => {
    const body = 'Press aide Dora Vance would not confirm the flights, but said the situation is grave and is one "we watch hourly."';
    expect(speaker(body, 'we watch hourly')).toBeUndefined();
  });

  it('gives no speaker to the time a remark was made (`toward the end of a briefing called …`)', () => {
    const body = 'Mayor Ilse Brandt spoke toward the end of a briefing called after the flood: "We are not here to guess."';
    expect(speaker(body, 'We are not here')).not.toBe('the end of a briefing');
  });

  it('gives no speaker to an adjective cut from a noun compound (`an initial warning message`)', () => {
    const body = 'The clip was hidden behind an initial warning message, which said it stayed up because "viewers may need it" later.';
    expect(speaker(body, 'viewers may need')).toBeUndefined();
  });

  it('gives no speaker to `The main` of a colon lead-in (`The main reason: "…"`)', () => {
    const body = 'The bureau released its study today. The main reason: "Few of the riders were ever alone."';
    expect(speaker(body, 'Few of the riders')).toBeUndefined();
  });

  it('gives no speaker to a tone or a mood (`a gentler tone urging …`)', () => {
    const body = 'The governor has swung between threats and a gentler tone urging "a pact of trust" with the unions.';
    expect(speaker(body, 'a pact of trust')).toBeUndefined();
  });

  it('keeps a body or a person whose qualifier names an event (`the group behind the event`, `a nurse at the crash`)', () => {
    expect(speaker('"We expect ten thousand people," said the group behind the event.', 'We expect')).toBe('the group behind the event');
    expect(speaker('"Nobody was trapped," said a nurse at the scene of the crash.', 'Nobody was')).toBe('a nurse');
  });

  it('keeps a spokesman, a nurse at a hospital and a mother (`the boy’s mother`)', () => {
    expect(speaker('"We regret the delay," a spokesman for the company said.', 'We regret')).toBe('a spokesman for the company');
    const nurse = 'Wards are short of masks, one nurse at the hospital said. "We wash them at night," the nurse said.';
    expect(speaker(nurse, 'We wash')).toBe('the nurse');
    expect(speaker('"He never came home," the boy\'s mother said.', 'He never')).toBe("the boy's mother");
  });

  it('keeps a person described by nationality (`a Chinese national`) and a strategist inside an operation', () => {
    expect(speaker('"I was held for a week," a Chinese national said.', 'I was held')).toBe('a Chinese national');
    expect(speaker('"We will win it," a strategist inside the Poe operation said.', 'We will win')).toBe(
      'a strategist inside the Poe operation',
    );
  });

  it('keeps a named body whose last word is capitalised (`the Crisis Group`) and a named person', () => {
    expect(speaker('"The talks have stalled," the International Crisis Group said.', 'The talks')).toBe('the International Crisis Group');
    expect(speaker('"We are watching it," Sen. Al Poe said of the situation.', 'We are watching')).toBe('Al Poe');
  });

  it('keeps a player called an end, and a person noun compounded with a speechless word', () => {
    const end = '"I saw the gap and took it," said the Hawks defensive end, who had two sacks on Sunday.';
    expect(speaker(end, 'I saw the gap')).toBe('the Hawks defensive end');
    const tight = 'Quarterback Lon Ravel threw three interceptions. "We left points out there," the tight end said.';
    expect(speaker(tight, 'We left points')).toBe('the tight end');
    const nurse = '"Let her rest now," said an end of life care nurse at the hospice.';
    expect(speaker(nurse, 'Let her rest')).toBe('an end of life care nurse');
    const campaigner = '"Pay us fairly," said a cost of living campaigner outside the hall.';
    expect(speaker(campaigner, 'Pay us fairly')).toBe('a cost of living campaigner outside the hall');
  });

  it('keeps a signature written in lower case', () => {
    const body =
      'The post drew replies by the thousand.\n\n"I was at that game and nobody left early." — tam price (@tamprice) June 3, 2019';
    expect(speaker(body, 'I was at that game')).toBe('tam price');
  });
});
