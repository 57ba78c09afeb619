/** What the main process says when start-up or the window fails (electron/startup-guard.ts), in Japanese. */
export const startup = {
  title: 'SendCheck を起動できませんでした',
  failed: 'SendCheck の起動中に問題が起きたため、終了します。',
  windowFailed: 'SendCheck の画面を表示できなくなったため、終了します。',
  detail: '原因：{{reason}}',
  logAt: '何が起きたかの記録は、次のファイルにあります：{{path}}',
  sendLog: 'お問い合わせのときは、このファイルをお送りください。',
  retry: 'もう一度 SendCheck を起動してください。同じことが続く場合は、お問い合わせください。',
} as const;
