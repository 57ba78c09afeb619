import type { Widen } from '../catalogue.js';
import type { staff as jaStaff } from '../ja/staff.js';

/** The "Support staff" screen in English: the same keys as ja/staff.ts. */
export const staff: Widen<typeof jaStaff> = {
  heading: 'Support staff console',
  lead: 'Read a reference code a customer gives you, or open a report file they sent. Nothing on this screen uses the network.',
  back: 'Back to the first screen',
  code: {
    heading: 'Read a reference code',
    label: 'Reference code',
    hint: 'Example: 0125-6669-6534-1342-9564-5609 (24 digits; hyphens and spaces are optional; old 13-character letter codes are read too)',
    submit: 'Read',
    empty: 'Please type the reference code.',
    summaryHeading: 'What reference code {{code}} says',
  },
  operator: {
    label: 'For the operator',
    ok: 'The network lets mail out, so check with the customer that their mail program has the recommended settings.',
    port25_blocked:
      'The ISP blocks sending on port 25 (OP25B), so have the customer change the outgoing settings to the recommended ones (with authentication).',
    port25_intercepted:
      'Something takes port 25 connections (the ISP’s relay or a security product), so have the customer change the outgoing settings to the recommended ones (with authentication).',
    submission_blocked:
      'This network blocks ports 25 and 587 and lets only 465 through, so have the customer change the outgoing settings to port 465 (SSL/TLS).',
    smtp_blocked:
      'This network blocks all mail sending, so leave the settings alone and guide the customer to another network or to webmail.',
    server_unreachable:
      'Only the outgoing server does not answer, so before changing anything check with the customer that its name matches the mail service’s guide.',
    tls_problem:
      'The outgoing server’s security certificate cannot be verified, so leave the settings alone and check the security product’s SSL scanning and the server name.',
    security_software:
      'A security product on this PC stops the mail traffic, so go through its mail protection setting with the customer and remind them to turn it back on after the test.',
    captive_portal:
      'The customer is on a Wi‑Fi with a sign-in page that is not done yet, so have them finish the sign-in in the browser first.',
    auth_failed:
      'The outgoing server is reached but the password is refused, so have the customer check the user name and password in the mail program.',
    domain_not_found:
      'The part of the address after @ does not exist, so have the customer compare the spelling with their contract papers.',
    dns_unavailable:
      'Name look-ups (DNS) get no answer, so have the customer turn the router off and on again.',
    internet_unreachable:
      'The internet cannot be reached, so have the customer check the router and the line before the mail settings.',
    offline:
      'This PC is not connected to any network, so have the customer check the Wi‑Fi and the network cable.',
    pc_clock:
      'This PC’s clock is wrong, so certificates cannot be checked properly; leave the settings alone and have the customer turn on setting the date and time automatically first.',
  },
  guide: {
    heading: 'What to tell the customer',
    lead: 'The words and steps on the customer’s screen; you can read them out as they are.',
    stepsHeading: '“What to do” on the customer’s screen',
    note: 'The customer’s screen may show one more step fitted to this result. To see the screen itself, open the report file they saved.',
  },
  detailsHeading: 'What the reference code says',
  rule: {
    heading: 'Which settings to read out',
    general:
      'When the reference code and the published settings differ, read out the settings seen answering from the customer’s line (marked “seen answering” in the code); otherwise read out the provider’s published settings. The server name always comes from the published settings.',
    needCode:
      'Decode the reference code first: this place then compares it with the published settings and says which to read out.',
    agree:
      'The reference code’s recommendation and the published settings have the same port and encryption. Read out the published settings as they are.',
    code: 'The reference code’s recommendation (port {{port}}, {{security}}) was seen answering from the customer’s line. It differs from the published settings: read out the port and encryption from the code, and the server name from the published settings.',
    codeOtherPort:
      'The reference code’s recommendation was seen answering from the customer’s line, but its port is not in the code. Ask the customer to read the port from the settings card on their screen.',
    lookupUnverified:
      'The reference code’s recommendation was not seen answering from the customer’s line. Read out the provider’s published settings instead.',
    lookupNoRecommendation:
      'The reference code has no recommended settings. Read out the provider’s published settings.',
    askAddress:
      'The provider of the address you looked up ({{lookup}}) is not the reference code’s ({{code, list(type: disjunction)}}). Please check the customer’s address again.',
    notInLookup:
      'This address’s provider is not in the bundled data. Ask the customer to check the server name in their contract papers or the provider’s guide.',
  },
  report: {
    heading: 'Open a report file',
    lead: 'Open a file a customer saved with “Save report” to see their result screen.',
    button: 'Open a report file',
    opening: 'Opening the file…',
    cancelled: 'No file was opened.',
    failed: 'The file could not be opened ({{message}}).',
    viewing:
      'This is a saved report (saved {{date}}, SendCheck {{version}}, reference code {{code}}). Nothing here changes the customer’s settings.',
    close: 'Close the report',
  },
  lookup: {
    heading: "Look up a provider's published settings",
    lead: "Looks up the address's provider in SendCheck's built-in data. Nothing is sent over the network.",
    label: 'Email address',
    submit: 'Look up',
  },
};
