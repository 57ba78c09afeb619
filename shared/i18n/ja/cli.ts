/** The command line's own words (the rest comes from the verdict, action and evidence sections). */
export const cli = {
  // The report's lines, each whole: the label, the full-width colon and the value together.
  line: {
    verdict: '診断結果：{{title}}',
    todo: 'やること：',
    settings: '送信サーバーの設定：',
    server: 'サーバー：{{host}}',
    serverUnicode: 'サーバー：{{host}}（{{unicode}}）',
    port: 'ポート番号：{{port}}',
    security: '暗号化：{{security}}',
    auth: '認証：{{auth}}',
    user: 'ユーザー名：{{user}}',
    evidence: '根拠：',
    footer: '確からしさ：{{confidence}}　所要時間：{{ms}} ミリ秒　[{{code}}]',
  },
  // A problem on standard error, after the program's name.
  problem: 'sendcheck：{{problem}}',
  starttls: 'STARTTLS（接続後に暗号化）',
  tls: 'SSL/TLS（最初から暗号化）',
  none: 'なし',
  authOn: 'オン（メールアドレスとパスワードでログイン）',
  unverified: '※ この設定はまだ応答を確かめられていません。',
  unverifiedClock: '※ このパソコンの時計がずれているため、この設定はまだ確かめられていません。',
  published: '※ プロバイダーが公開している設定です。ここからは確かめられていません。',
  noSettings: '送信サーバーの設定は見つかりませんでした。',
  suggested:
    '※ この送信サーバーは、あなたやプロバイダーではなくネットワークが示したもので、まだ確かめていません。パスワードを送ったり、メールソフトに書き込んだりはしていません。',
  acceptHint:
    'プロバイダーの案内にある送信サーバーと同じであることを確かめたら、--accept-suggested {{host}} を付けてもう一度実行してください。',
  badSuggested:
    '--accept-suggested にはサーバー名を指定してください（「{{value}}」はサーバー名として使えません）。',
  tooManySuggested: '--accept-suggested は {{max}} 回まで指定できます。',
  high: '高',
  medium: '中',
  low: '低',
  checking: '確かめています…',
  cancelled: '中止しました。',
  noPasswordOnStdin:
    '--password-stdin が指定されましたが、標準入力からパスワードが届きませんでした。',
  usage: {
    heading: '使い方：sendcheck <コマンド> [オプション]',
    help: 'sendcheck --help でこの一覧を表示します。',
    options: {
      json: '結果をスクリプト向けの JSON 1 行で出力します。',
      'accept-suggested':
        'ネットワークが示した送信サーバーのうち、プロバイダーの案内と同じであることを確かめたもの（何回でも指定できます）。',
      lang: '表示する言語（ja か en）。指定しなければ、環境変数 LANG などで決まります。',
    },
    diagnose: {
      summary: 'メールが送れない原因を調べて、何を変えればよいかを表示します。',
      email: '調べるメールアドレス。',
      server: 'いまメールソフトに設定している送信サーバー。',
      port: 'いまメールソフトに設定しているポート番号。',
      account:
        'accounts コマンドで表示されるアカウントの ID。そのアカウントのアドレス、送信サーバー、ポート番号を調べます。',
      'password-stdin': 'ログインのテストに使うパスワードを、標準入力から読み取ります。',
      report: '診断の結果をレポートファイル（.html）に保存します。',
      program:
        'お使いのメールソフト（outlook_classic、outlook_new、thunderbird、apple_mail、ios_mail、becky、other のどれか）。そのソフトでの設定の手順を表示します。--account のときは、そのアカウントのメールソフトが使われます。',
    },
    accounts: {
      summary: 'メールソフト（Thunderbird、Becky!、Outlook、Apple Mail）の送信設定を一覧にします。',
      from: 'このパソコンのメールソフトではなく、お客さまのパソコンからコピーしたホームフォルダー（または AppData フォルダー）から設定を読み取ります。何も書き換えません。',
      os: 'コピー元のパソコンの OS（windows、macos、linux のどれか）です。省略すると、フォルダーの中身から判断します。',
    },
    fix: {
      summary:
        'アカウントを診断して、おすすめの設定を Thunderbird に書き込みます（ほかのメールソフトは手順を表示します）。',
      account: '書き換えるアカウントの ID（accounts コマンドで表示されます）。',
      yes: '確認の質問をせずに書き込みます。',
      undo: '最後に書き換える前の設定に戻します。',
    },
    decode: {
      summary: 'サポート担当者向け：電話などで伝えられた参照コードを読み取ります。',
      code: '参照コード（区切りのハイフンや空白はあってもなくてもかまいません）。',
    },
    lookup: {
      summary:
        'サポート担当者向け：メールアドレスのプロバイダーが公開している送信設定を表示します（ネットワークには接続しません）。',
      email: '調べるメールアドレス。',
    },
  },
  errors: {
    noCommand: 'コマンドを指定してください。',
    unknownCommand: '「{{command}}」というコマンドはありません。',
    unknownOption: '{{command}} コマンドには {{option}} というオプションはありません。',
    missingValue: '{{option}} のあとに値を指定してください（{{option}} {{value}}）。',
    noValueAllowed: '{{option}} には値を付けられません（「{{value}}」は使えません）。',
    unexpectedArgument: '{{command}} コマンドでは「{{value}}」は使えません。',
    missingOption: '{{option}} {{value}} を指定してください。',
    missingArgument: '{{name}} を指定してください。',
    badLang: '--lang には ja か en を指定してください（「{{value}}」は使えません）。',
    needEmail: '--email ADDRESS か --account ID のどちらかを指定してください。',
    badProgram:
      '--program には {{programs}} のどれかを指定してください（「{{value}}」は使えません）。',
    passwordArgument:
      'パスワードは引数では受け取りません（ほかのプログラムから見えてしまうためです）。--password-stdin を使ってください。',
    internal: 'SendCheck の内部でエラーが起きました（{{detail}}）。',
    osWithoutFrom: '--os は --from DIR と一緒に使います。',
    badOs:
      '--os には windows、macos、linux のどれかを指定してください（「{{value}}」は使えません）。',
    fromMissing: '--from で指定したフォルダー「{{dir}}」が見つかりません。',
    fromNotFolder: '--from で指定した「{{dir}}」はフォルダーではありません。',
    fixFrom:
      'fix はこのパソコンのメールソフトだけを書き換えるため、--from は使えません。コピーしたフォルダーを読み取るには accounts --from DIR を使ってください。',
  },
} as const;
