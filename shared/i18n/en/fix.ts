import type { Widen } from '../catalogue.js';
import type { fix as jaFix } from '../ja/fix.js';

/** From a diagnosis to a working mail program, in English: the same keys as ja/fix.ts. */
export const fix: Widen<typeof jaFix> = {
  consent: {
    heading: "Read your mail program's settings",
    question: "May SendCheck look at your mail program's settings?",
    lead: 'SendCheck reads only the sending settings, such as the outgoing server and the port. It does not read passwords, and what it reads never leaves this computer.',
    yes: 'Yes, look',
    no: 'No, thanks',
    declined:
      "SendCheck will not look at your mail program's settings. Press Start and type your email address.",
    askAgain: "Look at my mail program's settings after all",
  },
  accounts: {
    heading: 'Accounts found',
    loading: "Looking for your mail program's settings…",
    pick: "We found these accounts: pick the one that doesn't send.",
    none: 'No sending settings were found in your mail programs. Press Start and type your email address.',
    failed:
      "Your mail program's settings could not be read. Press Start and type your email address.",
    notPermitted: "macOS does not allow SendCheck to read {{program}}'s settings.",
    fullDiskAccess: {
      lead: 'SendCheck can read them once you give it Full Disk Access. This is how:',
      steps: [
        'Open the Apple menu and choose System Settings.',
        'Click Privacy & Security in the sidebar, then click Full Disk Access on the right.',
        'Turn on SendCheck in the list. If it is not in the list, click + and choose SendCheck in the Applications folder.',
        'Quit SendCheck and open it again.',
      ],
      older:
        'On macOS 12, allow it under System Preferences → Security & Privacy → Privacy → Full Disk Access.',
      manual:
        'If you would rather not, press Start, type your email address, and type the outgoing server and port yourself.',
    },
    noEmail: 'This account has no email address, so it cannot be checked from here.',
    server: 'Outgoing server {{host}}, port {{port}}',
    manual: 'To check another address by typing it, press Start.',
    check: 'Check this account',
  },
  changes: {
    heading: 'Your settings and the recommended ones',
    lead: 'Change the marked items to the recommended settings.',
    same: 'Your settings are the recommended ones.',
    columns: { field: 'Setting', current: 'Now', recommended: 'Recommended' },
    change: 'Change',
    keep: 'Keep',
    rowChanged: '{{label}}: {{from}} → {{to}}',
  },
  fixIt: {
    heading: "Fix Thunderbird's settings",
    lead: "SendCheck writes the recommended sending settings into Thunderbird's settings file and keeps a backup of the old ones.",
    button: 'Fix it for me',
    confirmHeading: 'Please close Thunderbird',
    confirm:
      'SendCheck cannot write the settings while Thunderbird is running. Close Thunderbird, then press Write the settings.',
    write: 'Write the settings',
    cancel: 'Cancel',
    writing: 'Writing…',
    done: "Thunderbird's settings are fixed. The old settings are kept in a backup ({{backup}}).",
    undo: 'Undo',
    undoing: 'Undoing…',
    undone: 'The old settings are back.',
    undonePartly:
      'SendCheck put back what it had changed, except the settings below, which were changed again since and are left as they are now.',
    noRecommended:
      "Nothing was changed, because no recommended settings were found. Please check the outgoing server in your provider's guide.",
    refusal: {
      connection_untrusted:
        'Nothing was changed, because the encrypted connection to the server could not be trusted. Please try what is listed under What to do next first.',
      needs_confirmation:
        'Nothing was changed, because the recommended outgoing server was named by the network and has not been confirmed.',
      published_only:
        'Nothing was changed, because the recommended settings are the ones your provider publishes and could not be checked from here.',
      not_verified:
        'Nothing was changed, because SendCheck could not confirm that the recommended settings work safely.',
      declined: 'Nothing was changed, because the change was cancelled.',
      unchanged: 'Your settings are already the recommended ones. There is nothing to change.',
      running:
        'Nothing was changed, because Thunderbird is running. Close Thunderbird and try again.',
      lock_unknown:
        'Nothing was changed, because SendCheck could not tell whether Thunderbird is running. Close Thunderbird and try again.',
      changed:
        "Nothing was changed, because Thunderbird's settings changed after SendCheck read them. Please start again from the first screen.",
      bad_settings: 'Nothing was changed, because the settings to write were not valid.',
      unusual_format:
        "Nothing was changed, because Thunderbird's settings file is written in an unusual way. Please follow the steps below in Thunderbird itself.",
      no_prefs: "Nothing was changed, because Thunderbird's settings file was not found.",
      no_backup: 'SendCheck has no record of changing these settings, so there is nothing to undo.',
      already_undone: 'This change has already been undone, so nothing was changed.',
      not_found:
        'This account was not found. Please go back to the first screen and pick it again.',
      not_fixable:
        "SendCheck cannot change this mail program's settings. Please follow the steps below.",
      needs_user_id:
        'Nothing was changed, because the recommended user name is the user ID your provider gave you, which SendCheck does not know. Please follow the steps below and type that ID as the user name.',
    },
    failed: 'The settings could not be written ({{message}}). Please follow the steps below.',
    notOffered: {
      connection_untrusted:
        "SendCheck does not change Thunderbird's settings for you, because the encrypted connection to the server could not be trusted.",
      needs_confirmation:
        "SendCheck does not change Thunderbird's settings for you, because this outgoing server has not been confirmed yet.",
      published_only:
        "SendCheck does not change Thunderbird's settings for you, because these are your provider's published settings and could not be checked from here.",
      not_verified:
        "SendCheck does not change Thunderbird's settings for you, because it could not confirm that these settings work safely.",
    },
    dialog: {
      title: "Change Thunderbird's settings",
      message: 'Change the outgoing settings of the Thunderbird account “{{account}}” as follows?',
      detail:
        'SendCheck keeps a backup of the old settings. Please close Thunderbird before you press Change.',
      change: 'Change',
      cancel: 'Cancel',
    },
  },
  becky: {
    heading: "Fix Becky!'s settings",
    lead: "SendCheck writes the recommended sending settings into Becky!'s settings file and keeps a backup of the old ones.",
    confirmHeading: 'Please close Becky!',
    confirm:
      'SendCheck cannot write the settings while Becky! is running. Close Becky!, then press Write the settings.',
    done: "Becky!'s settings are fixed. The old settings are kept in a backup ({{backup}}).",
    refusal: {
      running: 'Nothing was changed, because Becky! is running. Close Becky! and try again.',
      lock_unknown:
        'Nothing was changed, because SendCheck could not tell whether Becky! is running. Close Becky! and try again.',
      changed:
        "Nothing was changed, because Becky!'s settings changed after SendCheck read them. Please start again from the first screen.",
      unusual_format:
        "Nothing was changed, because Becky!'s settings file is written in an unusual way. Please follow the steps below in Becky! itself.",
      no_prefs: "Nothing was changed, because Becky!'s settings file was not found.",
    },
    notOffered: {
      connection_untrusted:
        "SendCheck does not change Becky!'s settings for you, because the encrypted connection to the server could not be trusted.",
      needs_confirmation:
        "SendCheck does not change Becky!'s settings for you, because this outgoing server has not been confirmed yet.",
      published_only:
        "SendCheck does not change Becky!'s settings for you, because these are your provider's published settings and could not be checked from here.",
      not_verified:
        "SendCheck does not change Becky!'s settings for you, because it could not confirm that these settings work safely.",
    },
    dialog: {
      title: "Change Becky!'s settings",
      message: 'Change the outgoing settings of the Becky! account “{{account}}” as follows?',
      detail:
        'SendCheck keeps a backup of the old settings. Please close Becky! before you press Change.',
    },
    handStepsHeading:
      'SendCheck does not change some settings. Please change them yourself as follows.',
  },
  fixed: {
    title: '{{program}}’s outgoing settings are fixed',
    lead: 'SendCheck wrote the recommended outgoing settings into {{program}}. All that is left is to check that your email arrives.',
    steps: {
      start: 'Start {{program}}.',
      test: 'Send yourself a test message. If you are asked for a password, type your email password.',
    },
    changesHeading: 'What was changed',
    backup: 'Your old settings are kept in a backup ({{backup}}).',
    noText:
      'Below, SendCheck reads your mail program’s settings again and checks them. With your email password, it also checks that you can log in.',
  },
  verify: {
    heading: 'Changed the settings? Check them again',
    leadAccount:
      "SendCheck reads your mail program's settings again and checks whether mail goes out with them.",
    leadTyped:
      'Open your mail program’s outgoing settings and type the outgoing server and port it shows. SendCheck checks whether mail goes out with them.',
    serverLabel: 'Outgoing server now',
    serverHint: 'Type what your mail program shows.',
    serverMissing: 'Please type the outgoing server your mail program shows.',
    portLabel: 'Port now',
    portChoose: 'Choose',
    portMissing: 'Please choose the port your mail program shows.',
    passwordLabel: 'Password for these settings (optional)',
    passwordHint:
      'With it, SendCheck also checks that you can log in with these settings. It is not stored.',
    button: "I've changed it: check again",
    checking: 'Checking…',
    works: 'The outgoing server accepts these settings',
    checkedSettings: 'Settings checked: outgoing server {{host}}, port {{port}}',
    worksLead:
      'This proves the server answers, not yet that your mail program sends. Start your mail program and send yourself a test message.',
    arrived: {
      question: 'Did the test message arrive?',
      yes: 'Yes, it arrived',
      no: 'No, it did not',
      yesText: 'Good. Your email is sending again.',
      noText:
        'Check that the outgoing server, port and password in your mail program are the same as the settings above. If it still does not arrive, note the reference code and call your provider’s support desk.',
    },
    worksLogin: 'Your password was accepted too.',
    notYet: 'Something is still not right',
    loginRejected:
      'Your password was not accepted. Please check the password in your mail program.',
    loginUnavailable: 'Your password could not be checked with these settings.',
    loginError: 'Something went wrong while checking the login.',
    failed: 'The settings could not be checked again ({{message}}).',
  },
  code: {
    heading: 'Reference code',
    lead: 'If you call the helpdesk, read this code out to them.',
    copy: 'Copy the reference code',
    loading: 'Making the reference code…',
    failed: 'The reference code could not be made.',
    reading: 'Read the digits one by one, four at a time; say “zero” for 0, not “oh”.',
  },
  save: {
    heading: 'Save a report',
    button: 'Save report',
    saving: 'Saving…',
    lead: 'Keep this result in a file, to open on screen when you talk to the helpdesk.',
    saved:
      'The report was saved. When you talk to the helpdesk, open it on screen to show them, or hand it over on a USB stick or another way they suggest.',
    cancelled: 'The report was not saved.',
    failed: 'The report could not be saved ({{message}}).',
    includeLog: 'Include SendCheck’s own record of what it did (the log) in the report',
    dialogTitle: 'Save the diagnosis report',
    filterName: 'SendCheck diagnosis report',
  },
};
