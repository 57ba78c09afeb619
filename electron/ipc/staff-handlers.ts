/**
 * The support staff's channels: the reference code of a report, a typed code decoded, and a
 * provider's published settings by address. All of it offline, from the bundled data.
 */
import type { IpcResult } from '../../shared/ipc-contract.js';
import { publishedSettings, type PublishedSettings } from '../../shared/published-settings.js';
import { decodeReferenceCode, referenceCodeFor } from '../../shared/reference-code.js';
import { parseEmail } from '../../shared/validate.js';
import { verdictDefinition } from '../engine/verdicts/index.js';
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

    'code:decode': async ({ code }) => {
      const decoded = decodeReferenceCode(code);
      // The verdict's usual next steps, as the customer's screen lists them (a run may add its own).
      const steps = decoded.ok ? verdictDefinition(decoded.summary.verdict).actions : undefined;
      return { ok: true, value: steps ? { ...decoded, steps: [...steps] } : decoded };
    },

    'provider:lookup': async ({ email }): Promise<IpcResult<PublishedSettings>> => {
      // The validator has read the address already; parsing again gives the parts the look-up needs.
      const parsed = parseEmail(email);
      if (!parsed.ok) return { ok: false, code: 'bad_request', message: parsed.message.en };
      return { ok: true, value: publishedSettings(parsed.value) };
    },
  };
}
