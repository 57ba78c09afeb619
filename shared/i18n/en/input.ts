import type { Widen } from '../catalogue.js';
import type { input as jaInput } from '../ja/input.js';

/** Why what the user typed cannot be used: one whole sentence per case, shown next to the field. */
export const input: Widen<typeof jaInput> = {
  email_empty: 'Please enter your email address. Example: taro@example.jp',
  email_too_long: 'The email address is too long (254 characters at most).',
  email_fullwidth_at: 'The @ is full-width. Please type a half-width @.',
  email_no_at: 'The email address has no @. Example: taro@example.jp',
  local_empty: 'Nothing comes before the @. Example: taro@example.jp',
  local_too_long: 'The part before the @ is too long (64 characters at most).',
  local_fullwidth:
    'The part before the @ has full-width characters. Please use half-width letters and digits.',
  local_bad_char:
    'The part before the @ has a character that cannot be used. Use letters, digits and . _ - + and the like.',
  domain_empty: 'Nothing comes after the @. Example: taro@example.jp',
  domain_bad: 'The part after the @ (the domain) does not look right. Example: taro@example.jp',
  server_empty: 'Please enter the outgoing server. Example: smtp.example.jp',
  server_too_long: 'The server name is too long (253 characters at most).',
  server_bad_ip: 'That IP address is not valid. Example: 192.0.2.10',
  server_url:
    'Please enter only the server name, without "smtp://" or "/". Example: smtp.example.jp',
  server_with_port: 'Please put the port number in the Port field; only the server name goes here.',
  server_bad: 'The server name does not look right. Example: smtp.example.jp',
  port_bad: 'The port must be a number from 1 to 65535. Example: 587',
  port_empty: 'Please enter the port number. Example: 587',
  control_linebreak_email: 'The email address contains a line break. Please type it on one line.',
  control_linebreak_server: 'The server name contains a line break. Please type it on one line.',
  control_linebreak_port: 'The port number contains a line break. Please type it on one line.',
  control_tab_email: 'The email address contains a tab. Please remove it.',
  control_tab_server: 'The server name contains a tab. Please remove it.',
  control_tab_port: 'The port number contains a tab. Please remove it.',
  control_invisible_email:
    'The email address contains an invisible character. Please type it in again instead of pasting.',
  control_invisible_server:
    'The server name contains an invisible character. Please type it in again instead of pasting.',
  control_invisible_port:
    'The port number contains an invisible character. Please type it in again instead of pasting.',
  password_control: 'The password contains line breaks or other control characters.',
};
