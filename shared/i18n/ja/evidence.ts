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
    'Webサイトには、設定されたプロキシー経由でしか届きません。会社などで管理されているネットワークです。',
  portal_same_address:
    '関係のない名前（{{names, list}}）が、すべて同じアドレス（{{address}}）を指しています。通信が Wi‑Fi のログイン画面に回されています。',
  portal_certificate:
    '{{host}} に接続すると、そのサイトのものではない証明書（{{names, list}}、発行元: {{issuer}}）が返ってきました。ログイン画面が割り込んでいます。',
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
