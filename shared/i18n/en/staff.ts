import type { Widen } from '../catalogue.js';
import type { staff as jaStaff } from '../ja/staff.js';

/** The "Support staff" screen in English: the same keys as ja/staff.ts. */
export const staff: Widen<typeof jaStaff> = {
  headerLink: 'Support staff',
  heading: 'Support staff',
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
