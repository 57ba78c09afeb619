import type { Widen } from '../catalogue.js';
import type { cli as jaCli } from '../ja/cli.js';

/** The command line's own words (the rest comes from the verdict, action and evidence sections). */
export const cli: Widen<typeof jaCli> = {
  verdict: 'Result',
  todo: 'What to do',
  settings: 'Outgoing server settings',
  server: 'Server',
  port: 'Port',
  security: 'Encryption',
  auth: 'Authentication',
  user: 'User name',
  starttls: 'STARTTLS (encrypt after connecting)',
  tls: 'SSL/TLS (encrypted from the start)',
  none: 'None',
  authOn: 'On (sign in with your address and password)',
  unverified: 'Note: these settings have not been seen answering yet.',
  published:
    'Note: these are the settings your provider publishes; they were not checked from here.',
  noSettings: 'No outgoing server settings were found.',
  suggested:
    'Note: this outgoing server was named by the network, not by you or your provider, and has not been checked. No password was sent to it and nothing was written into your mail program.',
  acceptHint:
    'Once you have checked that it is the outgoing server in your provider’s guide, run again with --accept-suggested {{host}}.',
  badSuggested: '--accept-suggested needs a server name (“{{value}}” cannot be used as one).',
  tooManySuggested: '--accept-suggested can be given at most {{max}} times.',
  evidence: 'Evidence',
  confidence: 'Confidence',
  high: 'high',
  medium: 'medium',
  low: 'low',
  elapsed: 'Time taken',
  ms: 'ms',
  checking: 'Checking…',
  cancelled: 'Cancelled.',
  noPasswordOnStdin: '--password-stdin was given but no password arrived on standard input.',
};
