/**
 * Each mail program's name, its words for the kinds of encryption, and the numbered steps to type
 * the recommended settings into it (shared/program-steps.ts fills them). Labels quoted 「like this」
 * are the program's own, in its spelling. Above each program: the pages its labels were checked
 * against (docs/mail-programs.md). Every program's last step says that it will ask for the mail
 * password the first time it sends.
 */
export const programs = {
  /*
   * Sources: Microsoft Support, "Change email account settings" (File > Account Settings >
   * Account Settings… > Change… > More Settings > Outgoing Server / Advanced),
   * https://support.office.com/en-ie/article/Change-email-account-settings-58b62e89-6a9b-467b-8865-d5633fcacc3f
   * and the newer Microsoft 365 path (File > Account Settings > Server Settings),
   * https://support.microsoft.com/en-us/office/change-or-update-email-account-settings-in-outlook-for-windows-560a9065-3c3a-4ec5-a24f-cdb9a8d622a2
   */
  outlook_classic: {
    name: 'Outlook（クラシック）',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'なし' },
    steps: [
      'Outlook の「ファイル」を開き、いちばん上の一覧でこのメールアドレスを選んでから、「アカウント設定」をクリックします。',
      'メニューに「サーバーの設定」があるとき（Microsoft 365 の Outlook）は、それを選んで「送信メール」を開きます。サーバーに {{host}}、ポートに {{port}} を入れ、暗号化方法を「{{security}}」にして、送信サーバーの認証が必要という項目にチェックを入れます。「次へ」をクリックしたら、最後の手順に進みます。',
      '「サーバーの設定」がないときは「アカウント設定」を選び、一覧からこのメールアドレスを選んで「変更」をクリックします。「ログオン情報」のアカウント名が {{username}} になっているかも確かめます。',
      '「送信メール サーバー (SMTP)」に {{host}} と入力し、「詳細設定」をクリックします。',
      '「送信サーバー」タブで「送信サーバー (SMTP) は認証が必要」にチェックを入れ、「受信メール サーバーと同じ設定を使用する」を選びます。',
      '「詳細設定」タブで「送信サーバー (SMTP)」を {{port}} にし、「使用する暗号化接続の種類」を「{{security}}」にします。',
      '「OK」→「次へ」をクリックし、テストが成功したら「完了」をクリックします。',
      '設定を変えたあと最初に送るとき、Outlook がメールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /*
   * Sources: Microsoft Learn, "Account types supported in the new Outlook for Windows" (IMAP and
   * POP accounts are taken),
   * https://learn.microsoft.com/en-us/microsoft-365-apps/outlook/get-started/supported-account-types
   * and Microsoft Support, "Sync your account in Outlook to the Microsoft Cloud",
   * https://support.microsoft.com/en-us/office/sync-your-account-in-outlook-to-the-microsoft-cloud-985f9e19-d308-4e85-9d1d-0c6f32f8e981
   * The account's "Manage" page has no server fields for an IMAP or POP account: changing the
   * outgoing server means removing the account and adding it again, which can lose a POP
   * account's downloaded mail, so the steps keep POP accounts out of it.
   */
  outlook_new: {
    name: '新しい Outlook',
    security: { starttls: 'StartTLS', tls: 'SSL/TLS', none: 'なし' },
    steps: [
      '新しい Outlook では、IMAP や POP のアカウントの「管理」の画面に、送信サーバーを変える欄がありません。変えるには、アカウントをいったん削除して、追加し直します。',
      'POP のアカウント（メールをこのパソコンに取り込む方式）は、削除すると、このパソコンに取り込んだメールがなくなるおそれがあります。POP のアカウントなら削除せずに、クラシック Outlook など別のメールソフトでこのアドレスを設定してください。',
      'IMAP のアカウントなら、メールはサーバーに残っています。削除する前に、プロバイダーの Web メールで、受け取ったメールと送ったメールが見えることを確かめます。',
      '画面右上の歯車（設定）→「アカウント」→「メール アカウント」で、このアドレスの「管理」をクリックし、「削除」を選びます。',
      '「アカウントを追加」で同じアドレスを入れ、「IMAP」を選んで手動で設定します。サーバーの欄が隠れているときは「さらに表示」を開きます。',
      '「SMTP 送信サーバー」を {{host}}、「SMTP ポート」を {{port}}、「セキュリティで保護された接続の種類」を「{{security}}」にし、SMTP のユーザー名に {{username}} を入れます。',
      '「続行」をクリックし、自分あてにテストメールを送ります。',
      'アカウントを追加したあと最初に送るとき、新しい Outlook がメールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /*
   * Sources: Thunderbird's own Account Settings window (≡ > Account Settings > Outgoing Server
   * (SMTP) > Edit). No page of Mozilla's support site was found through the project's search
   * tool; the labels are Thunderbird's Japanese ones, to be checked again against
   * support.mozilla.org (docs/mail-programs.md).
   */
  thunderbird: {
    name: 'Thunderbird',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'なし' },
    steps: [
      '右上の「≡」メニューから「アカウント設定」を開きます。',
      '左の一覧のいちばん下にある「送信 (SMTP) サーバー」を選びます。',
      'このメールアドレスで使っているサーバーを選び、「編集」をクリックします。',
      '「サーバー名」に {{host}}、「ポート番号」に {{port}} と入力します。',
      '「接続の保護」を「{{security}}」、「認証方式」を「通常のパスワード認証」にし、「ユーザー名」に {{username}} と入力します。',
      '「OK」をクリックし、自分あてにテストメールを送ります。',
      '設定を変えたあと最初に送るとき、Thunderbird がメールのパスワードをたずねてきます。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /*
   * Sources: Apple's Mail User Guide, "Change Server Settings in Mail on Mac",
   * https://support.apple.com/en-euro/guide/mail/cpmlprefacctadv/15.0/mac/12.0
   * "Change Outgoing server settings in Mail on Mac",
   * https://support.apple.com/en-az/guide/mail/change-outgoing-server-settings-cpmlprefsmtpserver/15.0/mac/12.0
   * and "Automatically manage connection settings", https://support.apple.com/en-us/HT204208
   */
  apple_mail: {
    name: 'メール（Mac）',
    security: { starttls: 'TLS/SSL を使用', tls: 'TLS/SSL を使用', none: 'なし' },
    steps: [
      '「メール」メニューから「設定」を選びます（古い macOS では「環境設定」）。',
      '「アカウント」をクリックし、左の一覧でこのメールアドレスのアカウントを選びます。',
      '「サーバ設定」をクリックし、「送信用メールサーバ (SMTP)」の欄を見ます。',
      '「ユーザ名」に {{username}}、「ホスト名」に {{host}} と入力します。',
      '「接続設定を自動的に管理」のチェックを外し、「ポート」を {{port}} にして「{{security}}」にチェックを入れ、「認証」を「パスワード」にします。',
      '「保存」をクリックし、自分あてにテストメールを送ります。',
      '設定を変えたあと最初に送るとき、Mac のメールが、メールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /*
   * Sources: the labels of iOS's Settings > Apps > Mail > Mail Accounts (iOS 18) and Settings >
   * Mail > Accounts (iOS 17 and earlier), unchanged by this round.
   */
  ios_mail: {
    name: 'iPhone / iPad のメール',
    security: { starttls: 'SSL を使用', tls: 'SSL を使用', none: 'なし' },
    steps: [
      '「設定」→「アプリ」→「メール」→「メールアカウント」を開きます（iOS 17 以前は「設定」→「メール」→「アカウント」）。',
      'このメールアドレスのアカウントを選び、いちばん上の「アカウント」をタップします。',
      '「送信メールサーバ」の「SMTP」をタップし、「プライマリサーバ」に表示されているサーバー名をタップします。',
      '「ホスト名」に {{host}}、「ユーザ名」に {{username}} を入れ、「パスワード」にメールのパスワードを入れます。',
      '「{{security}}」をオンにし、「認証」を「パスワード」、「サーバポート」を {{port}} にします。',
      '「完了」をタップし、自分あてにテストメールを送ります。',
      '最初に送るとき、iPhone や iPad がメールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /*
   * Sources: Becky!'s manual (Tools > Mailbox Settings). No copy of it was found through the
   * project's search tool; the labels are kept as they were and are to be checked again against
   * RimArts' manual (docs/mail-programs.md).
   */
  becky: {
    name: 'Becky! Internet Mail',
    security: { starttls: '「SSL/TLS」と「STARTTLS」', tls: '「SSL/TLS」だけ', none: 'なし' },
    steps: [
      'メニューの「ツール」→「メールボックスの設定」を開きます。',
      '「基本設定」タブの「SMTP サーバー(送信)」に {{host}} と入力します。',
      '「詳細」タブを開き、「SMTP 認証」にチェックを入れます。ユーザー ID が {{username}} になっているか確かめます。',
      '「サーバーのポート番号」の「SMTP」を {{port}} にします。',
      'SMTP の暗号化の設定で、{{security}}にチェックを入れます（バージョンにより「基本設定」タブか「詳細」タブにあります）。',
      '「OK」をクリックし、自分あてにテストメールを送ります。',
      '設定を変えたあと最初に送るとき、Becky! がメールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
  /* General steps: the labels differ from program to program, so none is quoted as exact. */
  other: {
    name: 'その他のメールソフト',
    security: { starttls: 'STARTTLS', tls: 'SSL/TLS', none: 'なし' },
    steps: [
      'メールソフトのアカウントの設定（「設定」「アカウント」「サーバー」などの名前）を開きます。',
      '「送信サーバー」または「SMTP サーバー」の欄に {{host}} と入力します。',
      '送信のポート番号を {{port}} にします。',
      '暗号化（「SSL」「TLS」「セキュリティ」などの名前）を「{{security}}」にします。ソフトによっては少し違う名前で表示されます。',
      '「送信サーバーは認証が必要」などの項目をオンにし、ユーザー名に {{username}}、パスワードにメールのパスワードを入れます。',
      '設定を保存して、自分あてにテストメールを送ります。',
      '設定を変えたあと最初に送るとき、メールソフトがメールのパスワードをたずねてくることがあります。そのときは、メールのパスワードを入れてください。',
    ],
  },
} as const;
