/**
 * Which source an operator reads out when a decoded reference code and the provider look-up (the
 * bundled data's published settings) do not say the same. The rule, said on the staff console:
 *
 * 1. The look-up is for another provider than the code's: neither is read out; the address is
 *    asked again (the operator typed or heard another one).
 * 2. The code's recommendation was seen answering from the customer's own line (trust
 *    "verified"): its port and encryption are read out, even where the published settings differ
 *    (the line proved them); the server name comes from the look-up (a code carries none).
 * 3. Otherwise (not seen answering, only published, or no recommendation): the provider's
 *    published settings are read out.
 *
 * Pure, for the renderer and its tests.
 */
import type { PublishedSettings } from './published-settings.js';
import type { CodeSummary } from './reference-code.js';

/** What to read out, and why. */
export type ReadOut =
  | { source: 'ask_address'; codeProviders: string[]; lookupProvider: string }
  | { source: 'not_in_lookup' }
  | { source: 'agree' }
  | { source: 'code'; port: number | null; security: 'starttls' | 'tls' | 'none' }
  | { source: 'lookup'; why: 'unverified' | 'no_recommendation' };

const SECURITY = { plain: 'none', starttls: 'starttls', tls: 'tls' } as const;

/** The rule above, for a decoded code and a look-up. */
export function readOutRule(code: CodeSummary, lookup: PublishedSettings): ReadOut {
  const matches = code.provider?.matches ?? [];
  if (lookup.provider === null) return { source: 'not_in_lookup' };
  if (matches.length > 0 && !matches.some((m) => m.id === lookup.provider?.id))
    return {
      source: 'ask_address',
      codeProviders: matches.map((m) => m.name),
      lookupProvider: lookup.provider.name,
    };
  const rec = code.recommended;
  if (rec === null) return { source: 'lookup', why: 'no_recommendation' };
  const same = lookup.outgoing.some(
    (s) => s.port === rec.port && SECURITY[s.security] === rec.security,
  );
  if (same) return { source: 'agree' };
  if (rec.trust === 'verified') return { source: 'code', port: rec.port, security: rec.security };
  return { source: 'lookup', why: 'unverified' };
}
