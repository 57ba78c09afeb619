/**
 * Words for the path from a diagnosis to a working mail program: the question before
 * SendCheck reads the mail program's settings, the accounts found, the table of current against
 * recommended settings, "Fix it for me" and "Undo" for Thunderbird, "check again", the reference
 * code and "Save report". Customer words: no jargon beyond what the settings card already uses.
 */
export const fix = {
  consent: {
    heading: 'メールソフトの設定を読み取ります',
    question: 'メールソフトの設定を SendCheck が読み取ってもよいですか？',
    lead: '送信サーバーやポート番号などの送信の設定だけを読み取ります。パスワードは読み取りません。読み取った内容は、このパソコンの外には送りません。',
    yes: '読み取ってよい',
    no: '読み取らない',
    declined:
      'メールソフトの設定は読み取りません。「はじめる」を押して、メールアドレスを入力してください。',
    askAgain: 'やはりメールソフトの設定を読み取る',
  },
  accounts: {
    heading: '見つかったアカウント',
    loading: 'メールソフトの設定を探しています…',
    pick: '次のアカウントが見つかりました。送信できないアカウントを選んでください。',
    none: 'メールソフトの送信設定は見つかりませんでした。「はじめる」を押して、メールアドレスを入力してください。',
    failed:
      'メールソフトの設定を読み取れませんでした。「はじめる」を押して、メールアドレスを入力してください。',
    notPermitted: '{{program}}の設定は、macOS が読み取りを許可していません。',
    fullDiskAccess: {
      lead: 'SendCheck に「フルディスクアクセス」を許可すると、設定を読み取れるようになります。許可する手順は次のとおりです。',
      steps: [
        'アップルメニューから「システム設定」を開きます。',
        'サイドバーで「プライバシーとセキュリティ」をクリックし、右側の「フルディスクアクセス」をクリックします。',
        '一覧の「SendCheck」をオンにします。一覧にない場合は「＋」をクリックして、「アプリケーション」フォルダの SendCheck を選びます。',
        'SendCheck を終了してから、もう一度開きます。',
      ],
      older:
        'macOS 12 では、「システム環境設定」→「セキュリティとプライバシー」→「プライバシー」→「フルディスクアクセス」で許可します。',
      manual:
        '許可しない場合は、「はじめる」を押してメールアドレスを入力し、送信サーバーとポート番号を手で入力してください。',
    },
    noEmail: 'メールアドレスが登録されていないため、このアカウントは選べません。',
    server: '送信サーバー {{host}}、ポート番号 {{port}}',
    manual: 'ほかのアドレスを手で入力して調べる場合は「はじめる」を押してください。',
    check: 'このアカウントを調べる',
  },
  changes: {
    heading: 'いまの設定とおすすめの設定の違い',
    lead: '印の付いた項目を、おすすめの設定に変えてください。',
    same: 'いまの設定は、おすすめの設定と同じです。',
    columns: { field: '項目', current: 'いまの設定', recommended: 'おすすめの設定' },
    change: '変更が必要',
    keep: 'そのまま',
    rowChanged: '{{label}}：{{from}} → {{to}}',
  },
  fixIt: {
    heading: 'Thunderbird の設定を直す',
    lead: 'SendCheck が Thunderbird の設定ファイルに、おすすめの送信設定を書き込みます。元の設定はバックアップとして残します。',
    button: '設定を直してもらう',
    confirmHeading: 'Thunderbird を終了してください',
    confirm:
      'Thunderbird が起動していると、設定を書き込めません。Thunderbird を終了してから「書き込む」を押してください。',
    write: '書き込む',
    cancel: 'やめる',
    writing: '書き込んでいます…',
    done: 'Thunderbird の設定を直しました。元の設定はバックアップ（{{backup}}）に残してあります。',
    undo: '元に戻す',
    undoing: '元に戻しています…',
    undone: '元の設定に戻しました。',
    undonePartly:
      'SendCheck が書き換えた項目を元に戻しました。ただし、次の項目はそのあとで変更されていたため、いまのままにしてあります。',
    noRecommended:
      'おすすめの送信設定が見つからなかったため、書き換えませんでした。プロバイダーの案内にある送信サーバーを確かめてください。',
    refusal: {
      connection_untrusted:
        'サーバーとの暗号化された接続を信頼できなかったため、書き換えませんでした。先に「これからすること」をお試しください。',
      needs_confirmation:
        'おすすめの送信サーバーはネットワークが示したもので、まだ確認されていないため、書き換えませんでした。',
      published_only:
        'おすすめの設定はプロバイダーが公開している内容で、ここからは確かめられなかったため、書き換えませんでした。',
      not_verified:
        'おすすめの設定で安全に送れることを確かめられなかったため、書き換えませんでした。',
      declined: '変更をやめたため、書き換えませんでした。',
      unchanged: 'いまの設定は、おすすめの設定と同じです。書き換えるところはありません。',
      running:
        'Thunderbird が起動しているため、書き換えませんでした。Thunderbird を終了してから、もう一度お試しください。',
      lock_unknown:
        'Thunderbird が起動しているかどうかを確かめられなかったため、書き換えませんでした。Thunderbird を終了してから、もう一度お試しください。',
      changed:
        '設定を読み取ったあとに Thunderbird の設定が変わったため、書き換えませんでした。はじめの画面からもう一度お試しください。',
      bad_settings: '書き込もうとした設定の値が正しくないため、書き換えませんでした。',
      unusual_format:
        'Thunderbird の設定ファイルがふだんと違う書き方になっているため、念のため書き換えませんでした。下の手順に沿って、Thunderbird の画面から設定してください。',
      no_prefs: 'Thunderbird の設定ファイルが見つからなかったため、書き換えませんでした。',
      no_backup: 'SendCheck がこの設定を書き換えた記録がないため、元に戻すものはありません。',
      already_undone: 'この変更はすでに元に戻してあるため、何も書き換えませんでした。',
      not_found:
        'このアカウントが見つかりませんでした。はじめの画面に戻って、もう一度アカウントを選んでください。',
      not_fixable:
        'このメールソフトの設定は SendCheck からは書き換えられません。下の手順に沿って設定してください。',
      needs_user_id:
        'おすすめの設定のユーザー名は、プロバイダーから案内されたユーザーIDです。SendCheck はこの ID を知らないため、書き換えませんでした。下の手順に沿って、ユーザー名にその ID を入力してください。',
    },
    failed: '設定を書き込めませんでした（{{message}}）。下の手順に沿って設定してください。',
    notOffered: {
      connection_untrusted:
        'サーバーとの暗号化された接続を信頼できないため、SendCheck は Thunderbird の設定を書き換えません。',
      needs_confirmation:
        'この送信サーバーはまだ確認されていないため、SendCheck は Thunderbird の設定を書き換えません。',
      published_only:
        'この設定はプロバイダーが公開している内容で、ここからは確かめられていないため、SendCheck は Thunderbird の設定を書き換えません。',
      not_verified:
        'この設定で安全に送れることを確かめられなかったため、SendCheck は Thunderbird の設定を書き換えません。',
    },
    dialog: {
      title: 'Thunderbird の設定の変更',
      message: 'Thunderbird のアカウント「{{account}}」の送信設定を、次のとおり変更しますか？',
      detail:
        'SendCheck は元の設定をバックアップとして残します。Thunderbird を終了してから「変更する」を押してください。',
      change: '変更する',
      cancel: 'キャンセル',
    },
  },
  becky: {
    heading: 'Becky! の設定を直す',
    lead: 'SendCheck が Becky! の設定ファイルに、おすすめの送信設定を書き込みます。元の設定はバックアップとして残します。',
    confirmHeading: 'Becky! を終了してください',
    confirm:
      'Becky! が起動していると、設定を書き込めません。Becky! を終了してから「書き込む」を押してください。',
    done: 'Becky! の設定を直しました。元の設定はバックアップ（{{backup}}）に残してあります。',
    refusal: {
      running:
        'Becky! が起動しているため、書き換えませんでした。Becky! を終了してから、もう一度お試しください。',
      lock_unknown:
        'Becky! が起動しているかどうかを確かめられなかったため、書き換えませんでした。Becky! を終了してから、もう一度お試しください。',
      changed:
        '設定を読み取ったあとに Becky! の設定が変わったため、書き換えませんでした。はじめの画面からもう一度お試しください。',
      unusual_format:
        'Becky! の設定ファイルがふだんと違う書き方になっているため、念のため書き換えませんでした。下の手順に沿って、Becky! の画面から設定してください。',
      no_prefs: 'Becky! の設定ファイルが見つからなかったため、書き換えませんでした。',
    },
    notOffered: {
      connection_untrusted:
        'サーバーとの暗号化された接続を信頼できないため、SendCheck は Becky! の設定を書き換えません。',
      needs_confirmation:
        'この送信サーバーはまだ確認されていないため、SendCheck は Becky! の設定を書き換えません。',
      published_only:
        'この設定はプロバイダーが公開している内容で、ここからは確かめられていないため、SendCheck は Becky! の設定を書き換えません。',
      not_verified:
        'この設定で安全に送れることを確かめられなかったため、SendCheck は Becky! の設定を書き換えません。',
    },
    dialog: {
      title: 'Becky! の設定の変更',
      message: 'Becky! のアカウント「{{account}}」の送信設定を、次のとおり変更しますか？',
      detail:
        'SendCheck は元の設定をバックアップとして残します。Becky! を終了してから「変更する」を押してください。',
    },
    handStepsHeading:
      'SendCheck では書き換えない設定があります。次のとおり、ご自身で変えてください。',
  },
  fixed: {
    title: '{{program}} の送信設定を直しました',
    lead: 'おすすめの送信設定を {{program}} に書き込みました。あとは、メールが届くかを確かめるだけです。',
    steps: {
      start: '{{program}} を起動してください。',
      test: '自分あてにテストメールを送ってください。パスワードを聞かれたら、メールのパスワードを入力してください。',
    },
    changesHeading: '変更した設定',
    backup: '元の設定はバックアップ（{{backup}}）に残してあります。',
    noText:
      '下で、SendCheck がメールソフトの設定をもう一度読み取って確かめます。メールのパスワードを入れると、ログインできるかも確かめます。',
  },
  verify: {
    heading: '設定を変えたら、もう一度確かめましょう',
    leadAccount: 'メールソフトの設定を読み取り直して、その設定で送れるかを確かめます。',
    leadTyped:
      'メールソフトの送信設定の画面を開き、そこに表示されている送信サーバーとポート番号を入力してください。その設定で送れるかを確かめます。',
    serverLabel: 'いまの送信サーバー',
    serverHint: 'メールソフトに表示されているとおりに入力してください。',
    serverMissing: 'メールソフトに表示されている送信サーバーを入力してください。',
    portLabel: 'いまのポート番号',
    portChoose: '選んでください',
    portMissing: 'メールソフトに表示されているポート番号を選んでください。',
    passwordLabel: 'この設定で使うパスワード（入力しなくてもかまいません）',
    passwordHint: '入力すると、その設定でログインできるかも確かめます。パスワードは保存しません。',
    button: '設定を変えたので、もう一度確かめる',
    checking: '確かめています…',
    works: '送信サーバーがこの設定を受け付けました',
    checkedSettings: '確かめた設定：送信サーバー {{host}}、ポート番号 {{port}}',
    worksLead:
      'ここで確かめたのはサーバーの応答までです。メールソフトを起動して、自分あてにテストメールを送ってください。',
    arrived: {
      question: 'テストメールは届きましたか？',
      yes: 'はい、届きました',
      no: 'いいえ、届きません',
      yesText: 'よかったです。これでメールが送れます。',
      noText:
        'メールソフトに入っている送信サーバー、ポート番号、パスワードが、上の設定と同じか確かめてください。それでも届かないときは、参照コードを控えて、プロバイダーのサポート担当者にお問い合わせください。',
    },
    worksLogin: 'パスワードも受け付けられました。',
    notYet: 'まだ直っていないところがあります',
    loginRejected:
      'パスワードが受け付けられませんでした。メールソフトに入っているパスワードを確かめてください。',
    loginUnavailable: 'この設定では、パスワードを確かめられませんでした。',
    loginError: 'ログインを確かめている途中で問題が起きました。',
    failed: 'もう一度確かめることができませんでした（{{message}}）。',
  },
  code: {
    heading: '参照コード',
    lead: 'サポート担当者にお問い合わせのときは、このコードを読み上げてください。',
    copy: '参照コードをコピー',
    loading: '参照コードを作っています…',
    failed: '参照コードを作れませんでした。',
    reading:
      '数字は一つずつ読み上げてください。0 は「ゼロ」、4 は「ヨン」、7 は「ナナ」と読むと聞き違えられません。',
  },
  save: {
    heading: 'レポートの保存',
    button: 'レポートを保存',
    saving: '保存しています…',
    lead: 'この結果をファイルに保存しておくと、サポート担当者に相談するときに画面に開いて見せられます。',
    saved:
      'レポートを保存しました。サポート担当者に相談するときは、このファイルを画面に開いて見せるか、USB メモリーなど、サポート担当者が案内する方法で渡してください。',
    cancelled: 'レポートは保存しませんでした。',
    failed: 'レポートを保存できませんでした（{{message}}）。',
    includeLog: 'SendCheck の動作記録（ログ）もレポートに含める',
    dialogTitle: '診断レポートを保存',
    filterName: 'SendCheck 診断レポート',
  },
} as const;
