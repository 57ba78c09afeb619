/** Why what the user typed cannot be used: one whole sentence per case, shown next to the field. */
export const input = {
  email_empty: 'メールアドレスを入力してください。例：taro@example.jp',
  email_too_long: 'メールアドレスが長すぎます（254 文字まで）。',
  email_fullwidth_at: '@ が全角になっています。半角の @ で入力してください。',
  email_no_at: 'メールアドレスに @ がありません。例：taro@example.jp',
  local_empty: '@ の前が空です。例：taro@example.jp',
  local_too_long: '@ の前が長すぎます（64 文字まで）。',
  local_fullwidth: '@ の前に全角の文字があります。半角の英数字で入力してください。',
  local_bad_char: '@ の前に使えない文字があります。使えるのは半角の英数字と . _ - + などです。',
  domain_empty: '@ の後ろが空です。例：taro@example.jp',
  domain_bad: '@ の後ろ（ドメイン）が正しくないようです。例：taro@example.jp',
  server_empty: '送信サーバー名を入力してください。例：smtp.example.jp',
  server_too_long: '送信サーバー名が長すぎます（253 文字まで）。',
  server_bad_ip: 'IP アドレスが正しくありません。例：192.0.2.10',
  server_url:
    'サーバー名だけを入力してください（「smtp://」や「/」は不要です）。例：smtp.example.jp',
  server_with_port:
    'ポート番号は「ポート」の欄に入力してください。ここにはサーバー名だけを入力します。',
  server_bad: '送信サーバー名が正しくないようです。例：smtp.example.jp',
  port_bad: 'ポート番号は 1〜65535 の数字で入力してください。例：587',
  port_empty: 'ポート番号を入力してください。例：587',
  control_linebreak_email: 'メールアドレスに改行が入っています。1 行で入力してください。',
  control_linebreak_server: '送信サーバー名に改行が入っています。1 行で入力してください。',
  control_linebreak_port: 'ポート番号に改行が入っています。1 行で入力してください。',
  control_tab_email: 'メールアドレスにタブ文字が入っています。取り除いてください。',
  control_tab_server: '送信サーバー名にタブ文字が入っています。取り除いてください。',
  control_tab_port: 'ポート番号にタブ文字が入っています。取り除いてください。',
  control_invisible_email:
    'メールアドレスに目に見えない文字が入っています。貼り付けずに、手で入力し直してください。',
  control_invisible_server:
    '送信サーバー名に目に見えない文字が入っています。貼り付けずに、手で入力し直してください。',
  control_invisible_port:
    'ポート番号に目に見えない文字が入っています。貼り付けずに、手で入力し直してください。',
  password_control: 'パスワードに改行などの制御文字が含まれています。',
} as const;
