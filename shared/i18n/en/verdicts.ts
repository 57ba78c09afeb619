import type { Widen } from '../catalogue.js';
import type { action as jaAction, verdict as jaVerdict } from '../ja/verdicts.js';

/** Each verdict in plain English: a title and an explanation, with no jargon and no port numbers. */
export const verdict: Widen<typeof jaVerdict> = {
  ok: {
    title: 'Nothing on your network is stopping your email',
    explanation:
      'Your connection and your mail server both answer normally. The settings below work from here.',
    explanation_suggested:
      'Your connection works, and a mail server answers. But that server was named by the network, not by you or your provider: check it against your provider’s guide before you use the settings below.',
  },
  port25_blocked: {
    title: 'Your internet provider blocks the old way of sending email',
    explanation:
      'To fight spam, your internet provider stops mail from being sent to outside mail servers the old way, without a password. Your mail server has a separate entrance for sending with a password. Switch your outgoing settings to that entrance and your email will go out.',
  },
  port25_intercepted: {
    title: 'Your outgoing mail is being diverted on the way',
    explanation:
      'Mail sent the old way is picked up on the way, by your provider’s relay or by an antivirus “mail shield”, instead of reaching your mail server. Sending with a password goes straight to your own server.',
  },
  submission_blocked: {
    title: 'The usual ways of sending are blocked here, but the encrypted one works',
    explanation:
      'On this network both of the usual entrances for sending mail are blocked. The entrance that encrypts from the very start still answers, so change your outgoing settings to the ones below.',
  },
  smtp_blocked: {
    title: 'This network blocks sending from mail programs',
    explanation:
      'Web pages work, but every connection a mail program uses to send is blocked. Hotels, public Wi‑Fi and company networks often do this; no setting in your mail program can get around it.',
  },
  server_unreachable: {
    title: 'Your outgoing mail server does not answer',
    explanation:
      'Other mail servers answer, but your mail service’s outgoing server does not. Its name may be wrong, or the service may be having trouble.',
  },
  tls_problem: {
    title: 'There is a problem with the mail server’s security certificate',
    explanation:
      'The certificate that proves the server’s identity has expired, names another server, or comes from an issuer your computer does not trust. Your mail program cannot connect to it safely as it is.',
  },
  security_software: {
    title: 'Security software on this computer is stopping your mail',
    explanation:
      'Your mail connections are stopped or replaced inside this computer, before they reach the internet. A feature of your antivirus or other security software does this; it is not your provider or your mail service. Change that software’s settings and your email will go out.',
  },
  captive_portal: {
    title: 'You have not signed in to this Wi‑Fi yet',
    explanation:
      'Until you sign in on its web page, this network sends all your internet traffic to that page. Hotels, stations and cafés often do this. Sign in with your browser, and your email will go out too.',
  },
  auth_failed: {
    title: 'The sign-in was refused',
    explanation:
      'Your outgoing server answered, but it did not accept the user name or password. The server settings are right; check the password.',
  },
  domain_not_found: {
    title: 'The part of your address after the @ was not found',
    explanation:
      'The domain “{{domain}}” does not exist or does not accept email. Check the spelling of your address.',
  },
  dns_unavailable: {
    title: 'Names on the internet cannot be looked up',
    explanation:
      'The service that turns server names into addresses (DNS) is not answering. Restarting your router usually fixes this.',
  },
  internet_unreachable: {
    title: 'You are not connected to the internet',
    explanation:
      'Your computer is on a network, but nothing on the internet answers. The line may be down, or the router may be having trouble.',
  },
  offline: {
    title: 'This computer is not connected to a network',
    explanation: 'This computer does not seem to be connected to Wi‑Fi or a cable.',
  },
};

/** What the user is told to do next: one whole sentence per action. */
export const action: Widen<typeof jaAction> = {
  use_settings: 'Make your mail program’s outgoing settings match the ones below.',
  check_password: 'If it still won’t send, check your password and account settings.',
  change_outgoing:
    'Change your mail program’s outgoing server settings to those in the settings card below.',
  turn_on_auth: 'Turn on “my outgoing server requires authentication” (sign in to send).',
  change_outgoing_tls:
    'Change your mail program’s outgoing settings to those in the settings card below (encrypted from the start).',
  antivirus_mail_scan: 'If you use antivirus software, try turning off its outgoing mail scanning.',
  use_webmail: 'Send from webmail in your browser.',
  other_network: 'Or switch to another network, such as your phone’s hotspot.',
  ask_admin: 'On a company or venue network, ask its administrator to allow sending mail.',
  compare_server_name:
    'Compare the outgoing server name in your mail program with your mail service’s instructions.',
  check_status_later: 'Check your mail service’s status page, and try again a little later.',
  type_server_from_guide:
    'Find the outgoing server name in your provider’s or mail service’s guide, type it into “Outgoing server you use now”, and check again.',
  check_server_name:
    'Check that the outgoing server name matches your mail service’s instructions.',
  antivirus_ssl_scan: 'Turn off your antivirus software’s mail or SSL scanning and check again.',
  report_certificate: 'If that does not help, report a certificate problem to your mail service.',
  security_mail_shield:
    'Open your security software’s settings and turn off “Mail Shield”, “Email protection” or “Scan outgoing mail”.',
  security_ssl_scan:
    'In the same settings, turn off “SSL/TLS scanning”, “Scan encrypted connections” or “HTTPS scanning”, or exclude your mail program from it.',
  security_program_exception:
    'In the firewall settings, allow your mail program’s connections (look for “Program exceptions” or “Allowed apps”).',
  portal_sign_in:
    'Open any web page in your browser. When the sign-in page appears, complete it (accept the terms or enter the password you were given).',
  portal_check_again: 'Once you are signed in, check again.',
  retype_password: 'Type the password again (mind upper and lower case).',
  app_password:
    '{{provider}} needs an “app password”: create one and put it into your mail program instead of your usual password.',
  oauth_sign_in:
    '{{provider}} only accepts signing in from your mail program’s own sign-in window. Add the account to your mail program again and sign in on the page it shows.',
  check_spelling:
    'Compare your address with your contract papers or your mail service’s instructions.',
  restart_router: 'Switch your router off, wait about 30 seconds, and switch it on again.',
  dns_automatic: 'If you set your computer’s DNS by hand, set it back to automatic.',
  open_browser_sign_in: 'Open any page in your browser; if a sign-in page appears, complete it.',
  restart_router_outage:
    'Restart your router; if that does not help, check your provider’s outage page.',
  check_cable: 'Check that Wi‑Fi is on or that the network cable is plugged in.',
  run_again: 'Then run the check again.',
  works_here_only:
    'Your current settings work on this line, but not from other networks, for example when you are out. Switch to the settings below so that you can send from anywhere.',
  confirm_suggested:
    'Check in your provider’s or hosting company’s guide that the outgoing server is {{host}}.',
};
