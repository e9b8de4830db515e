/**
 * Outlets whose copy may be shown only in some channels (licensed wire copy): everywhere else they
 * are hidden from every command through dispatch's `access.hiddenOutlets`.
 *
 * @example
 * const restrictions = parseRestrictedOutlets('Reuters=C123|C456;AP=C789');
 * hiddenOutletsIn(restrictions, 'C123').has('ap')   // → true: AP is hidden in C123
 * hiddenOutletsIn(restrictions, 'C789').has('AP')   // → false
 */

/** Outlet name (as configured) → the channel ids where it may be shown. */
export type OutletRestrictions = ReadonlyMap<string, ReadonlySet<string>>;

const CHANNEL_ID = /^[A-Za-z0-9]{1,30}$/;

/**
 * `Outlet=CHANNEL|CHANNEL;Outlet=CHANNEL`. Outlet names are matched without regard to case and may
 * hold spaces but not `=`, `;` or `|`. Throws an Error saying what is wrong with which entry, worded
 * to follow the variable's name (`RESTRICTED_OUTLETS has "Reuters", which is not …`).
 */
export function parseRestrictedOutlets(raw: string): OutletRestrictions {
  const restrictions = new Map<string, Set<string>>();
  for (const entry of raw
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([^=|]+)=(.*)$/.exec(entry);
    const outlet = m?.[1]?.trim();
    if (!m || !outlet) throw new Error(`has "${entry}", which is not Outlet=CHANNEL|CHANNEL (e.g. Reuters=C0123|C0456;AP=C0789)`);
    const channels = (m[2] ?? '')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean);
    if (!channels.length) throw new Error(`has "${entry}", which names no channel: list the channel ids where ${outlet} may be shown`);
    const bad = channels.find((c) => !CHANNEL_ID.test(c));
    if (bad)
      throw new Error(
        `has "${bad}" in "${entry}", which is not a channel id (letters and digits only, e.g. C0123ABCD or 1100000000000000200)`,
      );
    const key = outlet.toLowerCase();
    if (restrictions.has(key)) throw new Error(`lists ${outlet} twice: put all its channels in one entry`);
    restrictions.set(key, new Set(channels));
  }
  return restrictions;
}

/**
 * The outlets hidden in `channel`: a set whose `has` ignores case, so it matches the corpus's
 * spelling of an outlet (and outlets that appear later) without resolving names up front.
 */
export function hiddenOutletsIn(restrictions: OutletRestrictions, channel: string | undefined): ReadonlySet<string> {
  const hidden = new CaseInsensitiveSet();
  for (const [outlet, channels] of restrictions) if (!channel || !channels.has(channel)) hidden.add(outlet);
  return hidden;
}

class CaseInsensitiveSet extends Set<string> {
  override add(value: string): this {
    return super.add(value.toLowerCase());
  }

  override has(value: string): boolean {
    return super.has(value.toLowerCase());
  }
}
