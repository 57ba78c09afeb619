import type { Widen } from '../catalogue.js';
import type { cli as jaCli } from '../ja/cli.js';

/** The command line's own words (the rest comes from the verdict, action and evidence sections). */
export const cli: Widen<typeof jaCli> = {
  line: {
    verdict: 'Result: {{title}}',
    todo: 'What to do:',
    settings: 'Outgoing server settings:',
    server: 'Server: {{host}}',
    serverUnicode: 'Server: {{host}} ({{unicode}})',
    port: 'Port: {{port}}',
    security: 'Encryption: {{security}}',
    auth: 'Authentication: {{auth}}',
    user: 'User name: {{user}}',
    evidence: 'Evidence:',
    footer: 'Confidence: {{confidence}}   Time taken: {{ms}} ms   [{{code}}]',
  },
  problem: 'sendcheck: {{problem}}',
  starttls: 'STARTTLS (encrypt after connecting)',
  tls: 'SSL/TLS (encrypted from the start)',
  none: 'None',
  authOn: 'On (sign in with your address and password)',
  unverified: 'Note: these settings have not been seen answering yet.',
  unverifiedClock:
    'Note: these settings could not be checked, because this computer’s clock is wrong.',
  published:
    'Note: these are the settings your provider publishes; they were not checked from here.',
  noSettings: 'No outgoing server settings were found.',
  suggested:
    'Note: this outgoing server was named by the network, not by you or your provider, and has not been checked. No password was sent to it and nothing was written into your mail program.',
  acceptHint:
    'Once you have checked that it is the outgoing server in your provider’s guide, run again with --accept-suggested {{host}}.',
  badSuggested: '--accept-suggested needs a server name (“{{value}}” cannot be used as one).',
  tooManySuggested: '--accept-suggested can be given at most {{max}} times.',
  high: 'high',
  medium: 'medium',
  low: 'low',
  checking: 'Checking…',
  cancelled: 'Cancelled.',
  noPasswordOnStdin: '--password-stdin was given but no password arrived on standard input.',
  usage: {
    heading: 'Usage: sendcheck <command> [options]',
    help: 'sendcheck --help shows this list.',
    options: {
      json: 'Prints the result as one line of JSON for scripts.',
      'accept-suggested':
        'An outgoing server the network suggested that you have checked against your provider’s guide (may be given more than once).',
      lang: 'The language to use (ja or en). Without it, LANG and the other locale variables decide.',
    },
    diagnose: {
      summary: 'Finds out why email will not send from here, and what to change.',
      email: 'The email address to check.',
      server: 'The outgoing server your mail program uses now.',
      port: 'The port your mail program uses now.',
      account:
        'An account ID from the accounts command: checks that account’s address, outgoing server and port.',
      'password-stdin': 'Reads a password for the login test from standard input.',
      report: 'Saves the diagnosis as a report file (.html).',
      program:
        'Your mail program (one of outlook_classic, outlook_new, thunderbird, apple_mail, ios_mail, becky, other): shows the steps for that program. With --account, that account’s program is used.',
    },
    accounts: {
      summary:
        'Lists the outgoing settings of your mail programs (Thunderbird, Becky!, Outlook, Apple Mail).',
      from: 'Reads the settings from a home folder (or AppData folder) copied from a customer’s computer instead of this computer’s mail programs. Nothing is changed.',
      os: 'The OS of the computer the folder was copied from (windows, macos or linux). Without it, what is in the folder decides.',
    },
    fix: {
      summary:
        'Diagnoses an account and writes the recommended settings into Thunderbird (for other mail programs, shows the steps).',
      account: 'The ID of the account to change (the accounts command lists them).',
      yes: 'Writes without asking first.',
      undo: 'Puts back the settings from before the last change.',
    },
    decode: {
      summary: 'For support staff: reads a reference code given over the phone.',
      code: 'The reference code (with or without its hyphens and spaces).',
    },
    lookup: {
      summary:
        'For support staff: shows the outgoing settings an address’s provider publishes (nothing is sent over the network).',
      email: 'The email address to look up.',
    },
  },
  errors: {
    noCommand: 'Please give a command.',
    unknownCommand: 'There is no command “{{command}}”.',
    unknownOption: 'The {{command}} command has no option {{option}}.',
    missingValue: '{{option}} needs a value after it ({{option}} {{value}}).',
    noValueAllowed: '{{option}} takes no value (“{{value}}” cannot be used).',
    unexpectedArgument: 'The {{command}} command does not take “{{value}}”.',
    missingOption: 'Please give {{option}} {{value}}.',
    missingArgument: 'Please give {{name}}.',
    badLang: '--lang must be ja or en (“{{value}}” cannot be used).',
    needEmail: 'Please give either --email ADDRESS or --account ID.',
    badProgram: '--program must be one of {{programs}} (“{{value}}” cannot be used).',
    passwordArgument:
      'Passwords are never taken as an argument (other programs could see them). Please use --password-stdin.',
    internal: 'SendCheck ran into an internal error ({{detail}}).',
    osWithoutFrom: '--os is used only together with --from DIR.',
    badOs: '--os must be windows, macos or linux (“{{value}}” cannot be used).',
    fromMissing: 'The folder “{{dir}}” given with --from was not found.',
    fromNotFolder: '“{{dir}}” given with --from is not a folder.',
    fixFrom:
      'fix changes only this computer’s mail programs, so it does not take --from. To read a copied folder, use accounts --from DIR.',
  },
};
