/**
 * Each mail program's name, its words for the kinds of encryption, and the numbered steps to type
 * the recommended settings into it, in English (the same keys as ja/programs.ts, which names the
 * pages each program's labels were checked against; docs/mail-programs.md lists them too).
 */
export const programs = {
  // Sources: as ja/programs.ts (Microsoft Support, classic and Microsoft 365 paths).
  outlook_classic: {
    name: 'Outlook (classic)',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'None' },
    steps: [
      'In Outlook, open File, choose this email address in the list at the top, then click Account Settings.',
      'If the menu has Server Settings (Outlook in Microsoft 365), choose it and open Outgoing mail. Enter {{host}} as the server and {{port}} as the port, set the encryption method to {{security}}, and tick the box that says the outgoing server requires authentication. Click Next, then go to the last step.',
      'If there is no Server Settings, choose Account Settings, select this email address in the list and click Change. Check that the User Name under Logon Information is {{username}}.',
      'In “Outgoing mail server (SMTP)”, type {{host}}, then click More Settings.',
      'On the Outgoing Server tab, tick “My outgoing server (SMTP) requires authentication” and choose “Use same settings as my incoming mail server”.',
      'On the Advanced tab, set “Outgoing server (SMTP)” to {{port}} and “Use the following type of encrypted connection” to {{security}}.',
      'Click OK, then Next. When the test succeeds, click Done.',
      'The first time you send after the change, Outlook may ask for your mail password. If it does, enter your mail password.',
    ],
  },
  // Sources: as ja/programs.ts (Microsoft Learn and Microsoft Support on the new Outlook).
  outlook_new: {
    name: 'New Outlook',
    security: { starttls: 'StartTLS', tls: 'SSL/TLS', none: 'None' },
    steps: [
      'In the new Outlook, the Manage page of an IMAP or POP account has no place to change the outgoing server. To change it, you remove the account and add it again.',
      'Removing a POP account (one that downloads mail to this PC) can lose the mail it downloaded to this PC. If the account is POP, do not remove it: set this address up in classic Outlook or another mail program instead.',
      'An IMAP account keeps your mail on the server. Before removing it, check in your provider’s webmail that your received and sent messages are there.',
      'Select the gear (Settings) at the top right, then Accounts → Email accounts, select Manage next to this address, and choose Remove.',
      'Select “Add account”, type the same address, and choose IMAP to set it up by hand. If the server boxes are hidden, select “Show more”.',
      'Set “SMTP outgoing server” to {{host}}, “SMTP port” to {{port}} and “Secure connection type” to {{security}}, and enter {{username}} as the SMTP user name.',
      'Select Continue, then send yourself a test message.',
      'The first time you send after adding the account, the new Outlook may ask for your mail password. If it does, enter your mail password.',
    ],
  },
  // Sources: as ja/programs.ts (Thunderbird's own Account Settings window).
  thunderbird: {
    name: 'Thunderbird',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'None' },
    steps: [
      'Open the ≡ menu at the top right and choose Account Settings.',
      'At the bottom of the list on the left, choose Outgoing Server (SMTP).',
      'Select the server this address uses and click Edit.',
      'Set Server Name to {{host}} and Port to {{port}}.',
      'Set Connection security to {{security}} and Authentication method to “Normal password”, and enter {{username}} as the User Name.',
      'Click OK, then send yourself a test message.',
      'The first time you send after the change, Thunderbird asks for your mail password. Enter your mail password there.',
    ],
  },
  // Sources: as ja/programs.ts (Apple's Mail User Guide).
  apple_mail: {
    name: 'Mail (Mac)',
    security: { starttls: 'Use TLS/SSL', tls: 'Use TLS/SSL', none: 'None' },
    steps: [
      'In the Mail menu, choose Settings (Preferences on older macOS).',
      'Click Accounts and select this address’s account in the list on the left.',
      'Click Server Settings and look at the “Outgoing Mail Server (SMTP)” part.',
      'Enter {{username}} as User Name and {{host}} as Host Name.',
      'Untick “Automatically manage connection settings”, set Port to {{port}}, tick “{{security}}” and set Authentication to Password.',
      'Click Save, then send yourself a test message.',
      'The first time you send after the change, Mail may ask for your mail password. If it does, enter your mail password.',
    ],
  },
  // Sources: as ja/programs.ts (iOS's own Settings labels).
  ios_mail: {
    name: 'iPhone / iPad Mail',
    security: { starttls: 'Use SSL', tls: 'Use SSL', none: 'None' },
    steps: [
      'Open Settings → Apps → Mail → Mail Accounts (on iOS 17 and earlier: Settings → Mail → Accounts).',
      'Tap this address’s account, then tap Account at the top.',
      'Under Outgoing Mail Server, tap SMTP, then tap the primary server’s name.',
      'Enter {{host}} as Host Name and {{username}} as User Name, and your mail password as Password.',
      'Turn on “{{security}}”, set Authentication to Password and Server Port to {{port}}.',
      'Tap Done, then send yourself a test message.',
      'The first time you send, your iPhone or iPad may ask for your mail password. If it does, enter your mail password.',
    ],
  },
  // Sources: as ja/programs.ts (Becky!'s manual, not found through the search tool).
  becky: {
    name: 'Becky! Internet Mail',
    security: { starttls: 'both “SSL/TLS” and “STARTTLS”', tls: 'only “SSL/TLS”', none: 'None' },
    steps: [
      'Open Tools → Mailbox Setting from the menu.',
      'On the Basic tab, type {{host}} as the SMTP (outgoing) server.',
      'Open the Advanced tab and tick “SMTP Authentication”. Check that the user ID is {{username}}.',
      'Set the SMTP server port to {{port}}.',
      'In the SMTP encryption settings, tick {{security}} (on the Basic or the Advanced tab, depending on the version).',
      'Click OK, then send yourself a test message.',
      'The first time you send after the change, Becky! may ask for your mail password. If it does, enter your mail password.',
    ],
  },
  // General steps: the labels differ from program to program.
  other: {
    name: 'Another mail program',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'None' },
    steps: [
      'Open your mail program’s account settings (often called Settings, Accounts or Servers).',
      'In the “Outgoing server” or “SMTP server” box, type {{host}}.',
      'Set the outgoing port to {{port}}.',
      'Set the encryption (often called SSL, TLS or Security) to {{security}}. Some programs use a slightly different name.',
      'Turn on “Outgoing server requires authentication” (or similar) and enter {{username}} as the user name, with your mail password.',
      'Save the settings, then send yourself a test message.',
      'The first time you send after the change, your mail program may ask for your mail password. If it does, enter your mail password.',
    ],
  },
} as const;
