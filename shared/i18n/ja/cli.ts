/** The command line's own words (the rest comes from the verdict, action and evidence sections). */
export const cli = {
  verdict: '診断結果',
  todo: 'やること',
  settings: '送信サーバーの設定',
  server: 'サーバー',
  port: 'ポート',
  security: '暗号化',
  auth: '認証',
  user: 'ユーザー名',
  starttls: 'STARTTLS（接続後に暗号化）',
  tls: 'SSL/TLS（最初から暗号化）',
  none: 'なし',
  authOn: 'オン（メールアドレスとパスワードでログイン）',
  unverified: '※ この設定はまだ応答を確かめられていません。',
  published: '※ プロバイダーが公開している設定です。ここからは確かめられていません。',
  noSettings: '送信サーバーの設定は見つかりませんでした。',
  suggested:
    '※ この送信サーバーは、あなたやプロバイダーではなくネットワークが示したもので、まだ確かめていません。パスワードを送ったり、メールソフトに書き込んだりはしていません。',
  acceptHint:
    'プロバイダーの案内にある送信サーバーと同じであることを確かめたら、--accept-suggested {{host}} を付けてもう一度実行してください。',
  badSuggested:
    '--accept-suggested にはサーバー名を指定してください（「{{value}}」はサーバー名として使えません）。',
  tooManySuggested: '--accept-suggested は {{max}} 回まで指定できます。',
  evidence: '根拠',
  confidence: '確からしさ',
  high: '高',
  medium: '中',
  low: '低',
  elapsed: '所要時間',
  ms: 'ミリ秒',
  checking: '確かめています…',
  cancelled: '中止しました。',
  noPasswordOnStdin:
    '--password-stdin が指定されましたが、標準入力からパスワードが届きませんでした。',
} as const;
