/**
 * The words of a diagnosis, in Japanese: each verdict (a title and an explanation with no jargon
 * and no port numbers, and the name support staff know it by), the next steps, and the evidence.
 * A verdict's words all live here (electron/engine/verdicts/ holds the rest of it).
 */

/** Each verdict: title, explanation (variants are i18next contexts), and its name for support staff. */
export const verdict = {
  ok: {
    title: '送信を妨げる問題は見つかりませんでした',
    explanation:
      'インターネット接続もメールサーバーも正常に応答しています。下の設定がそのまま使えます。',
    explanation_suggested:
      'インターネット接続は正常で、メールサーバーも応答しています。ただし、そのサーバーはあなたやプロバイダーではなく、ネットワークが示したものです。下の設定を使う前に、プロバイダーの案内と見比べてください。',
    staff: '問題なし',
  },
  port25_blocked: {
    title: 'プロバイダーが、昔ながらの送信方法を止めています',
    explanation:
      'お使いのインターネット回線では、迷惑メール対策のため、パスワードを使わない昔ながらの方法で外部のメールサーバーへ送ることができません。メールサーバーには、パスワードを使う送信用の入口があります。送信設定をその入口に変えると送れるようになります。',
    staff: 'ポート25番の遮断（OP25B）',
  },
  port25_intercepted: {
    title: '送信の通信が、途中で別のところへ回されています',
    explanation:
      '昔ながらの方法で送ったメールが、本来のメールサーバーではなく、プロバイダーの中継サーバーかウイルス対策ソフトの「メール保護」機能に受け取られています。パスワードを使う送信方法に切り替えると、本来のサーバーに直接届きます。',
    staff: 'ポート25番の横取り（中継サーバーまたはメール保護機能）',
  },
  submission_blocked: {
    title: 'いつもの送信経路は止められていますが、暗号化された経路なら送れます',
    explanation:
      'このネットワークでは、よく使われる送信の入口が二つとも止められています。最初から暗号化して送る入口は応答しているので、送信設定を下の内容に変えると送れます。',
    staff: 'ポート25番と587番の遮断（465番は使える）',
  },
  smtp_blocked: {
    title: 'このネットワークでは、メールソフトからの送信が止められています',
    explanation:
      'ホームページは見られますが、メールの送信に使う通信はすべて止められています。ホテルや公共 Wi‑Fi、会社のネットワークでよくある制限で、メールソフトの設定では直せません。',
    staff: 'メール送信のポートがすべて遮断',
  },
  server_unreachable: {
    title: 'メールの送信サーバーが応答しません',
    explanation:
      'ほかのメールサーバーには届くのに、お使いのメールサービスの送信サーバーだけが応答しません。サーバー名が間違っているか、メールサービス側で障害が起きている可能性があります。',
    staff: '送信サーバーが応答しない',
  },
  tls_problem: {
    title: 'メールサーバーの「安全証明書」に問題があります',
    explanation:
      '送信サーバーの身元を確かめる証明書が、期限切れか、名前が違うか、信頼できない発行元のものです。このままでは、メールソフトが安全に接続できません。',
    staff: '送信サーバーの証明書または暗号化の問題',
  },
  security_software: {
    title: 'このパソコンのセキュリティソフトが、メールの通信を止めています',
    explanation:
      'メールの通信が、インターネットに出る前に、このパソコンの中で止められたり、すり替えられたりしています。ウイルス対策ソフトなどのセキュリティソフトの機能によるもので、プロバイダーやメールサービスの問題ではありません。セキュリティソフトの設定を変えると送れるようになります。',
    staff: 'このパソコンのセキュリティソフトが通信を止めている',
  },
  captive_portal: {
    title: 'Wi‑Fi のログイン画面で、まだ手続きが済んでいません',
    explanation:
      'このネットワークは、ログイン画面で手続きをするまで、インターネットへの通信をすべてその画面に回しています。ホテルや駅、カフェなどの Wi‑Fi によくある仕組みです。ブラウザーでログインを済ませると、メールも送れるようになります。',
    staff: 'Wi‑Fi のログイン画面が未完了',
  },
  auth_failed: {
    title: 'ログインが受け付けられませんでした',
    explanation:
      '送信サーバーには届きましたが、ユーザー名かパスワードが受け付けられませんでした。サーバーの設定は正しいので、パスワードを確かめてください。',
    staff: 'ログインが拒否された',
  },
  domain_not_found: {
    title: 'メールアドレスの @ より後ろが見つかりません',
    explanation:
      '「{{domain}}」というドメインは存在しないか、メールを受け付けていません。メールアドレスのつづりを確かめてください。',
    staff: 'アドレスのドメインが存在しない',
  },
  dns_unavailable: {
    title: 'インターネット上の名前を調べられません',
    explanation:
      'サーバーの名前からその住所を調べる仕組み（DNS）が応答していません。多くの場合、ルーターの再起動で直ります。',
    staff: 'DNS が使えない',
  },
  internet_unreachable: {
    title: 'インターネットにつながっていません',
    explanation:
      'ネットワークにはつながっていますが、その先のインターネットに届きません。回線の障害か、ルーターの不調が考えられます。',
    staff: 'インターネットにつながらない',
  },
  offline: {
    title: 'ネットワークにつながっていません',
    explanation: 'このパソコンは、Wi‑Fi にもケーブルにもつながっていないようです。',
    staff: 'ネットワークに接続していない',
  },
} as const;

/** What the user is told to do next: one whole sentence per action. */
export const action = {
  use_settings: 'メールソフトの送信設定を、下の設定と同じにしてください。',
  check_password: 'それでも送れないときは、パスワードとアカウントの設定を確かめてください。',
  change_outgoing: 'メールソフトの送信サーバーの設定を、下の設定カードの内容に変更してください。',
  turn_on_auth: '送信時にパスワードを使う設定（送信の認証）をオンにしてください。',
  change_outgoing_tls:
    'メールソフトの送信サーバーの設定を、下の設定カードの内容（最初から暗号化する方式）に変更してください。',
  antivirus_mail_scan:
    'ウイルス対策ソフトをお使いなら、その「送信メールの検査」を一時的にオフにして試してください。',
  use_webmail: 'ブラウザーのWebメールから送ってください。',
  other_network: 'スマートフォンのテザリングなど、別のネットワークに切り替えて送ってください。',
  ask_admin: '会社や施設のネットワークなら、管理者にメール送信を許可してもらってください。',
  compare_server_name:
    'メールサービスの案内にある送信サーバー名と、メールソフトの設定を見比べてください。',
  check_status_later: 'メールサービスの障害情報を確かめ、しばらくしてからもう一度お試しください。',
  type_server_from_guide:
    'プロバイダーやメールサービスの案内に書かれている送信サーバー名を、「いま使っている送信サーバー」の欄に入れて、もう一度調べてください。',
  check_server_name: '送信サーバー名が、メールサービスの案内どおりか確かめてください。',
  antivirus_ssl_scan:
    'ウイルス対策ソフトの「メール検査」や「SSL検査」をオフにして、もう一度確かめてください。',
  report_certificate: '直らないときは、メールサービスに証明書の問題として問い合わせてください。',
  security_mail_shield:
    'セキュリティソフトの設定画面を開き、「メール保護」「メールシールド」「送信メールの検査」などの項目をオフにしてください。',
  security_ssl_scan:
    '同じ設定画面で「SSL/TLS の検査」「暗号化された通信の検査」「HTTPS スキャン」などの項目をオフにするか、メールソフトを対象外にしてください。',
  security_program_exception:
    'ファイアウォールの設定で、お使いのメールソフトの通信を「許可」にしてください（「プログラムの例外」や「アプリの許可」などの項目です）。',
  portal_sign_in:
    'ブラウザーで何かのホームページを開いてください。ログイン画面が出たら、案内に沿って手続き（同意やパスワードの入力）をしてください。',
  portal_check_again: 'ログインが済んだら、もう一度調べてください。',
  retype_password: 'パスワードを入力し直してください（大文字・小文字に注意してください）。',
  app_password:
    '{{provider}} では、ふだんのパスワードの代わりに「アプリパスワード」を作って、メールソフトに入れる必要があります。',
  oauth_sign_in:
    '{{provider}} は、メールソフトの画面からのサインインだけを受け付けます。メールソフトでアカウントを追加し直し、表示される画面からサインインしてください。',
  check_spelling: 'メールアドレスを、契約書類やメールサービスの案内と見比べてください。',
  restart_router: 'ルーター（Wi‑Fi の機械）の電源を切り、30秒ほど待ってから入れ直してください。',
  dns_automatic: 'パソコンの DNS を手動で設定している場合は、自動に戻してください。',
  open_browser_sign_in:
    'ブラウザーで何かのページを開き、ログイン画面が出たら手続きをしてください。',
  restart_router_outage:
    'ルーターの電源を入れ直してください。直らなければ、回線の障害情報を確かめてください。',
  check_cable: 'Wi‑Fi がオンになっているか、LAN ケーブルが抜けていないか確かめてください。',
  run_again: 'つながったら、もう一度調べてください。',
  works_here_only:
    'いまの設定はこの回線からは使えますが、外出先などほかのネットワークからは送れません。どこからでも送れるように、下の設定に変えておくことをおすすめします。',
  confirm_suggested:
    'プロバイダーやサーバー会社の案内を見て、送信サーバーが {{host}} で合っているか確かめてください。',
  ask_admin_mail_server:
    'ネットワークの管理者（会社のシステム担当者など）に、このネットワークで使うメールサーバーと設定を尋ねてください。',
} as const;

/**
 * What the engine found, one whole sentence per finding (and per variant: `_filtered`, `_refused`…
 * are i18next contexts chosen from the evidence's parameters). Support staff read these aloud.
 */
export const evidence = {
  no_route: 'このパソコンには、ネットワークへの経路がありません。',
  dns_failed:
    'インターネット上の名前を調べる問い合わせ（DNS）に、どこからも答えが返ってきません（{{outcomes, list}}）。',
  dns_ok: '名前の問い合わせ（DNS）は正常に動いています。',
  nothing_answers: 'Webサイトにもメールサーバーにも接続できません。',
  web_ok: 'Webサイト（ポート443番）には接続できます。',
  web_proxy_only:
    'Webサイトには、設定されたプロキシー（{{proxy}}）経由でしか届きません。会社などで管理されているネットワークです。',
  proxy_login:
    'プロキシー（{{proxy}}）は、通信を通す前にユーザー名とパスワードを求めています。接続そのものはできています。',
  portal_same_address:
    '関係のない名前（{{names, list}}）が、すべて同じアドレス（{{address}}）を指しています。通信が Wi‑Fi のログイン画面に回されています。',
  portal_certificate:
    '{{host}} に接続すると、そのサイトのものではない証明書（{{names, list}}、発行元: {{issuer}}、アドレス: {{address}}）が返ってきました。ログイン画面が割り込んでいます。',
  portal_redirect:
    '{{host}} に決まった確認用の応答を求めたところ、{{location}} へ転送されました（応答したアドレス: {{address}}）。Wi‑Fi のログイン画面が割り込んでいます。',
  portal_wrong_answer:
    '{{host}} に決まった確認用の応答を求めたところ、別のページが返ってきました（応答したアドレス: {{address}}）。Wi‑Fi のログイン画面が割り込んでいます。',
  domain_missing_nxdomain: '「{{domain}}」というドメインは存在しません。',
  domain_missing_nodata: '「{{domain}}」には、メールを受け取るサーバーが登録されていません。',
  domain_missing_null_mx: '「{{domain}}」は、メールを受け付けないと宣言しています（null MX）。',
  mail_ports_blocked_filtered:
    'メールの送信に使う接続（ポート25・465・587番）は、どのサーバーに対しても応答がないまま止められています。',
  mail_ports_blocked_refused:
    'メールの送信に使う接続（ポート25・465・587番）は、どのサーバーに対してもすぐに切断されます。',
  mail_ports_blocked_prohibited:
    'メールの送信に使う接続（ポート25・465・587番）は、どのサーバーに対しても「禁止」の通知で拒否されます。',
  mail_ports_blocked_mixed:
    'メールの送信に使う接続（ポート25・465・587番）は、どのサーバーに対してもつながりません。',
  server_name_not_found: '送信サーバーの名前（{{hosts, list}}）が見つかりません。',
  submission_silent:
    '送信サーバーの候補（{{hosts, list}}）は、どれも送信サーバーとして応答しませんでした。',
  submission_silent_none: '送信サーバーの候補が一つも見つかりませんでした。',
  submission_slow:
    '{{host}} はポート{{port}}番で応答しましたが、最初のあいさつが届くまでに{{seconds}}秒かかりました。応答の遅いサーバーです。',
  other_mail_ok: 'ほかのメールサーバーには接続できます。',
  submission_open_starttls:
    '送信サーバー {{host}} はポート{{port}}番（送信専用の入口）で{{ms}}ミリ秒で応答し、接続後の暗号化（STARTTLS）に対応しています。ログインの方式として {{mechanisms, list}} が案内されています。',
  submission_open_tls:
    '送信サーバー {{host}} はポート{{port}}番（送信専用の入口）で{{ms}}ミリ秒で応答し、最初から暗号化（SSL/TLS）されています。ログインの方式として {{mechanisms, list}} が案内されています。',
  submission_open_none:
    '送信サーバー {{host}} はポート{{port}}番で{{ms}}ミリ秒で応答しましたが、暗号化には対応していません。ログインの方式として {{mechanisms, list}} が案内されています。',
  submission_no_auth:
    '{{host}} のポート{{port}}番は応答しますが、暗号化したあとでもログイン（送信の認証）を案内していません。メールソフトからの送信には使えません。',
  certificate_invalid_expired:
    '{{host}}（ポート{{port}}番）の証明書は、{{validTo, datetime}}に有効期限が切れています（発行元: {{issuer}}）。',
  certificate_invalid_not_yet_valid:
    '{{host}}（ポート{{port}}番）の証明書は、まだ有効期間が始まっていません（発行元: {{issuer}}）。',
  certificate_invalid_wrong_host:
    '{{host}}（ポート{{port}}番）の証明書は、別の名前（{{names, list}}）のためのものです（発行元: {{issuer}}）。',
  certificate_invalid_self_signed:
    '{{host}}（ポート{{port}}番）の証明書は自己署名で、だれにも保証されていません。',
  certificate_invalid_untrusted:
    '{{host}}（ポート{{port}}番）の証明書は、このパソコンが信頼していない発行元（{{issuer}}）のものです。',
  certificate_invalid_other:
    '{{host}}（ポート{{port}}番）の証明書を検証できませんでした（{{code}}、発行元: {{issuer}}）。',
  certificate_other_name:
    '{{host}} の証明書には {{name}} という名前が書かれていて、同じ場所にある {{name}} も送信サーバーとして応答しました。',
  host_suggested_certificate_other_name:
    '{{namedBy}} に接続すると、{{host}} という別の名前の証明書が返ってきました。共用サーバー（レンタルサーバー）の正しい名前かもしれませんが、途中のネットワークが差し替えた可能性もあるため、まだ確かめていません。プロバイダーやサーバー会社の案内に {{host}} と書かれていることを確かめてから使ってください。',
  host_suggested_srv_other_domain:
    '送信サーバー {{host}} は、{{namedBy}} の DNS の案内（SRV レコード）に書かれていたものです。{{namedBy}} の外にあるサーバーで、途中のネットワークが書き換えた可能性もあるため、まだ確かめていません。プロバイダーの案内に {{host}} と書かれていることを確かめてから使ってください。',
  host_suggested_mx_other_domain:
    '送信サーバー {{host}} は、{{namedBy}} あてのメールを受け取るサーバー（MX）の名前から推測したものです。{{namedBy}} の外にあるサーバーで、途中のネットワークが書き換えた可能性もあるため、まだ確かめていません。プロバイダーの案内に {{host}} と書かれていることを確かめてから使ってください。',
  host_suggested_autoconfig_other_domain:
    '送信サーバー {{host}} は、{{namedBy}} が公開している設定ファイルに書かれていたものです。{{namedBy}} の外にあるサーバーのため、まだ確かめていません。プロバイダーの案内に {{host}} と書かれていることを確かめてから使ってください。',
  dns_target_refused_port:
    '{{name}} の DNS の案内はポート{{port}}番の {{target}} を示していますが、送信用のポート（465、587、2525番）ではないため、接続していません。',
  dns_target_refused_ip_literal:
    '{{name}} の DNS の案内は、サーバー名ではなく IP アドレス（{{target}}）を示していたため、接続していません。',
  dns_target_refused_private_address:
    '{{name}} という名前は、このパソコンや家庭・社内のネットワークの中を指すアドレス（{{target}}）に向いていたため、接続していません。',
  no_encryption:
    '{{host}} は暗号化（STARTTLS）に対応していないか、暗号化に失敗しました。このままではパスワードが盗み見られるおそれがあります。',
  auth_rejected: '{{host}} へのログインが拒否されました（{{detail}}）。',
  auth_ok: '{{host}} へのログインテストに成功しました。',
  auth_oauth_only:
    '{{provider}} は、パスワードでのログインを受け付けず、メールソフトの画面からのサインインだけを使います。そのため、パスワードのテストはしていません。',
  login_unresolved:
    '送信サーバー（{{host}}）の名前が見つからないため、パスワードを確かめられませんでした。',
  login_withheld_needs_confirmation:
    '送信サーバー {{host}} はまだ確かめていないため、パスワードは送っていません。サーバー名を確かめてから、もう一度お試しください。',
  login_withheld_not_verified:
    '送信サーバー {{host}} と安全につながること（正しい証明書での暗号化と、ログインの受け付け）を確かめられなかったため、パスワードは送っていません。',
  port25_blocked_filtered:
    '外部のメールサーバー（{{hosts, list}}）へのポート25番（昔ながらの送信方式）の接続は、応答がないまま止められています。プロバイダーの「OP25B」（迷惑メール対策のポート25番ブロック）です。',
  port25_blocked_refused:
    '外部のメールサーバー（{{hosts, list}}）へのポート25番（昔ながらの送信方式）の接続は、すぐに切断されます。プロバイダーの「OP25B」（迷惑メール対策のポート25番ブロック）です。',
  port25_blocked_prohibited:
    '外部のメールサーバー（{{hosts, list}}）へのポート25番（昔ながらの送信方式）の接続には、「禁止」の通知が返ってきます。プロバイダーの「OP25B」（迷惑メール対策のポート25番ブロック）です。',
  port25_blocked_mixed:
    '外部のメールサーバー（{{hosts, list}}）へのポート25番（昔ながらの送信方式）の接続は、つながりません。プロバイダーの「OP25B」（迷惑メール対策のポート25番ブロック）です。',
  port25_open: '外部のメールサーバーへのポート25番の接続は、止められていません。',
  port25_intercepted_same_greeting:
    'ポート25番の接続先が本来のサーバーではありません。{{hosts, list}} のどれに接続しても、同じ「{{greeting}}」という応答が返ってきます。',
  port25_intercepted_foreign_greeting:
    'ポート25番の接続先が本来のサーバーではありません。{{hosts, list}} に接続すると、別のサーバーの「{{greeting}}」という名乗りが返ってきます。',
  port25_local_proxy_fast:
    'ポート25番の接続が{{ms}}ミリ秒でつながりました。ネットワークを通ったとは思えない速さで、このパソコンのセキュリティソフトが送信メールを検査するために途中で受け取っています。',
  port25_local_proxy_silent:
    'ポート25番の接続は、どのサーバーに対してもすぐにつながりますが、その先のサーバーからは何も返ってきません。セキュリティソフトの「メール保護」などが途中で接続を受け取っていて、その先で止められています。',
  port25_inside_isp:
    '{{host}} はポート25番で応答しますが、外部のメールサーバーへのポート25番は止められています。{{host}} はプロバイダーの中にあるサーバーなので、この回線からは使えますが、外出先などほかのネットワークからは使えません。',
  port587_blocked_filtered:
    '送信専用の入口（ポート587番）への接続も、応答がないまま止められています。',
  port587_blocked_refused: '送信専用の入口（ポート587番）への接続も、すぐに切断されます。',
  port587_blocked_prohibited:
    '送信専用の入口（ポート587番）への接続にも、「禁止」の通知が返ってきます。',
  port587_blocked_mixed: '送信専用の入口（ポート587番）への接続も、つながりません。',
  local_refused:
    'ポート{{ports, list}}番への接続が、このパソコンの中で拒否されました（{{code}}）。通信がネットワークに出る前に、セキュリティソフトが止めています。',
  tls_inspected:
    '関係のない複数のサーバー（{{hosts, list}}）の証明書が、どれも同じ「{{issuer}}」から発行されています。セキュリティソフトが暗号化された通信の中身を検査しているため、メールソフトが安全に接続できません。',
  user_port_change:
    'いまのメールソフトはポート{{from}}番を使っています。{{to}}番に変更してください。',
  user_port_ok: 'いまのメールソフトのポート{{port}}番は、このネットワークで使えます。',
  unstable:
    '同じサーバーへのポート{{port}}番の接続が、つながったりつながらなかったりしました。通信が不安定なのかもしれません。',
  provider_settings:
    '設定は {{provider}} が公開している内容です。ここからはまだ確かめられていません。',
  family_only_4: 'この回線では IPv4 だけで調べました（IPv6 の経路がありません）。',
  family_only_6:
    'この回線は IPv6 だけでインターネットにつながっています。IPv6 のアドレスで調べました。',
} as const;
