/** Words about the mail programs' accounts SendCheck reads and, for Thunderbird, fixes. */
export const accounts = {
  heading: 'メールソフトの送信設定',
  fromCopy:
    'コピーしたフォルダー（{{os}} の配置）から読み取った設定です。このパソコンのメールソフトの設定は読み取っていません。',
  os: { windows: 'Windows', macos: 'macOS', linux: 'Linux' },
  noneFound:
    'メールソフトの送信設定は見つかりませんでした。送信サーバーとポート番号を手で入力してください。',
  status: {
    found: '{{program}}：{{count}} 件の送信設定が見つかりました。',
    none: '{{program}}：送信設定は見つかりませんでした。',
    not_permitted:
      '{{program}}：macOS が設定の読み取りを許可していません。「システム設定」→「プライバシーとセキュリティ」→「フルディスクアクセス」で、このコマンドを実行しているアプリ（「ターミナル」など）をオンにして開き直すか、送信サーバーとポート番号を手で入力してください。',
    error: '{{program}}：設定を読み取れませんでした（{{detail}}）。',
  },
  field: {
    id: 'ID',
    account: 'アカウント',
    sender: '差出人',
    host: '送信サーバー',
    port: 'ポート',
    security: '暗号化',
    auth: '認証',
    username: 'ユーザー名',
    where: '場所',
    install: 'インストールの種類',
  },
  security: { none: 'なし', starttls: 'STARTTLS', tls: 'SSL/TLS' },
  auth: { on: 'オン', off: 'オフ' },
  install: {
    classic: '通常版の Thunderbird',
    snap: 'Ubuntu の Snap 版 Thunderbird（Snap 版が自分用にコピーしたプロファイル）',
    snap_shared: 'Snap 版と通常版の Thunderbird が共用しているプロファイル',
    flatpak: 'Flatpak 版 Thunderbird',
    msstore: 'Microsoft Store 版 Thunderbird',
  },
  accountOf: '{{account}}（{{program}}）',
  empty: '（未設定）',
  // The command line's lines for one account, each whole: the label, the colon and the value.
  line: {
    id: '[ID] {{id}}',
    account: 'アカウント：{{account}}',
    sender: '差出人：{{senders, list}}',
    host: '送信サーバー：{{host}}',
    port: 'ポート番号：{{port}}',
    security: '暗号化：{{security}}',
    auth: '認証：{{auth}}',
    username: 'ユーザー名：{{username}}',
    where: '場所：{{where}}',
    install: 'インストールの種類：{{install}}',
  },
  guessed: '{{value}}（推定です）',
  fixable: 'この設定は SendCheck が直接書き換えられます。',
  changesHeading: 'いまの設定とおすすめの設定の違い：',
  changed: '{{label}}：{{from}} → {{to}}',
  unchanged: '{{label}}：{{value}}（変更なし）',
  confirm: 'この設定を Thunderbird に書き込みますか？ [y/N] ',
  needYes:
    '書き込む前の確認ができません（標準入力が端末ではありません）。書き込んでよい場合は --yes を付けて実行してください。',
  declined: '書き換えませんでした。',
  written:
    'Thunderbird の設定を書き換えました。元の設定は {{backup}} に保存してあります。Thunderbird を起動して、自分あてにテストメールを送ってください。',
  undone:
    '元の設定に戻しました。SendCheck が書き換えた項目だけを戻し、ほかの設定はいまのままです（書き換える前のファイル全体は {{backup}} に残してあります）。',
  undonePartly:
    'SendCheck が書き換えた項目を元に戻しました。ただし、次の項目はそのあとで変更されていたため、いまのままにしてあります（書き換える前のファイル全体は {{backup}} に残してあります）。',
  staleLock:
    'Thunderbird が前回、正しく終了しなかったとき（強制終了など）の使用中の印が残っていましたが、いまは起動していないため、そのまま書き換えました。',
  undoKept: {
    host: '送信サーバー名は、SendCheck が書き換えたあとに変更されていたため、いまのままにしました。',
    port: 'ポート番号は、SendCheck が書き換えたあとに変更されていたため、いまのままにしました。',
    security:
      '暗号化の方法は、SendCheck が書き換えたあとに変更されていたため、いまのままにしました。',
    auth: '認証の設定は、SendCheck が書き換えたあとに変更されていたため、いまのままにしました。',
    username:
      'ユーザー名は、SendCheck が書き換えたあとに変更されていたため、いまのままにしました。',
  },
  sameAlready: 'いまの設定は、おすすめの設定と同じです。書き換えるところはありません。',
  noRecommended:
    'おすすめの送信サーバーの設定が見つからなかったため、書き換えませんでした。プロバイダーの案内にある送信サーバーを確かめてください。',
  becky: {
    confirm: 'この設定を Becky! に書き込みますか？ [y/N] ',
    written:
      'Becky! の設定を書き換えました。元の設定は {{backup}} に保存してあります。Becky! を起動して、自分あてにテストメールを送ってください。',
    handStepsHeading: '次の設定は SendCheck では書き換えないため、ご自身で変えてください。',
    handStep: {
      starttls:
        'Becky! の STARTTLS の設定は SendCheck では書き換えません。メニューの「ツール」→「メールボックスの設定」を開き、SMTP の暗号化の設定で「SSL/TLS」と「STARTTLS」にチェックを入れてください（バージョンにより「基本設定」タブか「詳細」タブにあります）。',
      username:
        'Becky! のユーザー ID は受信にも使われるため、SendCheck では書き換えません。メニューの「ツール」→「メールボックスの設定」を開き、「詳細」タブの「SMTP 認証」のユーザー ID が {{username}} になっているか確かめてください。',
    },
    refusal: {
      running:
        'Becky! が起動しているため、書き換えませんでした。Becky! を終了してから、もう一度お試しください。',
      lock_unknown:
        'Becky! が起動しているかどうかを確かめられなかったため、書き換えませんでした。Becky! を終了してから、もう一度お試しください。',
      changed:
        '設定を読み取ったあとに Becky! の設定ファイル（Mailbox.ini）が変わったため、書き換えませんでした。もう一度はじめからお試しください。',
      unusual_format:
        'Becky! の設定ファイル（Mailbox.ini）がふだんと違う書き方になっているため、念のため書き換えませんでした。表示される手順に沿って、Becky! の画面から設定してください。',
      no_prefs: 'Becky! の設定ファイル（Mailbox.ini）が見つかりませんでした。',
    },
  },
  notFixable: '{{program}} の設定は SendCheck からは書き換えられません。次の手順で変えてください。',
  undoNotFixable:
    '{{program}} の設定は SendCheck が書き換えていないため、元に戻すものはありません。',
  noEmail:
    'このアカウントにはメールアドレスが登録されていません。--email でメールアドレスを指定してください。',
  refusal: {
    connection_untrusted:
      'サーバーとの暗号化された接続を信頼できなかったため、書き換えませんでした。先に「やること」に書かれていることをお試しください。',
    needs_confirmation:
      'おすすめの送信サーバー {{host}} は、あなたやプロバイダーではなくネットワークが示したもので、まだ確認されていないため、書き換えませんでした。プロバイダーの案内と同じサーバーであることを確かめたら、--accept-suggested {{host}} を付けてもう一度実行してください。',
    published_only:
      'おすすめの設定はプロバイダーが公開している内容で、ここからは確かめられなかったため、書き換えませんでした。',
    not_verified:
      'おすすめの設定で安全に送れることを確かめられなかったため、書き換えませんでした。',
    declined: '書き換えませんでした。',
    unchanged: 'いまの設定は、おすすめの設定と同じです。書き換えるところはありません。',
    running:
      'Thunderbird が起動しているため、書き換えませんでした。Thunderbird を終了してから、もう一度お試しください。終了しているのにこの表示が出るときは、Thunderbird を一度起動して終了してください。',
    lock_unknown:
      'Thunderbird が起動しているかどうかを確かめられなかったため、書き換えませんでした。Thunderbird を終了してから、もう一度お試しください。',
    changed:
      '設定を読み取ったあとに Thunderbird の設定ファイルが変わったため、書き換えませんでした。もう一度はじめからお試しください。',
    bad_settings: '書き込もうとした設定の値が正しくないため、書き換えませんでした。',
    unusual_format:
      'Thunderbird の設定ファイルがふだんと違う書き方になっているため、念のため書き換えませんでした。表示される手順に沿って、Thunderbird の画面から設定してください。',
    no_prefs: 'Thunderbird の設定ファイル（prefs.js）が見つかりませんでした。',
    no_backup:
      'SendCheck がこのアカウントの設定を書き換えた記録がないため、元に戻すものはありません。',
    already_undone: 'この変更はすでに元に戻してあるため、何も書き換えませんでした。',
    not_found:
      'アカウント「{{id}}」は見つかりませんでした。accounts コマンドで一覧を確かめてください。',
    not_fixable: 'このアカウントの設定は SendCheck からは書き換えられません。',
    needs_user_id:
      'おすすめの設定のユーザー名は、プロバイダーから案内されたユーザーIDです。SendCheck はこの ID を知らないため、書き換えませんでした。Thunderbird の画面から、ユーザー名にその ID を入力してください。',
  },
} as const;
