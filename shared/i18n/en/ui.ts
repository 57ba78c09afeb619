import type { Widen } from '../catalogue.js';
import type { ui as jaUi } from '../ja/ui.js';

/** The screens' words in English: the same keys as ja/ui.ts (the compiler and the catalogue test both check). */
export const ui: Widen<typeof jaUi> = {
  app: {
    name: 'SendCheck',
    language: 'Language',
    skipToContent: 'Skip to content',
  },
  time: {
    seconds: '{{value, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s',
    ms: '{{value, number}} ms',
    underTenth: 'under 0.1 s',
  },
  start: {
    heading: 'Find out why your email won’t send',
    lead: 'SendCheck finds out in a few seconds where your email is being stopped, and tells you the right settings for your mail program.',
    points: [
      'All it needs is your email address.',
      'It sends no email, and changes your mail program’s settings only when you choose to fix them.',
      'No password needed (you can add one later if you want to test it).',
    ],
    begin: 'Start',
    manualHint:
      'You can also check by typing your email address, without SendCheck reading your mail program. To do that, press Start.',
  },
  address: {
    heading: 'Enter your email address',
    emailLabel: 'Email address',
    emailHint: 'The address that cannot send. Example: taro@example.jp',
    moreToggle: 'I know my mail program’s settings (optional)',
    serverLabel: 'Outgoing server you use now',
    serverHint:
      'The name in the “Outgoing server” or “SMTP server” box of your mail program. Example: smtp.example.jp',
    portLabel: 'Port you use now',
    portHint: 'The number next to the outgoing server, or under “Advanced”. Example: 25 or 587',
    portNotMail: 'This app can check these ports: {{ports}}.',
    programLabel: 'Which mail program do you use?',
    programHint: 'We will show the steps for that program. If you are not sure, you can skip this.',
    programUnknown: 'Not sure / skip',
    programPreselected:
      'We chose “{{program}}” from the accounts found on this computer. If that is wrong, choose another.',
    submit: 'Check',
    back: 'Back',
    cancelled: 'The check was stopped. Press “Check” to start again.',
    failed: 'The check could not run: {{message}}',
    fixErrors: 'Please check what you entered.',
  },
  checking: {
    heading: 'Checking now',
    lead: 'This usually takes about 10 seconds. Please wait a moment.',
    elapsed: 'Time so far',
    listLabel: 'What is being checked',
    waitingFirst: 'Getting ready…',
    cancel: 'Stop',
    cancelling: 'Stopping…',
    roles: {
      local_network: 'Is this computer connected to a network?',
      dns_mx: 'Can we find the mail servers for your address?',
      dns_host: 'Can we look up where the servers are?',
      dns_srv: 'Does your provider publish its sending server?',
      autoconfig: 'Can we find your mail service’s published settings?',
      submission: 'Can your PC reach the sending server for mail programs?',
      own_mx: 'Is the usual sending route blocked by your provider?',
      reference_mx: 'Is the same route open to another large mail service?',
      reference_submission: 'Can your PC reach another large mail service’s sending server?',
      web_control: 'Can your PC reach the internet?',
      login: 'Does the server accept your password?',
      web_proxy: 'Can your PC reach the internet through the configured proxy?',
      proxy_pac: 'Is the proxy chosen by a PAC file?',
      proxy_auto_detect: 'Is automatic proxy detection on?',
    },
    state: {
      running: 'Checking',
      ok: 'OK',
      partial: 'Partly blocked',
      problem: 'Problem',
      done: 'Checked',
    },
    announce: {
      started: 'The check has started.',
      finished: '{{label}} {{state}}.',
    },
  },
  result: {
    confidence: {
      high: 'This result is certain',
      medium: 'This result is very likely',
      low: 'This result is a best guess (it could not be fully confirmed)',
    },
    nextHeading: 'What to do next',
    origin: {
      microsoft_cloud: {
        heading: 'With the new Outlook, this network’s block is not the cause',
        body: 'The new Outlook does not send this address’s mail from this PC: it sends it from Microsoft’s cloud servers. So even if this network blocks the way out for sending mail, that is not why mail fails to send from the new Outlook.',
        next: 'If the new Outlook cannot send, check that the outgoing server’s name, the port and the password are right. An outgoing server that works only from inside your provider’s own lines cannot be used with the new Outlook.',
      },
      other_device: {
        heading: 'An iPhone or iPad sends from somewhere other than this PC',
        body: 'Mail on an iPhone or iPad is sent from the network that iPhone or iPad is connected to. This result applies only when it sends over the same Wi‑Fi as this PC.',
        next: 'When it sends over the mobile network, this result is not why mail fails to send. An outgoing server that works only from inside your provider’s own lines does not work away from home.',
      },
    },
    didYouMean: {
      question: 'Did you mean {{email}}?',
      recheck: 'Check {{email}} instead',
    },
    guidance: {
      change_settings: {
        title: 'Set your mail program to the settings below.',
        lead: 'Do the following, and your email will send.',
      },
      keep_settings: {
        title: 'Do not change your mail program’s settings.',
        lead: 'The cause is not your mail program’s settings, so changing them will not help. Do this instead:',
      },
      settings_fine: {
        title: 'Your mail program’s outgoing settings are fine as they are.',
        lead: 'The outgoing settings in use now are the recommended ones.',
      },
    },
    again: 'Check again',
    checkedAddress: 'Address checked: {{email}}',
    path: {
      heading: 'The way your email travels',
      nodes: {
        pc: 'Your PC',
        router: 'Your router / provider',
        internet: 'The internet',
        server: 'The mail server',
      },
      stopped: 'Stopped here',
      reached: 'Gets through',
      notReached: 'Not reached',
      caption: {
        pcSecurity: 'Your email is stopped inside this computer, by its security software.',
        routerPortal: 'Your email is stopped at the Wi‑Fi sign-in page.',
        routerPortalNamed: 'Your email is stopped at the Wi‑Fi sign-in page ({{name}}).',
        routerProxy:
          'Your email is stopped at this managed network, such as a company’s: web sites can only be reached through its proxy ({{proxy}}).',
        pc: 'Your email is stopped inside this PC: it is not connected to a network.',
        router: 'Your email is stopped at your router.',
        isp: 'Your email is stopped at your provider (the company that runs your internet line).',
        server: 'Your email is stopped at the mail server.',
        none: 'Nothing on the way is stopping your email.',
        pcClock: 'Your email is stopped inside this computer: its clock is wrong.',
        fixed: 'With the new settings, your email was shown to reach the mail server.',
        address:
          'Nothing on the way is stopping your email, but the part of the address after the @ cannot be found, so it cannot be sent.',
      },
    },
  },
  settings: {
    heading: 'Sending settings for your mail program',
    lead: 'Set up sending in your mail program like this:',
    none: 'With this result there is nothing to change in your mail program yet. Please try the steps under “What to do next” first.',
    programLabel: 'Your mail program',
    origin: {
      microsoft_cloud:
        'This outgoing server ({{host}}) works only when sending from inside your provider’s own lines. The new Outlook sends from Microsoft’s cloud, not from this PC, so it cannot send through this server. Check your provider’s guide for an outgoing server that also works from outside (one with sending authentication).',
      other_device:
        'This outgoing server ({{host}}) works only when sending from inside your provider’s own lines. An iPhone or iPad also sends from other networks when you are out, so this server is not recommended. Check your provider’s guide for an outgoing server that also works from outside (one with sending authentication).',
    },
    fields: {
      host: 'Outgoing server',
      port: 'Port',
      security: 'Encryption',
      auth: 'Sign-in for sending',
      username: 'User name',
    },
    values: {
      starttls: 'STARTTLS',
      tls: 'SSL/TLS',
      none: 'None',
      authOff: 'Off (not needed)',
      authOn: 'On (required)',
      ispUserId: 'the user ID your provider gave you',
    },
    explain: {
      host: 'The server your mail program hands your email to first.',
      port587:
        'The server’s “door number”. 587 is the door reserved for mail programs sending email.',
      port465:
        'The server’s “door number”. 465 is a sending door that is encrypted from the very start.',
      portOther: 'The server’s “door number”. The server answered on this one.',
      starttls: 'Encrypts the connection right after it opens. Some programs call it “TLS”.',
      tls: 'Encrypts the connection from the very start. Some programs call it “SSL”.',
      none: 'No encryption. It only works for a server inside your provider’s network, from this line.',
      auth: 'Your user name and password are checked when sending, too (SMTP authentication).',
      username: 'Usually your full email address. The password is the same as for receiving.',
    },
    verified: 'We confirmed that the server answers with these settings.',
    published:
      'These are the settings your provider publishes; they have not been checked from here.',
    unverified:
      'These settings could not be confirmed yet (a best guess). Please compare them with your provider’s guide.',
    suggested: {
      heading: 'This outgoing server has not been checked',
      lead: 'It was the network you are using now that pointed SendCheck at this server ({{host}}), not you or your provider’s published settings.',
      reason: {
        certificate_other_name:
          'When SendCheck connected to {{namedBy}}, the server at that address showed a certificate for {{host}}.',
        srv_other_domain:
          'A DNS SRV record of {{namedBy}} named {{host}}, a server outside that domain, as the outgoing server.',
        mx_other_domain:
          '{{host}} is a guess from the MX record of {{namedBy}} (where its mail is delivered), and it is outside that domain.',
        autoconfig_other_domain:
          'The settings file of {{namedBy}} (the information mail programs use to set themselves up) named {{host}}, a server outside that domain.',
      },
      risk: 'If the network has been tampered with, a password sent to this server could be stolen. So SendCheck has not sent your password to it and has not written it into your mail program.',
      compare:
        'Please compare {{host}} with the outgoing server in your provider’s guide (its website or the papers you got when you signed up), and press the button below only if they are the same.',
      confirm: 'I have checked it: use this server',
      leadValues:
        'Once you have made sure it is the server in your provider’s guide, set your mail program as follows.',
    },
    unicodeHost: 'Shown as: {{host}}',
    current: 'Now set to: {{value}} (change this)',
    stepsHeading: 'How to set it up: {{program}}',
    copy: 'Copy',
    copyLabel: 'Copy {{field}}',
    copied: 'Copied',
    copyFailed: 'Could not copy. Please select the text and copy it.',
  },
  login: {
    heading: 'Also test your password (optional)',
    lead: 'We check whether your password is accepted with these settings, without sending any email.',
    privacy:
      'Your password is used only for this test and is never saved or logged. It is never sent without encryption.',
    passwordLabel: 'Your mail password',
    submit: 'Test the password',
    running: 'Testing…',
    result: {
      accepted: 'Your password was accepted. Sending should work with these settings.',
      rejected: 'Your password was not accepted. Check that it is right.',
      rejected_appPassword:
        'Your password was not accepted. Check that it is right. {{provider}} may need an “app password” instead of your usual password.',
      unavailable: 'There was no safe way to test it, so your password was not sent.',
      withheld: 'This outgoing server has not been confirmed, so your password was not sent.',
      unresolved:
        'We could not find the outgoing server ({{host}}), so your password was not tested and not sent. Please check the server name.',
      error: 'The connection broke off during the test. Please try again.',
    },
    failed: 'The test could not run: {{message}}',
    empty: 'Please enter your password.',
    notOffered:
      'The password test is not offered, because these settings have not been checked safely yet.',
  },
  support: {
    toggleShow: 'Show details for support staff',
    toggleHide: 'Hide details for support staff',
    heading: 'Details for support staff',
    lead: 'If you contact support, please pass on these details. They contain no password.',
    copyAll: 'Copy all details',
    summary: {
      verdict: 'Result code',
      confidence: 'Confidence',
      elapsed: 'Time taken',
      address: 'Address checked',
      provider: 'Provider',
      providerUnknown: '(not in the database)',
      recommended: 'Recommended settings',
      blockedAt: 'Stopped at',
    },
    role: {
      local_network: 'this PC’s network',
      dns_mx: 'the address’s mail server (DNS MX)',
      dns_host: 'a server name’s address (DNS)',
      dns_srv: 'the provider’s pointer (DNS SRV)',
      autoconfig: 'published settings (autoconfig)',
      submission: 'the outgoing server for mail programs',
      own_mx: 'the address’s own mail server (port 25)',
      reference_mx: 'another mail service’s server (port 25)',
      reference_submission: 'another mail service’s outgoing server',
      web_control: 'a web site (port 443)',
      login: 'the password check',
      web_proxy: 'a web site through the proxy',
      proxy_pac: 'the PAC file that chooses the proxy',
      proxy_auto_detect: 'automatic proxy detection (WPAD)',
    },
    outcome: {
      open: 'connected',
      refused: 'reset at once',
      prohibited: '“prohibited” notice',
      filtered: 'no answer',
      no_route: 'no route',
      local_refused: 'refused by this PC',
      intercepted: 'something else answered (intercepted)',
      error: 'failed after connecting',
      skipped: 'not checked',
      found: 'found',
      nxdomain: 'does not exist',
      nodata: 'no record',
      timeout: 'timed out',
      servfail: 'DNS server failure',
      accepted: 'accepted',
      rejected: 'refused',
      unavailable: 'could not be checked',
      unresolved: 'name not found',
      withheld: 'not sent (for safety)',
    },
    source: {
      user: 'the server the customer typed',
      provider_db: 'the bundled provider data',
      srv: 'a DNS SRV record',
      autoconfig: 'published settings (autoconfig)',
      guess: 'a guess from the name',
      certificate: 'a name in the certificate',
    },
    recommendedValue: '{{host}}, port {{port}}, {{security}} ({{source}}, {{trust}})',
    detailEnglish: '(the detailed record in English is in “Copy all details”)',
    evidenceHeading: 'Why we think so',
    severity: { problem: 'Problem', ok: 'OK', info: 'Note' },
    probesHeading: 'Checks that were run',
    columns: {
      role: 'Purpose',
      target: 'Target',
      outcome: 'Outcome',
      time: 'Time',
      detail: 'Detail',
    },
    transcriptHeading: 'SMTP conversations (passwords hidden)',
    transcriptFor: 'Conversation with {{host}} port {{port}}',
    certificate: 'Certificate: {{subject}} / issuer {{issuer}} / valid to {{validTo}} / {{status}}',
    certOk: 'verified',
    certBad: 'verify error: {{error}}',
    glossaryHeading: 'Terms',
    glossary: {
      op25b:
        'OP25B (Outbound Port 25 Blocking): providers stop port 25 connections to outside mail servers to fight spam.',
      port25:
        'Port 25: the door mail servers use between themselves; sending from a PC through it is often blocked.',
      port587:
        'Port 587 (submission): the door for mail programs to send through, with sign-in required.',
      port465: 'Port 465: a sending door that is encrypted from the start (SMTPS).',
      starttls: 'STARTTLS: switches a connection to encryption right after it opens.',
    },
  },
  errors: {
    ipc: {
      bad_request: 'What was entered could not be accepted.',
      forbidden: 'This cannot be done from this window.',
      not_found: 'The earlier result was not found. Please check again.',
      cancelled: 'Stopped.',
      internal: 'Something went wrong inside the app.',
    },
    retry: 'Please try again.',
  },
};
