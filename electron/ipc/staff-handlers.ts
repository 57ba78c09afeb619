/**
 * The support staff's channels: the reference code of a report, a typed code decoded, and a
 * provider's published settings by address. All of it offline, from the bundled data.
 */
import type { IpcResult } from '../../shared/ipc-contract.js';
import { publishedSettings, type PublishedSettings } from '../../shared/published-settings.js';
import { decodeReferenceCode, referenceCodeFor } from '../../shared/reference-code.js';
import { parseEmail } from '../../shared/validate.js';
import type { ChannelHandler } from './handle.js';

/** The channels served here. */
export type StaffChannel = 'code:encode' | 'code:decode' | 'provider:lookup';

/** The staff channels' handlers. */
export type StaffHandlers = { [C in StaffChannel]: ChannelHandler<C> };

/** Builds the staff handlers; appVersion is stamped into reference codes. */
export function createStaffHandlers(appVersion: () => string): StaffHandlers {
  return {
    'code:encode': async ({ report }) => ({
      ok: true,
      value: { code: referenceCodeFor(report, appVersion()) },
    }),

    'code:decode': async ({ code }) => ({ ok: true, value: decodeReferenceCode(code) }),

    'provider:lookup': async ({ email }): Promise<IpcResult<PublishedSettings>> => {
      // The validator has read the address already; parsing again gives the parts the look-up needs.
      const parsed = parseEmail(email);
      if (!parsed.ok) return { ok: false, code: 'bad_request', message: parsed.message.en };
      return { ok: true, value: publishedSettings(parsed.value) };
    },
  };
}
