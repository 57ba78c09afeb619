import type { Widen } from '../catalogue.js';
import type { accounts as jaAccounts } from '../ja/accounts.js';

/** Words about the mail programs' accounts in English: the same keys as ja/accounts.ts. */
export const accounts: Widen<typeof jaAccounts> = {
  heading: 'Outgoing settings of your mail programs',
  fromCopy:
    'These settings were read from a copied folder laid out as on {{os}}. The mail programs of this computer were not read.',
  os: { windows: 'Windows', macos: 'macOS', linux: 'Linux' },
  noneFound:
    'No outgoing settings were found in your mail programs. Please type the outgoing server and port yourself.',
  status: {
    found: '{{program}}: {{count}} outgoing setting(s) found.',
    none: '{{program}}: no outgoing settings found.',
    not_permitted:
      '{{program}}: macOS does not allow reading its settings. Turn on the app this command runs in (such as Terminal) under System Settings → Privacy & Security → Full Disk Access and open it again, or type the outgoing server and port yourself.',
    error: '{{program}}: the settings could not be read ({{detail}}).',
  },
  field: {
    id: 'ID',
    account: 'Account',
    sender: 'Sender',
    host: 'Outgoing server',
    port: 'Port',
    security: 'Encryption',
    auth: 'Authentication',
    username: 'User name',
    where: 'Where',
    install: 'Installation',
  },
  security: { none: 'none', starttls: 'STARTTLS', tls: 'SSL/TLS' },
  auth: { on: 'on', off: 'off' },
  install: {
    classic: 'Thunderbird (regular installation)',
    snap: 'Ubuntu’s snap Thunderbird (the copy of the profiles the snap made for itself)',
    snap_shared: 'Profiles shared by the snap Thunderbird and the regular one',
    flatpak: 'Flatpak Thunderbird',
    msstore: 'Thunderbird from the Microsoft Store',
  },
  accountOf: '{{account}} ({{program}})',
  empty: '(not set)',
  line: {
    id: '[ID] {{id}}',
    account: 'Account: {{account}}',
    sender: 'Sender: {{senders, list}}',
    host: 'Outgoing server: {{host}}',
    port: 'Port: {{port}}',
    security: 'Encryption: {{security}}',
    auth: 'Authentication: {{auth}}',
    username: 'User name: {{username}}',
    where: 'Where: {{where}}',
    install: 'Installation: {{install}}',
  },
  guessed: '{{value}} (probably)',
  fixable: 'SendCheck can change this setting for you.',
  changesHeading: 'Your settings now, and the recommended ones:',
  changed: '{{label}}: {{from}} → {{to}}',
  unchanged: '{{label}}: {{value}} (unchanged)',
  confirm: 'Write these settings into Thunderbird? [y/N] ',
  needYes:
    'Cannot ask before writing (standard input is not a terminal). Run again with --yes if the settings may be written.',
  declined: 'Nothing was changed.',
  written:
    'Thunderbird’s settings were changed. The old settings are saved in {{backup}}. Start Thunderbird and send yourself a test message.',
  undone:
    'The old settings are back. Only what SendCheck changed was put back; every other setting is as it is now (the whole file as it was before the change is kept in {{backup}}).',
  undonePartly:
    'SendCheck put back what it had changed, except the settings below, which were changed again since and are left as they are now (the whole file as it was before the change is kept in {{backup}}).',
  staleLock:
    'Thunderbird had left a sign that it was in use when it last stopped unexpectedly (for example after a crash). It is not running now, so SendCheck went ahead.',
  undoKept: {
    host: 'The outgoing server was changed again after SendCheck’s change, so it was left as it is now.',
    port: 'The port was changed again after SendCheck’s change, so it was left as it is now.',
    security:
      'The encryption was changed again after SendCheck’s change, so it was left as it is now.',
    auth: 'The authentication setting was changed again after SendCheck’s change, so it was left as it is now.',
    username:
      'The user name was changed again after SendCheck’s change, so it was left as it is now.',
  },
  sameAlready: 'Your settings are already the recommended ones. There is nothing to change.',
  noRecommended:
    'No recommended outgoing server was found, so nothing was changed. Please check the outgoing server in your provider’s guide.',
  becky: {
    confirm: 'Write these settings into Becky!? [y/N] ',
    written:
      'Becky!’s settings were changed. The old settings are saved in {{backup}}. Start Becky! and send yourself a test message.',
    handStepsHeading:
      'SendCheck does not change the settings below, so please change them yourself.',
    handStep: {
      starttls:
        'SendCheck does not change Becky!’s STARTTLS setting. Open Tools → Mailbox Setting from the menu and, in the SMTP encryption settings, tick both “SSL/TLS” and “STARTTLS” (on the Basic or the Advanced tab, depending on the version).',
      username:
        'SendCheck does not change Becky!’s user ID, because Becky! uses it for receiving mail too. Open Tools → Mailbox Setting from the menu and check on the Advanced tab that the user ID for SMTP Authentication is {{username}}.',
    },
    refusal: {
      running: 'Becky! is running, so nothing was changed. Please quit Becky! and try again.',
      lock_unknown:
        'SendCheck could not tell whether Becky! is running, so nothing was changed. Please quit Becky! and try again.',
      changed:
        'Becky!’s settings file (Mailbox.ini) changed after SendCheck read it, so nothing was changed. Please start again.',
      unusual_format:
        'Becky!’s settings file (Mailbox.ini) is written in an unusual way, so SendCheck left it alone to be safe. Please change the settings in Becky! with the steps shown.',
      no_prefs: 'Becky!’s settings file (Mailbox.ini) was not found.',
    },
  },
  notFixable: 'SendCheck cannot change {{program}}’s settings. Please change them as follows.',
  undoNotFixable: 'SendCheck does not change {{program}}’s settings, so there is nothing to undo.',
  noEmail: 'This account has no email address. Please give one with --email.',
  refusal: {
    connection_untrusted:
      'The encrypted connection to the server could not be trusted, so nothing was changed. Please try what is listed under “What to do” first.',
    needs_confirmation:
      'The recommended outgoing server {{host}} was named by the network, not by you or your provider, and has not been confirmed, so nothing was changed. Once you have checked that it is the server in your provider’s guide, run again with --accept-suggested {{host}}.',
    published_only:
      'The recommended settings are the ones your provider publishes and could not be checked from here, so nothing was changed.',
    not_verified:
      'SendCheck could not confirm that the recommended settings work safely, so nothing was changed.',
    declined: 'Nothing was changed.',
    unchanged: 'Your settings are already the recommended ones. There is nothing to change.',
    running:
      'Thunderbird is running, so nothing was changed. Please quit Thunderbird and try again. If you see this while it is closed, start Thunderbird once and quit it.',
    lock_unknown:
      'SendCheck could not tell whether Thunderbird is running, so nothing was changed. Please quit Thunderbird and try again.',
    changed:
      'Thunderbird’s settings file changed after SendCheck read it, so nothing was changed. Please start again.',
    bad_settings: 'The settings to write are not valid, so nothing was changed.',
    unusual_format:
      'Thunderbird’s settings file is written in an unusual way, so SendCheck left it alone to be safe. Please change the settings in Thunderbird with the steps shown.',
    no_prefs: 'Thunderbird’s settings file (prefs.js) was not found.',
    no_backup:
      'SendCheck has no record of changing this account’s settings, so there is nothing to undo.',
    already_undone: 'This change has already been undone, so nothing was changed.',
    not_found: 'No account “{{id}}” was found. The accounts command lists them.',
    not_fixable: 'SendCheck cannot change this account’s settings.',
    needs_user_id:
      'The recommended user name is the user ID your provider gave you, which SendCheck does not know, so nothing was changed. Please type that ID as the user name in Thunderbird.',
  },
};
