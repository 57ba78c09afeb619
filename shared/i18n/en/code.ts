import type { Widen } from '../catalogue.js';
import type { code as jaCode } from '../ja/code.js';

/** Support staff's tools in English: the same keys as ja/code.ts. */
export const code: Widen<typeof jaCode> = {
  heading: 'Reference code',
  // The verdicts' own names for staff live with their other words, in verdicts.ts.
  place: {
    none: 'nowhere',
    pc: 'this PC',
    router: 'the router or the local network',
    isp: 'the ISP',
    server: 'the mail server',
  },
  port: {
    not_probed: 'not checked',
    open: 'open',
    failed: 'connects, but the conversation failed',
    intercepted: 'intercepted (something other than the server answers)',
    blocked_silent: 'blocked (no answer)',
    refused: 'blocked (reset at once)',
    prohibited: 'blocked (“prohibited” notice)',
    no_route: 'no route',
    local_refused: 'refused by this PC itself',
    blocked_mixed: 'blocked (more than one way)',
  },
  security: {
    starttls: 'STARTTLS',
    tls: 'SSL/TLS',
    none: 'no encryption',
  },
  trust: {
    verified: 'seen answering',
    unverified: 'not seen answering yet',
    published: 'the provider’s published settings, not checked from here',
  },
  line: {
    verdict: 'Result: {{verdict}}',
    place: 'Stopped at: {{place}}',
    port: 'Port {{port}}: {{state}}',
    recommended: 'Recommended: port {{port}}, {{security}} ({{trust}})',
    recommendedOtherPort:
      'Recommended: a port other than 25, 465, 587 or 2525, {{security}} ({{trust}})',
    recommendedNone: 'Recommended: none',
    provider: 'Provider: {{names, list(type: disjunction)}}',
    providerUnknown: 'Provider: one this version’s data does not know (tag {{hash}}).',
    providerNone: 'Provider: not in the bundled data.',
    appVersion: 'App version: {{version}}',
    appVersionUnknown: 'App version: unknown',
    currentPort: 'Port the customer uses now: {{port}}',
    currentPortOther: 'Port the customer uses now: not 25, 465, 587 or 2525',
    currentPortNone: 'Port the customer uses now: not entered',
    currentProgram: 'The customer’s mail program: {{program}}',
    currentProgramNone: 'The customer’s mail program: not chosen',
    currentNotInCode:
      'This reference code has the old format: it does not carry the customer’s current port and mail program.',
  },
  error: {
    bad_length:
      'A reference code has {{expected}} digits; {{length}} characters were typed (hyphens and spaces do not count).',
    bad_character:
      'Character {{position}}, “{{character}}”, is never used in reference codes. Please ask for the code again.',
    check_failed:
      'One character is wrong, or two neighbouring characters are swapped. Please ask for the code again.',
    check_failed_group:
      'Group {{group}} from the left (four digits) is wrong. Please ask for just those four digits again.',
    check_failed_groups:
      'Groups {{first}} and {{second}} from the left are wrong. Please ask for those eight digits again.',
    check_failed_many:
      '{{count}} groups of four digits are wrong. Please ask for the whole reference code again.',
    unknown_version:
      'This reference code has a format this version of SendCheck cannot read. Please update SendCheck.',
    unknown_value:
      'This reference code was made by a newer SendCheck ({{appVersion}}), so not all of it can be read. Please update SendCheck.',
    unknown_value_noVersion:
      'This reference code was made by a newer SendCheck, so not all of it can be read. Please update SendCheck.',
  },
  file: {
    title: 'SendCheck diagnosis report',
    intro:
      'SendCheck saved this diagnosis report. It contains no password. If you contact support, show them this page or hand them this file.',
    savedAt: 'Saved: {{date}}',
    address: 'Address checked: {{email}}',
    code: 'Reference code: {{code}}',
    appVersion: 'SendCheck version: {{version}}',
    summaryHeading: 'Summary',
    actionsHeading: 'What to do',
    settingsHeading: 'Recommended outgoing settings',
    settingsNone: 'This result has no recommended outgoing settings.',
    server: 'Outgoing server: {{host}}',
    serverUnicode: 'Outgoing server: {{host}} ({{unicode}})',
    pageTitle: 'SendCheck diagnosis report — {{email}}',
    evidence: '[{{severity}}] {{text}}',
    port: 'Port: {{port}}',
    security: 'Encryption: {{security}}',
    auth: 'Authentication: {{auth}}',
    authOn: 'on',
    authOff: 'off',
    username: 'User name: {{username}}',
    unverified: 'These settings have not been seen answering yet.',
    published: 'These are the settings your provider publishes; they were not checked from here.',
    evidenceHeading: 'Evidence',
    severity: { problem: 'problem', ok: 'ok', info: 'info' },
    probesHeading: 'Checks made',
    columns: {
      role: 'Purpose',
      target: 'Target',
      outcome: 'Outcome',
      time: 'Time (ms)',
      detail: 'Detail',
    },
    transcriptsHeading: 'SMTP conversations (passwords and sign-in exchanges hidden)',
    transcriptFor: 'Conversation with {{target}}',
    saved: 'Report saved: {{path}}',
    saveFailed: 'Could not save the report ({{path}}): {{reason}}',
    logHeading: 'SendCheck’s own record of what it did (the log)',
    dataNote: 'This file also holds the data that SendCheck’s “Support staff” screen opens.',
  },
  fileError: {
    too_large: 'This file is too large to be a report saved by SendCheck.',
    not_a_report: 'This file is not a SendCheck report.',
    truncated: 'This file is cut short. Please ask for it to be saved and sent again.',
    bad_json: 'The data in this file is damaged. Please ask for it to be saved and sent again.',
    unsupported_version:
      'This report was saved by a newer version of SendCheck. Please update SendCheck.',
    invalid:
      'The data in this file has an invalid entry ({{path}}). Please ask for it to be saved and sent again.',
  },
  lookup: {
    heading: 'Outgoing server settings for {{domain}} (published by the provider)',
    provider: 'Provider: {{name}}',
    matchedParent: 'These are the settings listed for {{matched}}.',
    server: 'Port {{port}}, {{security}}, server {{host}}, user name {{username}}',
    insideIspOnly: 'This server only works when you connect through that provider’s own line.',
    notChecked:
      'These are the settings the provider publishes. Nothing was sent over the network, so they were not checked from here.',
    oauthOnly:
      'This service does not accept a password for sending: sign in to the service from your mail program (OAuth).',
    appPasswordRequired: 'This service requires an app password for mail programs.',
    appPasswordAvailable: 'This service lets you create an app password for mail programs.',
    noServers: 'This provider publishes no outgoing server settings.',
    notFound: 'The provider of {{domain}} is not in the bundled data.',
  },
};
