/** Who may `/add`: the access policy hands the adder only to users (or Discord roles) on a configured list. */
import { describe, expect, it } from 'vitest';
import { AccessPolicy, UNRESTRICTED_ACCESS } from '../../src/access/index.ts';
import type { ArticleAdder } from '../../src/ingest/adder.ts';

const adder: ArticleAdder = { add: async (url) => ({ ok: false, requested: url, reason: 'not used' }) };
const slack = { platform: 'slack' as const, workspace: 'T1', channel: 'C1' };
const discord = { platform: 'discord' as const, workspace: '1100000000000000100', channel: '1100000000000000200' };

function accessOf(policy: AccessPolicy, asker: Parameters<AccessPolicy['admit']>[0]) {
  const admission = policy.admit(asker);
  if (!admission.admitted) throw new Error('expected admission');
  return admission.access;
}

describe('the right to add articles', () => {
  it('is off until a list is set, even with an adder', () => {
    const access = accessOf(new AccessPolicy({ ...UNRESTRICTED_ACCESS, adder }), { ...slack, user: 'U1' });
    expect(access).toMatchObject({ addRefusal: 'add_not_configured' });
    expect(access.adder).toBeUndefined();
  });

  it('goes to Slack users on ADD_ALLOWED_SLACK_USERS only', () => {
    const policy = new AccessPolicy({ ...UNRESTRICTED_ACCESS, adder, addAllowed: { slackUsers: new Set(['U1']) } });
    expect(accessOf(policy, { ...slack, user: 'U1' }).adder).toBe(adder);
    expect(accessOf(policy, { ...slack, user: 'U2' })).toMatchObject({ addRefusal: 'add_not_permitted' });
    expect(accessOf(policy, { ...discord, user: 'U1' })).toMatchObject({ addRefusal: 'add_not_configured' });
  });

  it('goes to Discord users on the user list or holding a listed role', () => {
    const policy = new AccessPolicy({
      ...UNRESTRICTED_ACCESS,
      adder,
      addAllowed: { discordUsers: new Set(['1100000000000000401']), discordRoles: new Set(['1100000000000000500']) },
    });
    expect(accessOf(policy, { ...discord, user: '1100000000000000401' }).adder).toBe(adder);
    expect(accessOf(policy, { ...discord, user: '1100000000000000402', roles: ['1100000000000000500'] }).adder).toBe(adder);
    expect(accessOf(policy, { ...discord, user: '1100000000000000402', roles: ['1100000000000000999'] })).toMatchObject({
      addRefusal: 'add_not_permitted',
    });
  });
});
