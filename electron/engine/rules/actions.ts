/** What each verdict tells the user to do next, unless its rule says otherwise. */
import { action, type Action } from '../../../shared/evidence.js';
import type { VerdictCode } from '../../../shared/verdict.js';

/** The usual next steps of each verdict, in order. */
export const DEFAULT_ACTIONS: Readonly<Record<VerdictCode, readonly Action[]>> = {
  ok: [action('use_settings'), action('check_password')],
  port25_blocked: [action('change_outgoing'), action('turn_on_auth')],
  port25_intercepted: [action('change_outgoing'), action('antivirus_mail_scan')],
  submission_blocked: [action('change_outgoing_tls'), action('turn_on_auth')],
  smtp_blocked: [action('use_webmail'), action('other_network'), action('ask_admin')],
  server_unreachable: [action('compare_server_name'), action('check_status_later')],
  tls_problem: [
    action('check_server_name'),
    action('antivirus_ssl_scan'),
    action('report_certificate'),
  ],
  security_software: [
    action('security_mail_shield'),
    action('security_ssl_scan'),
    action('security_program_exception'),
  ],
  captive_portal: [action('portal_sign_in'), action('portal_check_again')],
  auth_failed: [action('retype_password')],
  domain_not_found: [action('check_spelling')],
  dns_unavailable: [action('restart_router'), action('dns_automatic')],
  internet_unreachable: [action('open_browser_sign_in'), action('restart_router_outage')],
  offline: [action('check_cable'), action('run_again')],
};
