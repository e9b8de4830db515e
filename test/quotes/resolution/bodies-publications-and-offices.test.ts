/**
 * Round 12 (issue 13): organisations, publications and documents as speakers. Our own sentences, in
 * the shapes of the tuning sets' misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a body named with a word that ends only bodies’ names', () => {
  it('is the speaker `it` stands for in a relative clause after the body’s whole name (`America Forward PAC`, not `America`)', () => {
    const body =
      'The weekend was busy for both campaigns. America Forward PAC then followed up on Friday with a short film which it says ' +
      'shows "the grave doubts about Smith raised in the hearing." Nothing else happened.';
    expect(speakerStarting(body, 'the grave doubts')).toMatchObject({ name: 'America Forward PAC', kind: 'organisation' });
  });

  it('is an organisation, never a person, when its name ends in `PAC`', () => {
    const body = 'Lakeshore Values PAC disputed the figures. "Nobody paid for those ads but our members," Lakeshore Values PAC said.';
    expect(speakerStarting(body, 'Nobody paid')).toMatchObject({ name: 'Lakeshore Values PAC', kind: 'organisation' });
  });
});

describe('a description of a publication named earlier', () => {
  it('is the review whose whole name the article wrote (`the review` after `the Stanford Media Review`)', () => {
    const body =
      'Readers should compare outlets, says the Stanford Media Review in its new issue. Reading widely matters, according to the ' +
      'Review, because it builds trust. "Meeting people is useful when they agree but even more so when they argue," the review stated.';
    expect(speakerStarting(body, 'Meeting people')).toMatchObject({ name: 'Stanford Media Review', kind: 'organisation' });
  });
});

describe('a finding quoted from a document', () => {
  it('is the issuer’s when a participle follows the document it released (`X released a survey showing that "…"`)', () => {
    const body =
      'Clinics were busy all winter. The Colorado Dental Association released a survey this week showing that ' +
      '"clinics in states that expanded coverage saw more patients." Nothing else changed.';
    expect(speakerStarting(body, 'clinics in states')).toMatchObject({ name: 'the Colorado Dental Association', kind: 'organisation' });
  });

  it('is a person’s when the person released the document (`Jo Marsh published a study on Monday finding "…"`)', () => {
    const body = 'The debate went on. Jo Marsh published a short study on Monday finding "no link at all" between the two.';
    expect(speakerStarting(body, 'no link at all')).toMatchObject({ name: 'Jo Marsh', kind: 'person' });
  });

  it('is the document when a relative clause makes it the one that found (`a report on X, which concluded that its officers "…"`)', () => {
    const body =
      'Last year the ministry published a harsh report on the Lakeview police, which concluded that its officers ' +
      '"use force far too often," as well as illegally. Nothing else happened.';
    expect(speakerStarting(body, 'use force far too often')).toMatchObject({ name: 'a harsh report', kind: 'unnamed' });
  });

  it('is nobody’s by this rule when the verb after the document is no verb of finding', () => {
    const body = 'The ministry published a harsh report on the police, which angered officers who called it "a hatchet job" on Friday.';
    expect(speakerStarting(body, 'a hatchet job')?.name).not.toBe('a harsh report');
  });
});

describe('`the agency` after a government body named earlier', () => {
  it('is that body, named in full (`the Bureau of Prisons`, `the Food and Drug Administration`)', () => {
    const body =
      'Inmates waited for months. The Bureau of Prisons paid the claims for years. ' +
      '"There is no way of getting the money back without new rules," the agency said.';
    expect(speakerStarting(body, 'There is no way')).toMatchObject({ name: 'Bureau of Prisons', kind: 'organisation' });
  });

  it('is the body whose initials the article wrote since (`the BOP`), and nobody named when other initials came between (`the EPA`)', () => {
    const same =
      'Inmates waited. The Bureau of Prisons paid the claims. The BOP denied it. "We followed every rule we had," the agency said.';
    expect(speakerStarting(same, 'We followed')?.name).toBe('Bureau of Prisons');
    const other =
      'Seas are rising. The National Oceanic and Atmospheric Administration tracks storms. Coasts are at risk, according to the EPA. ' +
      'In addition, the agency concludes that the oceans "are absorbing more of the gas" every year.';
    expect(speakerStarting(other, 'are absorbing')?.name).not.toBe('National Oceanic and Atmospheric Administration');
  });

  it('is not a business named like one (`the Acme Delivery Service`) nor a body named before another agency (`a state agency`)', () => {
    const business =
      'The Food and Drug Administration approved the drug on Friday. Tom Reed, who runs the Acme Delivery Service, objected to the timing. ' +
      '"We followed the science," the agency said.';
    expect(speakerStarting(business, 'We followed')?.name).not.toBe('Acme Delivery Service');
    const another =
      'The city’s Department of Parks closed the pool. A state agency reviewed the case. "The pool was unsafe," the agency said.';
    expect(speakerStarting(another, 'The pool was')?.name).not.toBe('Department of Parks');
  });

  it('is not the agency that spoke last for `the union`', () => {
    const body =
      'Flights were late. "We are short of staff," the Federal Aviation Administration said. The Aviation Safety Specialists, ' +
      'a union of inspectors, listed failures. "Repairs now wait a day," the union said.';
    expect(speakerStarting(body, 'Repairs now wait')?.name).not.toBe('Federal Aviation Administration');
  });
});

describe('a body’s name found before its description', () => {
  it('does not run across a sentence end (`… Set You Free. The Journalism Review` is `Journalism Review`)', () => {
    const body =
      'She wrote the book Truth Will Set You Free. The Journalism Review covered it. "Nobody read it at first," the review says.';
    expect(speakerStarting(body, 'Nobody read it')?.name).toBe('Journalism Review');
  });
});

describe('a body a person has, named by a pronoun (`his office`, `her campaign`)', () => {
  it('is that person’s body, an organisation', () => {
    const office =
      'Prime Minister Abiy Tesfaye won the prize on Friday. He thanked the panel. "We are proud as a nation," his office said.';
    expect(speakerStarting(office, 'We are proud')).toMatchObject({ name: "Abiy Tesfaye's office", kind: 'organisation' });
    const campaign = 'Senator Jane Roe plans a run. "She will announce on Monday," her campaign said.';
    expect(speakerStarting(campaign, 'She will announce')).toMatchObject({ name: "Jane Roe's campaign", kind: 'organisation' });
  });

  it('keeps its words when another person in reach may be `his` or `her` (`Sam Cole`, `Jo Roe`), or the owner rules no government', () => {
    const two =
      'Prime Minister Tom Reed called the leader of the opposition, Sam Cole, on Monday. Cole asked for a debate. "We refuse," his government said.';
    expect(speakerStarting(two, 'We refuse')?.name).not.toBe("Sam Cole's government");
    const unknown = 'Jo Roe hired Sam Cole as her aide. "We will sue," his office said.';
    expect(speakerStarting(unknown, 'We will sue')?.name).not.toBe("Jo Roe's office");
    const noRole = 'Sam Cole runs a bakery. "We will reopen," his government said.';
    expect(speakerStarting(noRole, 'We will reopen')?.name).not.toBe("Sam Cole's government");
  });

  it('keeps its words for a `government` whose owner is a vice president, an opposition leader or a former premier', () => {
    for (const title of ['Vice President', 'Opposition leader', 'Former Premier']) {
      const body = `${title} Ines Varga toured the port on Friday. "We stand with the dockers," her government said.`;
      expect(speakerStarting(body, 'We stand with')?.name).not.toBe("Ines Varga's government");
    }
    const premier = 'Premier Ines Varga toured the port on Friday. "We stand with the dockers," her government said.';
    expect(speakerStarting(premier, 'We stand with')?.name).toBe("Ines Varga's government");
  });

  it('keeps its words for `his administration`', () => {
    const body = 'Governor Tom Hale spoke on Monday. "We will fight this tooth and nail," his administration vowed.';
    expect(speakerStarting(body, 'We will fight')?.name).toBe('his administration');
  });
});
