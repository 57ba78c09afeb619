/**
 * Words for the "Support staff" screen: decode a reference code read out on the phone,
 * open a saved report file, and look up a provider's published settings without probing. Staff
 * words: port numbers and protocol names are fine here. The summaries themselves use section code.
 */
export const staff = {
  headerLink: 'サポート担当者向け',
  heading: 'サポート担当者向けの画面',
  lead: 'お客さまから聞いた参照コードを読み取ったり、送ってもらったレポートファイルを開いたりできます。この画面では、何も通信しません。',
  back: 'はじめの画面に戻る',
  code: {
    heading: '参照コードを読み取る',
    label: '参照コード',
    hint: '例：0125-6669-6534-1342-9564-5609（24 桁の数字です。ハイフンや空白はなくてもかまいません。古い形式の英数字 13 文字のコードも読み取れます）',
    submit: '読み取る',
    empty: '参照コードを入力してください。',
    summaryHeading: '参照コード {{code}} の内容',
  },
  report: {
    heading: 'レポートファイルを開く',
    lead: 'お客さまが「レポートを保存」で保存したファイルを開いて、結果の画面を表示します。',
    button: 'レポートファイルを開く',
    opening: 'ファイルを開いています…',
    cancelled: 'ファイルは開きませんでした。',
    failed: 'ファイルを開けませんでした（{{message}}）。',
    viewing:
      '保存されたレポートを表示しています（{{date}} に保存、SendCheck {{version}}、参照コード {{code}}）。この画面からは、お客さまの設定は変えられません。',
    close: 'レポートを閉じる',
  },
  lookup: {
    heading: '送信サーバーの公開設定を調べる',
    lead: 'メールアドレスから、SendCheck に内蔵のプロバイダーのデータを調べます。通信はしません。',
    label: 'メールアドレス',
    submit: '公開設定を調べる',
  },
} as const;
