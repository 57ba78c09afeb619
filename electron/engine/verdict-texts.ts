/** The verdicts in plain Japanese and English: no jargon, no port numbers (those live in the settings card). */
import type { LocalizedText, VerdictCode } from '../../shared/verdict.js';

/** Words for one verdict. */
export interface VerdictText {
  title: LocalizedText;
  explanation: LocalizedText;
  actions: { ja: string[]; en: string[] };
}

/** Values the texts may mention. */
export interface TextContext {
  domain: string;
}

/** The plain-words title, explanation and next steps of each verdict. */
export function verdictText(code: VerdictCode, ctx: TextContext): VerdictText {
  switch (code) {
    case 'ok':
      return {
        title: {
          ja: '送信を妨げる問題は見つかりませんでした',
          en: 'Nothing on your network is stopping your email',
        },
        explanation: {
          ja: 'インターネット接続もメールサーバーも正常に応答しています。下の設定がそのまま使えます。',
          en: 'Your connection and your mail server both answer normally. The settings below work from here.',
        },
        actions: {
          ja: [
            'メールソフトの送信設定を、下の設定と同じにしてください。',
            'それでも送れないときは、パスワードとアカウントの設定を確認してください。',
          ],
          en: [
            'Make your mail program’s outgoing settings match the ones below.',
            'If it still won’t send, check your password and account settings.',
          ],
        },
      };
    case 'port25_blocked':
      return {
        title: {
          ja: 'プロバイダーが、昔ながらの送信方法を止めています',
          en: 'Your internet provider blocks the old way of sending email',
        },
        explanation: {
          ja: 'お使いのインターネット回線では、迷惑メール対策のため、パスワードを使わない昔ながらの方法で外部のメールサーバーへ送ることができません。メールサーバーには、パスワードを使う送信用の入口があり、そちらは応答しています。送信設定を下の内容に変えると送れるようになります。',
          en: 'To fight spam, your internet provider stops mail from being sent to outside mail servers the old way, without a password. Your mail server has a separate entrance for sending with a password, and it answers. Change your outgoing settings to the ones below and your email will go out.',
        },
        actions: {
          ja: [
            'メールソフトの送信サーバーの設定を、下の設定カードの内容に変更してください。',
            '送信時にパスワードを使う設定（送信の認証）をオンにしてください。',
          ],
          en: [
            'Change your mail program’s outgoing server settings to those in the settings card below.',
            'Turn on “my outgoing server requires authentication” (sign in to send).',
          ],
        },
      };
    case 'port25_intercepted':
      return {
        title: {
          ja: '送信の通信が、途中で別のところへ回されています',
          en: 'Your outgoing mail is being diverted on the way',
        },
        explanation: {
          ja: '昔ながらの方法で送ったメールが、本来のメールサーバーではなく、プロバイダーの中継サーバーかウイルス対策ソフトの「メール保護」機能に受け取られています。パスワードを使う送信方法に切り替えると、本来のサーバーに直接届きます。',
          en: 'Mail sent the old way is picked up on the way, by your provider’s relay or by an antivirus “mail shield”, instead of reaching your mail server. Sending with a password goes straight to your own server.',
        },
        actions: {
          ja: [
            'メールソフトの送信サーバーの設定を、下の設定カードの内容に変更してください。',
            'ウイルス対策ソフトをお使いなら、その「送信メールの検査」を一時的にオフにして試してください。',
          ],
          en: [
            'Change your mail program’s outgoing server settings to those in the settings card below.',
            'If you use antivirus software, try turning off its outgoing mail scanning.',
          ],
        },
      };
    case 'submission_blocked':
      return {
        title: {
          ja: 'いつもの送信経路は止められていますが、暗号化された経路なら送れます',
          en: 'The usual ways of sending are blocked here, but the encrypted one works',
        },
        explanation: {
          ja: 'このネットワークでは、よく使われる送信の入口が二つとも止められています。最初から暗号化して送る入口は応答しているので、送信設定を下の内容に変えると送れます。',
          en: 'On this network both of the usual entrances for sending mail are blocked. The entrance that encrypts from the very start still answers, so change your outgoing settings to the ones below.',
        },
        actions: {
          ja: [
            'メールソフトの送信サーバーの設定を、下の設定カードの内容（最初から暗号化する方式）に変更してください。',
            '送信時の認証（パスワード）をオンにしてください。',
          ],
          en: [
            'Change your mail program’s outgoing settings to those in the settings card below (encrypted from the start).',
            'Turn on authentication (sign in to send).',
          ],
        },
      };
    case 'smtp_blocked':
      return {
        title: {
          ja: 'このネットワークでは、メールソフトからの送信が止められています',
          en: 'This network blocks sending from mail programs',
        },
        explanation: {
          ja: 'ホームページは見られますが、メールの送信に使う通信はすべて止められています。ホテルや公共 Wi‑Fi、会社のネットワークでよくある制限で、メールソフトの設定では直せません。',
          en: 'Web pages work, but every connection a mail program uses to send is blocked. Hotels, public Wi‑Fi and company networks often do this; no setting in your mail program can get around it.',
        },
        actions: {
          ja: [
            'ブラウザーのWebメールから送ってください。',
            'スマートフォンのテザリングなど、別のネットワークに切り替えて送ってください。',
            '会社や施設のネットワークなら、管理者にメール送信を許可してもらってください。',
          ],
          en: [
            'Send from webmail in your browser.',
            'Or switch to another network, such as your phone’s hotspot.',
            'On a company or venue network, ask its administrator to allow sending mail.',
          ],
        },
      };
    case 'server_unreachable':
      return {
        title: {
          ja: 'メールの送信サーバーが応答しません',
          en: 'Your outgoing mail server does not answer',
        },
        explanation: {
          ja: 'ほかのメールサーバーには届くのに、お使いのメールサービスの送信サーバーだけが応答しません。サーバー名が間違っているか、メールサービス側で障害が起きている可能性があります。',
          en: 'Other mail servers answer, but your mail service’s outgoing server does not. Its name may be wrong, or the service may be having trouble.',
        },
        actions: {
          ja: [
            'メールサービスの案内にある送信サーバー名と、メールソフトの設定を見比べてください。',
            'メールサービスの障害情報を確認し、しばらくしてからもう一度お試しください。',
          ],
          en: [
            'Compare the outgoing server name in your mail program with your mail service’s instructions.',
            'Check your mail service’s status page, and try again a little later.',
          ],
        },
      };
    case 'tls_problem':
      return {
        title: {
          ja: 'メールサーバーの「安全証明書」に問題があります',
          en: 'There is a problem with the mail server’s security certificate',
        },
        explanation: {
          ja: '送信サーバーの身元を確かめる証明書が、期限切れか、名前が違うか、信頼できない発行元のものです。ウイルス対策ソフトが通信を検査するために証明書を差し替えていることもあります。',
          en: 'The certificate that proves the server’s identity has expired, names another server, or comes from an issuer your computer does not trust. Antivirus software that inspects mail can also replace certificates.',
        },
        actions: {
          ja: [
            '送信サーバー名が、メールサービスの案内どおりか確認してください。',
            'ウイルス対策ソフトの「メール検査」や「SSL検査」をオフにして、もう一度確かめてください。',
            '直らないときは、メールサービスに証明書の問題として問い合わせてください。',
          ],
          en: [
            'Check that the outgoing server name matches your mail service’s instructions.',
            'Turn off your antivirus software’s mail or SSL scanning and check again.',
            'If that does not help, report a certificate problem to your mail service.',
          ],
        },
      };
    case 'auth_failed':
      return {
        title: { ja: 'ログインが受け付けられませんでした', en: 'The sign-in was refused' },
        explanation: {
          ja: '送信サーバーには届きましたが、ユーザー名かパスワードが受け付けられませんでした。サーバーの設定は正しいので、パスワードを確認してください。サービスによっては、専用の「アプリパスワード」が必要です。',
          en: 'Your outgoing server answered, but it did not accept the user name or password. The server settings are right; check the password. Some services require a special “app password”.',
        },
        actions: {
          ja: [
            'パスワードを入力し直してください（大文字・小文字に注意）。',
            'Gmail や Yahoo! メールなどでは、アプリパスワードを作って使ってください。',
          ],
          en: [
            'Type the password again (mind upper and lower case).',
            'For services such as Gmail or Yahoo, create and use an app password.',
          ],
        },
      };
    case 'domain_not_found':
      return {
        title: {
          ja: 'メールアドレスの @ より後ろが見つかりません',
          en: 'The part of your address after the @ was not found',
        },
        explanation: {
          ja: `「${ctx.domain}」というドメインは存在しないか、メールを受け付けていません。メールアドレスのつづりを確認してください。`,
          en: `The domain “${ctx.domain}” does not exist or does not accept email. Check the spelling of your address.`,
        },
        actions: {
          ja: ['メールアドレスを、契約書類やメールサービスの案内と見比べてください。'],
          en: [
            'Compare your address with your contract papers or your mail service’s instructions.',
          ],
        },
      };
    case 'dns_unavailable':
      return {
        title: {
          ja: 'インターネット上の名前を調べられません',
          en: 'Names on the internet cannot be looked up',
        },
        explanation: {
          ja: 'サーバーの名前からその住所を調べる仕組み（DNS）が応答していません。多くの場合、ルーターの再起動で直ります。',
          en: 'The service that turns server names into addresses (DNS) is not answering. Restarting your router usually fixes this.',
        },
        actions: {
          ja: [
            'ルーター（Wi‑Fi の機械）の電源を切り、30秒ほど待ってから入れ直してください。',
            'パソコンの DNS を手動で設定している場合は、自動に戻してください。',
          ],
          en: [
            'Switch your router off, wait about 30 seconds, and switch it on again.',
            'If you set your computer’s DNS by hand, set it back to automatic.',
          ],
        },
      };
    case 'internet_unreachable':
      return {
        title: {
          ja: 'インターネットにつながっていません',
          en: 'You are not connected to the internet',
        },
        explanation: {
          ja: 'ネットワークにはつながっていますが、その先のインターネットに届きません。回線の障害か、ホテルや公共 Wi‑Fi でログイン画面での同意が必要なことがあります。',
          en: 'Your computer is on a network, but nothing on the internet answers. The line may be down, or a hotel or public Wi‑Fi may want you to sign in on a web page first.',
        },
        actions: {
          ja: [
            'ブラウザーで何かのページを開き、ログイン画面が出たら手続きしてください。',
            'ルーターの電源を入れ直してください。直らなければ回線の障害情報を確認してください。',
          ],
          en: [
            'Open any page in your browser; if a sign-in page appears, complete it.',
            'Restart your router; if that does not help, check your provider’s outage page.',
          ],
        },
      };
    case 'offline':
      return {
        title: {
          ja: 'ネットワークにつながっていません',
          en: 'This computer is not connected to a network',
        },
        explanation: {
          ja: 'このパソコンは、Wi‑Fi にもケーブルにもつながっていないようです。',
          en: 'This computer does not seem to be connected to Wi‑Fi or a cable.',
        },
        actions: {
          ja: [
            'Wi‑Fi がオンになっているか、LAN ケーブルが抜けていないか確認してください。',
            'つながったら、もう一度診断してください。',
          ],
          en: [
            'Check that Wi‑Fi is on or that the network cable is plugged in.',
            'Then run the check again.',
          ],
        },
      };
  }
}
