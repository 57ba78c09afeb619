/** Evidence sentences for the helpdesk: plain words, with the technical term explained once. */
import type { Evidence } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import { ids } from './facts.js';

const HOW_BLOCKED: Record<string, { ja: string; en: string }> = {
  filtered: {
    ja: '応答がなく（通信が黙って捨てられている）',
    en: 'get no answer at all (silently dropped)',
  },
  refused: { ja: '即座に切断され（リセット）', en: 'are cut off at once (TCP reset)' },
  prohibited: {
    ja: '「禁止」の通知が返り（ICMP 管理上の禁止）',
    en: 'are answered with “prohibited” (ICMP administratively prohibited)',
  },
};

function how(outcome: string | null): { ja: string; en: string } {
  return HOW_BLOCKED[outcome ?? ''] ?? { ja: 'つながらず', en: 'do not connect' };
}

/** Builds one evidence item. */
export function ev(
  id: string,
  severity: Evidence['severity'],
  ja: string,
  en: string,
  probes: ProbeResult[] = [],
): Evidence {
  return { id, severity, text: { ja, en }, probes: ids(probes) };
}

/** "Port 25 to outside mail servers is blocked, this way". */
export function port25BlockedEvidence(probes: ProbeResult[], outcome: string | null): Evidence {
  const h = how(outcome);
  const hosts = [...new Set(probes.map((p) => p.host))].join(', ');
  return ev(
    'port25_blocked',
    'problem',
    `外部のメールサーバー（${hosts}）へのポート25番（昔ながらの送信方式）への接続が${h.ja}ます。プロバイダーの「OP25B」（迷惑メール対策のポート25番ブロック）です。`,
    `Connections to outside mail servers (${hosts}) on port 25 (the old way of sending) ${h.en}. This is your provider's Outbound Port 25 Blocking (OP25B), an anti-spam measure.`,
    probes,
  );
}

/** Which submission port answered and whether it encrypts. */
export function submissionOpenEvidence(p: ProbeResult): Evidence {
  const tls =
    p.smtp?.startTls === 'implicit'
      ? { ja: '最初から暗号化（SSL/TLS）', en: 'encrypted from the start (SSL/TLS)' }
      : p.smtp?.startTls === 'ok'
        ? { ja: '暗号化に切り替え（STARTTLS）', en: 'switches to encryption (STARTTLS)' }
        : { ja: '暗号化なし', en: 'without encryption' };
  const auth = p.smtp?.authMechanisms.length ? p.smtp.authMechanisms.join(' ') : '—';
  return ev(
    `submission_open_${p.port}`,
    'ok',
    `送信サーバー ${p.host} はポート${p.port}番（送信専用の入口）で応答し、${tls.ja}できます。認証方式: ${auth}（${Math.round(p.ms)} ms）`,
    `The outgoing server ${p.host} answers on port ${p.port} (the entrance for sending with a password), ${tls.en}. Sign-in methods: ${auth} (${Math.round(p.ms)} ms).`,
    [p],
  );
}

/** A certificate that does not verify, in words. */
export function certificateEvidence(p: ProbeResult): Evidence {
  const c = p.smtp?.tls;
  const why: Record<string, { ja: string; en: string }> = {
    expired: {
      ja: `有効期限（${c?.validTo ?? ''}）が切れています`,
      en: `expired on ${c?.validTo ?? ''}`,
    },
    not_yet_valid: { ja: 'まだ有効期間が始まっていません', en: 'is not valid yet' },
    wrong_host: {
      ja: `別の名前（${c?.altNames.join(', ') || c?.subject || ''}）向けのものです`,
      en: `names another server (${c?.altNames.join(', ') || c?.subject || ''})`,
    },
    self_signed: {
      ja: '自己署名（だれにも保証されていない）です',
      en: 'is self-signed (vouched for by no one)',
    },
    untrusted: {
      ja: `信頼できない発行元（${c?.issuer ?? ''}）のものです`,
      en: `comes from an issuer this computer does not trust (${c?.issuer ?? ''})`,
    },
  };
  const w = why[c?.verifyError ?? ''] ?? {
    ja: `検証できません（${c?.verifyError ?? '不明'}）`,
    en: `does not verify (${c?.verifyError ?? 'unknown'})`,
  };
  return ev(
    'certificate_invalid',
    'problem',
    `${p.host} のポート${p.port}番の証明書は${w.ja}。発行元: ${c?.issuer ?? '—'}`,
    `The certificate of ${p.host} on port ${p.port} ${w.en}. Issuer: ${c?.issuer ?? '—'}.`,
    [p],
  );
}
