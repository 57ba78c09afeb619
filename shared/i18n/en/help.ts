import type { Widen } from '../catalogue.js';
import type { help as ja } from '../ja/help.js';

/** "Still not sending?" and the printed settings sheet in English (same keys as ja/help.ts). */
export const help: Widen<typeof ja> = {
  heading: 'Still not sending?',
  lead: 'If your mail still does not send after all this, here is what you can do.',
  ask: {
    heading: 'Ask for help',
    known:
      '{{name}}’s help page explains the mail settings and what to do when mail does not send.',
    copyPage: 'Copy the address of {{name}}’s help page',
    phone: '{{name}} phone: {{phone}}',
    provider:
      'Ask {{name}}’s support staff. How to reach them is in your contract papers or on {{name}}’s website.',
    unknown:
      'Ask the support staff of the company that gave you this email address (your internet provider or mail service). How to reach them is in your contract papers.',
    code: 'When you ask, read them the reference code at the top of this screen: it tells them what SendCheck found.',
  },
  phone: {
    heading: 'Meanwhile, send from your phone',
    mobileData:
      'If this address is set up in your phone’s mail app, turn Wi‑Fi off and send over mobile data. The mail then does not go through your home line, so it may get through.',
    webmail:
      'You can also send from this address with your provider’s or mail service’s webmail, in the browser of your phone or computer. How to sign in is on their help page or in your contract papers.',
    safety:
      'Type your password only into your mail app’s settings or your provider’s official page, never into a page you opened from a link in an email or text message.',
  },
  print: {
    heading: 'Print the settings on paper',
    lead: 'Prints the outgoing settings and the reference code in large letters on one A4 sheet, to have at hand while you type them into your mail program or talk to the helpdesk.',
    button: 'Print the settings',
  },
  sheet: {
    title: 'Outgoing mail settings',
    codeMissing: 'See the reference code on SendCheck’s screen.',
    page: '{{name}} help page: {{url}}',
    printed: 'Printed on {{date, datetime}}.',
    footer: 'From a check by SendCheck.',
  },
};
