import type { Widen } from '../catalogue.js';
import type {
  action as jaAction,
  evidence as jaEvidence,
  verdict as jaVerdict,
} from '../ja/verdicts.js';

/**
 * The words of a diagnosis, in English: the same keys as ja/verdicts.ts (each verdict, the next
 * steps, the evidence).
 */

/** Each verdict: title, explanation (variants are i18next contexts), and its name for support staff. */
export const verdict: Widen<typeof jaVerdict> = {
  ok: {
    title: 'Nothing on your network is stopping your email',
    explanation:
      'Your connection and your mail server both answer normally. The settings below work from here.',
    explanation_fine:
      'Your connection and your mail server both answer normally, and your outgoing settings work as they are.',
    explanation_suggested:
      'Your connection works, and a mail server answers. But that server was named by the network, not by you or your provider: check it against your provider’s guide before you use the settings below.',
    staff: 'No problem found',
  },
  port25_blocked: {
    title: 'Your internet provider blocks the old way of sending email',
    explanation:
      'To fight spam, your internet provider stops mail from being sent to outside mail servers the old way, without a password. Your mail server has a separate entrance for sending with a password. Switch your outgoing settings to that entrance and your email will go out.',
    staff: 'Port 25 blocked (OP25B)',
  },
  port25_intercepted: {
    title: 'Your outgoing mail is being diverted on the way',
    explanation:
      'Mail sent the old way is picked up on the way, by your provider’s relay or by an antivirus “mail shield”, instead of reaching your mail server. Sending with a password goes straight to your own server.',
    staff: 'Port 25 intercepted (ISP relay or mail shield)',
  },
  submission_blocked: {
    title: 'The usual ways of sending are blocked here, but the encrypted one works',
    explanation:
      'On this network both of the usual entrances for sending mail are blocked. The entrance that encrypts from the very start still answers, so change your outgoing settings to the ones below.',
    staff: 'Ports 25 and 587 blocked (465 works)',
  },
  smtp_blocked: {
    title: 'This network blocks sending from mail programs',
    explanation:
      'Web pages work, but every connection a mail program uses to send is blocked. Hotels, public Wi‑Fi and company networks often do this; no setting in your mail program can get around it.',
    staff: 'All mail ports blocked',
  },
  server_unreachable: {
    title: 'Your outgoing mail server does not answer',
    explanation:
      'Other mail servers answer, but your mail service’s outgoing server does not. Its name may be wrong, or the service may be having trouble.',
    staff: 'Outgoing server does not answer',
  },
  tls_problem: {
    title: 'There is a problem with the mail server’s security certificate',
    explanation:
      'The certificate that proves the server’s identity has expired, names another server, or comes from an issuer your computer does not trust. Your mail program cannot connect to it safely as it is.',
    staff: 'Certificate or encryption problem on the outgoing server',
  },
  security_software: {
    title: 'Security software on this computer is stopping your mail',
    explanation:
      'Your mail connections are stopped or replaced inside this computer, before they reach the internet. A feature of your antivirus or other security software does this; it is not your provider or your mail service. Change that software’s settings and your email will go out.',
    staff: 'Security software on this PC stops the connection',
  },
  captive_portal: {
    title: 'You have not signed in to this Wi‑Fi yet',
    explanation:
      'Until you sign in on its web page, this network sends all your internet traffic to that page. Hotels, stations and cafés often do this. Sign in with your browser, and your email will go out too.',
    staff: 'Wi‑Fi sign-in page not completed',
  },
  auth_failed: {
    title: 'The sign-in was refused',
    explanation:
      'Your outgoing server answered, but it did not accept the user name or password. The server settings are right; check the password.',
    staff: 'Sign-in refused',
  },
  domain_not_found: {
    title: 'The part of your address after the @ was not found',
    explanation:
      'The domain “{{domain}}” does not exist or does not accept email. Check the spelling of your address.',
    staff: 'The address’s domain does not exist',
  },
  dns_unavailable: {
    title: 'Names on the internet cannot be looked up',
    explanation:
      'The service that turns server names into addresses (DNS) is not answering. Restarting your router usually fixes this.',
    staff: 'DNS not working',
  },
  internet_unreachable: {
    title: 'You are not connected to the internet',
    explanation:
      'Your computer is on a network, but nothing on the internet answers. The line may be down, or the router may be having trouble.',
    staff: 'No internet connection',
  },
  offline: {
    title: 'This computer is not connected to a network',
    explanation: 'This computer does not seem to be connected to Wi‑Fi or a cable.',
    staff: 'Not connected to a network',
  },
  pc_clock: {
    title: 'This computer’s clock is wrong',
    explanation:
      'This computer’s clock is far off, so every certificate that proves who a mail server or web site is looks invalid. Your mail settings are not the problem. Set the clock to be set automatically, then check again.',
    staff: 'PC clock wrong (certificates look outside their validity)',
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
  antivirus_mail_scan:
    'If you use antivirus software, try turning off its outgoing mail scanning for a moment. When you have tried, be sure to turn it back on.',
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
  antivirus_ssl_scan:
    'If you use antivirus software, turn off its mail or SSL scanning for a moment and check again. When you have checked, be sure to turn it back on.',
  report_certificate: 'If that does not help, report a certificate problem to your mail service.',
  security_mail_shield:
    'Open your security software’s settings, turn off “Mail Shield”, “Email protection” or “Scan outgoing mail” for a moment, and try sending. When you have tried, be sure to turn it back on.',
  security_ssl_scan:
    'In the same settings, exclude your mail program from “SSL/TLS scanning”, “Scan encrypted connections” or “HTTPS scanning”. If you cannot, turn that scanning off for a moment to try, and be sure to turn it back on afterwards.',
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
    'Restart your router. If that does not help, call your provider’s support line.',
  check_cable: 'Check that Wi‑Fi is on or that the network cable is plugged in.',
  run_again: 'Then run the check again.',
  works_here_only:
    'Your current settings work on this line, but not from other networks, for example when you are out. Switch to the settings below so that you can send from anywhere.',
  confirm_suggested:
    'Check in your provider’s or hosting company’s guide that the outgoing server is {{host}}.',
  clock_windows:
    'On Windows: open Start → Settings → Time & language → Date & time, turn on “Set time automatically”, and click “Sync now”.',
  clock_mac:
    'On a Mac: open the Apple menu → System Settings → General → Date & Time, and turn on “Set time and date automatically”.',
  clock_check_again:
    'Once the clock is right, check again: then your mail settings can be checked as well.',
  ask_admin_mail_server:
    'Ask the network’s administrator (your company’s IT staff) which mail server and settings to use on this network.',
};

/**
 * What the engine found, one whole sentence per finding (and per variant: `_filtered`, `_refused`…
 * are i18next contexts chosen from the evidence's parameters). Support staff read these aloud.
 */
export const evidence: Widen<typeof jaEvidence> & {
  server_name_not_found_one: string;
  server_name_not_found_other: string;
  local_refused_one: string;
  local_refused_other: string;
} = {
  no_route: 'This computer has no route to any network.',
  dns_failed: 'No name look-up (DNS) got an answer from anywhere ({{outcomes, list}}).',
  dns_ok: 'Name look-ups (DNS) work.',
  nothing_answers: 'Neither web sites nor mail servers can be reached.',
  web_ok: 'Web sites (port 443) can be reached.',
  web_proxy_only:
    'Web sites can only be reached through the configured proxy ({{proxy}}): this is a managed network, such as a company’s.',
  proxy_login:
    'The proxy ({{proxy}}) asks for a user name and password before it lets anything through: the connection itself works.',
  proxy_pac:
    'This PC’s proxy is configured by a PAC file ({{host}}). The command line does not run PAC files, so the connection through that proxy was not checked. The app checks it through that proxy.',
  proxy_auto_detect:
    'Automatic proxy detection (WPAD) is on on this PC. The command line does not check a proxy found that way. The app checks it through that proxy.',
  portal_same_address:
    'Unrelated names ({{names, list}}) all point to the same address ({{address}}): your traffic is being sent to a Wi‑Fi sign-in page.',
  portal_certificate:
    'Connecting to {{host}} returned a certificate that is not the site’s own ({{names, list}}, issued by {{issuer}}, at {{address}}): a sign-in page is in the way.',
  portal_redirect:
    'Asking {{host}} for its fixed test answer was redirected to {{location}} (answered from {{address}}): a Wi‑Fi sign-in page is in the way.',
  portal_wrong_answer:
    'Asking {{host}} for its fixed test answer got a different page back (answered from {{address}}): a Wi‑Fi sign-in page is in the way.',
  domain_missing_nxdomain: 'The domain “{{domain}}” does not exist.',
  domain_missing_nodata: '“{{domain}}” has no mail server registered.',
  domain_missing_null_mx: '“{{domain}}” declares that it accepts no mail (null MX).',
  mail_ports_blocked_filtered:
    'Every mail connection (ports 25, 465 and 587), to every server, gets no answer at all.',
  mail_ports_blocked_refused:
    'Every mail connection (ports 25, 465 and 587), to every server, is cut off at once.',
  mail_ports_blocked_prohibited:
    'Every mail connection (ports 25, 465 and 587), to every server, is refused with a “prohibited” notice.',
  mail_ports_blocked_mixed:
    'Every mail connection (ports 25, 465 and 587), to every server, fails to connect.',
  server_name_not_found: 'The outgoing server name {{hosts, list}} does not exist.',
  server_name_not_found_one: 'The outgoing server name {{hosts, list}} does not exist.',
  server_name_not_found_other: 'The outgoing server names {{hosts, list}} do not exist.',
  submission_silent:
    'None of the outgoing server candidates ({{hosts, list}}) answers as a mail submission server.',
  submission_silent_none: 'No outgoing server candidate was found.',
  submission_slow:
    '{{host}} answered on port {{port}}, but its first greeting took {{seconds}} seconds: a slow server.',
  other_mail_ok: 'Other mail servers can be reached.',
  submission_open_starttls:
    'The outgoing server {{host}} answers on port {{port}} (the entrance for sending with a password) in {{ms}} ms and switches to encryption (STARTTLS). It offers the sign-in methods {{mechanisms, list}}.',
  submission_open_tls:
    'The outgoing server {{host}} answers on port {{port}} (the entrance for sending with a password) in {{ms}} ms, encrypted from the start (SSL/TLS). It offers the sign-in methods {{mechanisms, list}}.',
  submission_open_none:
    'The outgoing server {{host}} answers on port {{port}} in {{ms}} ms, but offers no encryption. It offers the sign-in methods {{mechanisms, list}}.',
  submission_no_auth:
    '{{host}} answers on port {{port}}, but offers no sign-in (authentication), even after encryption: mail programs cannot send through it.',
  certificate_invalid_expired:
    'The certificate of {{host}} (port {{port}}) expired on {{validTo, datetime}} (issued by {{issuer}}).',
  certificate_invalid_not_yet_valid:
    'The certificate of {{host}} (port {{port}}) is not valid yet (issued by {{issuer}}).',
  certificate_invalid_wrong_host:
    'The certificate of {{host}} (port {{port}}) is for another name ({{names, list}}; issued by {{issuer}}).',
  certificate_invalid_self_signed:
    'The certificate of {{host}} (port {{port}}) is self-signed: no one vouches for it.',
  certificate_invalid_untrusted:
    'The certificate of {{host}} (port {{port}}) comes from an issuer this computer does not trust ({{issuer}}).',
  certificate_invalid_other:
    'The certificate of {{host}} (port {{port}}) does not verify ({{code}}; issued by {{issuer}}).',
  certificate_other_name:
    'The certificate of {{host}} names {{name}}, and {{name}} answers as an outgoing server at the same address.',
  host_suggested_certificate_other_name:
    'Connecting to {{namedBy}} brought back a certificate for another name, {{host}}. It may be the right name of a shared hosting server, but the network on the way could also have swapped it, so it has not been confirmed. Use it only after checking that your provider’s or hosting company’s guide names {{host}}.',
  host_suggested_srv_other_domain:
    'The outgoing server {{host}} comes from a DNS entry of {{namedBy}} (an SRV record). It lies outside {{namedBy}}, and the network on the way could have changed that entry, so it has not been confirmed. Use it only after checking that your provider’s guide names {{host}}.',
  host_suggested_mx_other_domain:
    'The outgoing server {{host}} is a guess from the name of the server that receives mail for {{namedBy}} (its MX). It lies outside {{namedBy}}, and the network on the way could have changed that entry, so it has not been confirmed. Use it only after checking that your provider’s guide names {{host}}.',
  host_suggested_autoconfig_other_domain:
    'The outgoing server {{host}} comes from the settings file that {{namedBy}} publishes. It lies outside {{namedBy}}, so it has not been confirmed. Use it only after checking that your provider’s guide names {{host}}.',
  dns_target_refused_port:
    'The DNS entry {{name}} points to {{target}} on port {{port}}, which is not a port for sending mail (465, 587 or 2525), so SendCheck did not connect to it.',
  dns_target_refused_ip_literal:
    'The DNS entry {{name}} gives a bare address ({{target}}) instead of a server name, so SendCheck did not connect to it.',
  dns_target_refused_private_address:
    'The name {{name}} points to an address inside this computer or a local network ({{target}}), so SendCheck did not connect to it.',
  no_encryption:
    '{{host}} offers no encryption (STARTTLS), or it failed: a password would travel in the clear.',
  auth_rejected: 'Signing in to {{host}} was refused ({{detail}}).',
  auth_ok: 'The sign-in test on {{host}} succeeded.',
  auth_oauth_only:
    '{{provider}} does not accept passwords; it only accepts signing in from your mail program’s own window. So no password test was run.',
  login_unresolved:
    'The outgoing server’s name ({{host}}) was not found, so the password could not be checked.',
  login_withheld_needs_confirmation:
    'Your password was not sent: the outgoing server {{host}} has not been confirmed yet. Check the server name, then try again.',
  login_withheld_not_verified:
    'Your password was not sent: SendCheck could not confirm a safe connection to {{host}} (encryption with a valid certificate, and signing in offered).',
  port25_blocked_filtered:
    'Connections on port 25 (the old way of sending) to outside mail servers ({{hosts, list}}) get no answer at all. This is your provider’s Outbound Port 25 Blocking (OP25B), an anti-spam measure.',
  port25_blocked_refused:
    'Connections on port 25 (the old way of sending) to outside mail servers ({{hosts, list}}) are cut off at once. This is your provider’s Outbound Port 25 Blocking (OP25B), an anti-spam measure.',
  port25_blocked_prohibited:
    'Connections on port 25 (the old way of sending) to outside mail servers ({{hosts, list}}) are answered with a “prohibited” notice. This is your provider’s Outbound Port 25 Blocking (OP25B), an anti-spam measure.',
  port25_blocked_mixed:
    'Connections on port 25 (the old way of sending) to outside mail servers ({{hosts, list}}) do not connect. This is your provider’s Outbound Port 25 Blocking (OP25B), an anti-spam measure.',
  port25_open: 'Port 25 to outside mail servers is not blocked.',
  port25_intercepted_same_greeting:
    'Port 25 connections do not reach the real servers: {{hosts, list}} all answer with the same “{{greeting}}”.',
  port25_intercepted_foreign_greeting:
    'Port 25 connections do not reach the real servers: {{hosts, list}} answer as another server, “{{greeting}}”.',
  port25_local_proxy_fast:
    'A port 25 connection completed in {{ms}} ms, faster than any trip over the network: security software on this computer takes outgoing mail on the way to scan it.',
  port25_local_proxy_silent:
    'Port 25 connections complete at once to every server, but nothing ever answers from behind them: something on the way, such as a security product’s mail shield, takes the connections, and beyond it they are stopped.',
  port25_inside_isp:
    '{{host}} answers on port 25 while port 25 to outside mail servers is blocked: {{host}} is inside your provider’s network, so it works on this line but not from other networks, for example when you are out.',
  port587_blocked_filtered: 'Connections to the submission port 587 get no answer either.',
  port587_blocked_refused: 'Connections to the submission port 587 are cut off at once as well.',
  port587_blocked_prohibited:
    'Connections to the submission port 587 are answered with a “prohibited” notice as well.',
  port587_blocked_mixed: 'Connections to the submission port 587 do not connect either.',
  local_refused:
    'Connections to port {{ports, list}} were refused inside this computer ({{code}}): security software stops them before they reach the network.',
  local_refused_one:
    'Connections to port {{ports, list}} were refused inside this computer ({{code}}): security software stops them before they reach the network.',
  local_refused_other:
    'Connections to ports {{ports, list}} were refused inside this computer ({{code}}): security software stops them before they reach the network.',
  tls_inspected:
    'The certificates of unrelated servers ({{hosts, list}}) all come from the same “{{issuer}}”: security software looks inside encrypted connections, so mail programs cannot connect safely.',
  user_port_change: 'Your mail program uses port {{from}} now; change it to {{to}}.',
  user_port_ok: 'The port your mail program uses now ({{port}}) works on this network.',
  unstable:
    'Connections to the same server on port {{port}} sometimes worked and sometimes did not: the connection may be unstable.',
  provider_settings:
    'These settings are the ones {{provider}} publishes; they have not been checked from here yet.',
  family_only_4: 'Checked over IPv4 only (there is no IPv6 route).',
  family_only_6: 'This line reaches the internet over IPv6 only; the checks used IPv6 addresses.',
  clock_wrong_behind:
    'The certificates of {{hosts, list}} all read “not yet valid”: they are valid from {{validFrom, datetime}}, and this computer’s clock has not reached that time. This computer’s clock is behind.',
  clock_wrong_ahead:
    'The certificates of {{hosts, list}} all read “expired”: they are valid until {{validTo, datetime}}, and this computer’s clock is already past that time. This computer’s clock is ahead.',
  clock_web_time:
    'Web servers’ own clocks say it is {{webTime, datetime}}; this computer’s clock said {{pcTime, datetime}}.',
  clock_unverified:
    '{{host}} answered on port {{port}}, but its certificate cannot be checked while this computer’s clock is wrong, so the settings below are not verified yet.',
  ipv6_broken:
    'IPv6 does not work on this line (IPv6 addresses reached nothing, while the same servers answered over IPv4); IPv4 was used.',
};
