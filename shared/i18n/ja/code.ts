/**
 * Words for the support staff's tools: the reference code read out on the phone, the saved report
 * file, and the look-up of a provider's published settings. Staff words: port numbers and
 * protocol names are fine here.
 */
export const code = {
  heading: '参照コード',
  // The verdicts' own names for staff live with their other words, in verdicts.ts.
  place: {
    none: '止まっている場所はない',
    pc: 'このパソコン',
    router: 'ルーターまたはネットワーク',
    isp: 'プロバイダー',
    server: 'メールサーバー',
  },
  port: {
    not_probed: '調べていない',
    open: '接続できる',
    failed: '接続はできるが、やりとりが途中で失敗',
    intercepted: '本来のサーバー以外が応答（横取り）',
    blocked_silent: '遮断（応答なし）',
    refused: '遮断（すぐに切断）',
    prohibited: '遮断（「禁止」の通知）',
    no_route: '経路なし',
    local_refused: 'このパソコン自身が接続を拒否',
    blocked_mixed: '遮断（複数の方法）',
  },
  security: {
    starttls: 'STARTTLS',
    tls: 'SSL/TLS',
    none: '暗号化なし',
  },
  trust: {
    verified: '応答を確認済み',
    unverified: '応答は未確認',
    published: 'プロバイダーの公開設定で、ここからは未確認',
  },
  line: {
    verdict: '結果：{{verdict}}',
    place: '止まっている場所：{{place}}',
    port: 'ポート番号 {{port}}：{{state}}',
    recommended: 'おすすめの設定：ポート番号 {{port}}、{{security}}（{{trust}}）',
    recommendedOtherPort:
      'おすすめの設定：ポート番号 25 ・465・587・2525 以外、{{security}}（{{trust}}）',
    recommendedNone: 'おすすめの設定：なし',
    provider: 'プロバイダー：{{names, list(type: disjunction)}}',
    providerUnknown:
      'プロバイダー：このバージョンのデータにないプロバイダーです（識別記号 {{hash}}）。',
    providerNone: 'プロバイダー：内蔵のデータにないプロバイダーです。',
    appVersion: 'アプリのバージョン：{{version}}',
    appVersionUnknown: 'アプリのバージョン：不明',
    currentPort: 'お客さまがいま使っているポート番号：{{port}}',
    currentPortOther: 'お客さまがいま使っているポート番号：25・465・587・2525 以外',
    currentPortNone: 'お客さまがいま使っているポート番号：入力されていません',
    currentProgram: 'お客さまのメールソフト：{{program}}',
    currentProgramNone: 'お客さまのメールソフト：選ばれていません',
    currentNotInCode:
      'この参照コードは古い形式のため、お客さまのいまのポート番号とメールソフトは入っていません。',
  },
  error: {
    bad_length:
      '参照コードは {{expected}} 桁の数字です。入力されたのは {{length}} 文字でした（ハイフンと空白は数えません）。',
    bad_character:
      '{{position}}文字目の「{{character}}」は、参照コードには使われない文字です。もう一度読み上げてもらってください。',
    check_failed:
      'どこかの文字が違うか、となりどうしの文字が入れ替わっています。もう一度読み上げてもらってください。',
    check_failed_group:
      '左から {{group}} 番目の 4 桁が正しくありません。その 4 桁だけ、もう一度読み上げてもらってください。',
    check_failed_groups:
      '左から {{first}} 番目と {{second}} 番目の 4 桁が正しくありません。その 8 桁を、もう一度読み上げてもらってください。',
    check_failed_many:
      '正しくない 4 桁が {{count}} か所あります。参照コードを、はじめからもう一度読み上げてもらってください。',
    unknown_version:
      'この参照コードは、このバージョンの SendCheck では読めない形式です。SendCheck を最新版にしてください。',
    unknown_value:
      'この参照コードは、新しいバージョンの SendCheck（{{appVersion}}）で作られたため、すべては読み取れません。SendCheck を最新版にしてください。',
    unknown_value_noVersion:
      'この参照コードは、新しいバージョンの SendCheck で作られたため、すべては読み取れません。SendCheck を最新版にしてください。',
  },
  file: {
    title: 'SendCheck 診断レポート',
    intro:
      'このファイルは、SendCheck が保存した診断レポートです。パスワードは含まれていません。お問い合わせのときは、この画面をサポート担当者に見せるか、このファイルを渡してください。',
    savedAt: '保存日時：{{date}}',
    address: '調べたアドレス：{{email}}',
    code: '参照コード：{{code}}',
    appVersion: 'SendCheck のバージョン：{{version}}',
    summaryHeading: '概要',
    actionsHeading: 'これからすること',
    settingsHeading: 'おすすめの送信設定',
    settingsNone: 'この結果では、おすすめの送信設定はありません。',
    server: '送信サーバー：{{host}}',
    serverUnicode: '送信サーバー：{{host}}（{{unicode}}）',
    pageTitle: 'SendCheck 診断レポート — {{email}}',
    evidence: '【{{severity}}】{{text}}',
    port: 'ポート番号：{{port}}',
    security: '暗号化：{{security}}',
    auth: '認証：{{auth}}',
    authOn: 'オン',
    authOff: 'オフ',
    username: 'ユーザー名：{{username}}',
    unverified: 'この設定は、まだ応答を確かめられていません。',
    published: 'プロバイダーが公開している設定です。ここからは確かめられていません。',
    evidenceHeading: '判断の根拠',
    severity: { problem: '問題', ok: '正常', info: '参考' },
    probesHeading: '行ったチェック',
    columns: {
      role: '目的',
      target: '相手',
      outcome: '結果',
      time: '時間（ミリ秒）',
      detail: '詳細',
    },
    transcriptsHeading: 'SMTP のやりとり（パスワードと認証のやりとりは伏せています）',
    transcriptFor: '{{target}} とのやりとり',
    saved: 'レポートを保存しました：{{path}}',
    saveFailed: 'レポートを保存できませんでした（{{path}}）：{{reason}}',
    logHeading: 'SendCheck の動作記録（ログ）',
    dataNote:
      'このファイルの中には、SendCheck の「サポート担当者」画面で開くためのデータも入っています。',
  },
  fileError: {
    too_large: 'このファイルは大きすぎます。SendCheck が保存したレポートではないようです。',
    not_a_report: 'このファイルは SendCheck のレポートではありません。',
    truncated: 'このファイルは途中で切れています。もう一度保存して送ってもらってください。',
    bad_json: 'このファイルのデータが壊れています。もう一度保存して送ってもらってください。',
    unsupported_version:
      'このレポートは新しいバージョンの SendCheck で保存されています。SendCheck を最新版にしてください。',
    invalid:
      'このファイルのデータに正しくない項目があります（{{path}}）。もう一度保存して送ってもらってください。',
  },
  lookup: {
    heading: '{{domain}} の送信サーバーの設定（プロバイダーの公開情報）',
    provider: 'プロバイダー：{{name}}',
    matchedParent: '{{matched}} のメールサービスとして登録されている設定です。',
    server: 'ポート番号 {{port}}、{{security}}、送信サーバー {{host}}、ユーザー名 {{username}}',
    insideIspOnly: 'このサーバーは、そのプロバイダーの回線から接続したときだけ使えます。',
    notChecked:
      'これはプロバイダーが公開している設定です。何も通信していないので、ここからは確かめていません。',
    oauthOnly:
      'このサービスは、パスワードでの送信ログインを受け付けません。メールソフトからサービスのアカウントでサインイン（OAuth）してください。',
    appPasswordRequired: 'このサービスでは、メールソフト用の「アプリパスワード」が必要です。',
    appPasswordAvailable: 'このサービスでは、メールソフト用の「アプリパスワード」を作れます。',
    noServers: 'このプロバイダーは、送信サーバーの設定を公開していません。',
    notFound: '{{domain}} のプロバイダーは、内蔵のデータにありません。',
  },
} as const;
