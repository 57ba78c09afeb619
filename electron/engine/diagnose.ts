/** The verdict rules: probe results in, verdict + evidence + recommended settings out. Pure: no I/O, no clock. */
import type {
  CandidateSummary,
  DiagnosisReport,
  Evidence,
  RecommendedSettings,
} from '../../shared/diagnosis.js';
import { BLOCKED_AT } from '../../shared/diagnosis.js';
import type { ProbeResult } from '../../shared/probe.js';
import type { Confidence, VerdictCode } from '../../shared/verdict.js';
import type { ParsedEmail } from '../../shared/validate.js';
import {
  allAre,
  blocked,
  byRole,
  commonOutcome,
  connected,
  dnsAnswered,
  onPorts,
  smtpAnswered,
} from './facts.js';
import { detectInterception } from './interception.js';
import { chooseRecommended } from './recommend.js';
import {
  certificateEvidence,
  ev,
  port25BlockedEvidence,
  submissionOpenEvidence,
} from './evidence.js';
import { verdictText } from './verdict-texts.js';

/** Everything diagnose() looks at. */
export interface DiagnoseInput {
  email: ParsedEmail;
  probes: ProbeResult[];
  candidates: CandidateSummary[];
  provider: { id: string; name: string } | null;
  userServer?: string;
  userPort?: number;
  elapsedMs: number;
  /** Shows an ASCII host name in Unicode (IDN); identity by default. */
  toUnicode?: (host: string) => string;
}

interface Finding {
  code: VerdictCode;
  confidence: Confidence;
  recommended: RecommendedSettings | null;
}

/** Decides the verdict from probe results (diagnosis.md: precedence, first wins). */
export function diagnose(input: DiagnoseInput): DiagnosisReport {
  const evidence: Evidence[] = [];
  const probes = input.probes.map((p) => ({ ...p }));
  // Skipped probes (an earlier candidate already answered) say nothing about the network.
  const finding = decide(
    input,
    probes.filter((p) => p.outcome !== 'skipped'),
    evidence,
  );
  const text = verdictText(finding.code, { domain: input.email.domain });
  return {
    verdict: { code: finding.code, confidence: finding.confidence, ...text },
    recommended: finding.recommended,
    evidence,
    probes,
    elapsedMs: Math.round(input.elapsedMs),
    email: {
      display: input.email.display,
      ascii: input.email.ascii,
      domain: input.email.domain,
      domainAscii: input.email.domainAscii,
    },
    provider: input.provider,
    request: { server: input.userServer ?? null, port: input.userPort ?? null },
    candidates: input.candidates,
    blockedAt: BLOCKED_AT[finding.code],
  };
}

function decide(input: DiagnoseInput, probes: ProbeResult[], evidence: Evidence[]): Finding {
  const none = (code: VerdictCode, confidence: Confidence): Finding => ({
    code,
    confidence,
    recommended: null,
  });
  const connectish = probes.filter((p) => p.kind === 'tcp' || p.kind === 'smtp');
  const dns = probes.filter((p) => p.kind === 'dns');
  const route = byRole(probes, 'local_network');
  const web = byRole(probes, 'web_control');
  const mail = byRole(probes, 'submission', 'own_mx', 'reference_mx', 'reference_submission');
  const dnsOk = dns.some(dnsAnswered);

  // 1. offline: the kernel has no route, and nothing connected or answered.
  const noRoute =
    allAre(route, (p) => p.outcome === 'no_route') ||
    allAre(connectish, (p) => p.outcome === 'no_route');
  if (noRoute && !connectish.some(connected) && !dnsOk) {
    evidence.push(
      ev(
        'no_route',
        'problem',
        'このパソコンには、ネットワークへの経路がありません。',
        'This computer has no route to any network.',
        [...route, ...connectish],
      ),
    );
    return none('offline', route.length > 0 ? 'high' : 'medium');
  }

  // 2. dns_unavailable: no look-up got any answer at all.
  if (dns.length > 0 && !dnsOk) {
    const failed = dns.map((p) => p.outcome);
    evidence.push(
      ev(
        'dns_failed',
        'problem',
        `名前の問い合わせ（DNS）に答えが返りません（${[...new Set(failed)].join(', ')}）。`,
        `No name look-up (DNS) got an answer (${[...new Set(failed)].join(', ')}).`,
        dns,
      ),
    );
    return none('dns_unavailable', dns.length >= 2 ? 'high' : 'medium');
  }
  evidence.push(
    ev(
      'dns_ok',
      'ok',
      '名前の問い合わせ（DNS）は動いています。',
      'Name look-ups (DNS) work.',
      dns.filter(dnsAnswered).slice(0, 3),
    ),
  );

  // 3. internet_unreachable: names resolve, but nothing outside answers.
  const outside = [...web, ...mail];
  if (!outside.some(connected)) {
    evidence.push(
      ev(
        'nothing_answers',
        'problem',
        'Webサイトにもメールサーバーにも接続できません。',
        'Neither web sites nor mail servers can be reached.',
        outside,
      ),
    );
    return none('internet_unreachable', outside.length >= 3 ? 'high' : 'medium');
  }
  if (web.some(connected))
    evidence.push(
      ev(
        'web_ok',
        'ok',
        'Webサイト（ポート443番）には接続できます。',
        'Web sites (port 443) can be reached.',
        web.filter(connected),
      ),
    );

  // 4. domain_not_found: the address's domain does not exist or takes no mail.
  const mx = byRole(probes, 'dns_mx').find((p) => p.host === input.email.domainAscii);
  const fallback = byRole(probes, 'dns_host').find((p) => p.host === input.email.domainAscii);
  const nullMx = mx?.outcome === 'nodata' && /null mx/i.test(mx.detail);
  const noAddress = !fallback || fallback.outcome === 'nxdomain' || fallback.outcome === 'nodata';
  if (mx && (mx.outcome === 'nxdomain' || (mx.outcome === 'nodata' && (nullMx || noAddress)))) {
    evidence.push(
      ev(
        'domain_missing',
        'problem',
        `「${input.email.domain}」には、メールを受け取るサーバーが登録されていません（${mx.outcome}）。`,
        `“${input.email.domain}” has no mail server registered (${mx.outcome}).`,
        [mx],
      ),
    );
    return none('domain_not_found', mx.outcome === 'nxdomain' ? 'high' : 'medium');
  }

  // Interception first marks the port-25 probes it explains, so later rules see them as such.
  const port25 = onPorts(byRole(probes, 'reference_mx', 'own_mx'), 25);
  const interception = detectInterception(port25);
  if (interception.intercepted) {
    const greetings = new Set(interception.probes.map((p) => p.smtp?.greeting));
    for (const p of port25)
      if (connected(p) && greetings.has(p.smtp?.greeting)) p.outcome = 'intercepted';
  }

  // 5. smtp_blocked: the web works, every mail port is stopped.
  const has25 = onPorts(mail, 25).length > 0;
  const hasSub = onPorts(mail, 587, 465).length > 0;
  if (web.some(connected) && has25 && hasSub && !mail.some(connected)) {
    evidence.push(
      ev(
        'mail_ports_blocked',
        'problem',
        `メール送信に使う接続（ポート25・465・587番）が、どのサーバーに対しても${describeHow(mail).ja}ます。`,
        `Every mail connection (ports 25, 465 and 587), to every server, ${describeHow(mail).en}.`,
        mail,
      ),
    );
    return none(
      'smtp_blocked',
      web.some(connected) && onPorts(mail, 465).length > 0 && onPorts(mail, 587).length > 0
        ? 'high'
        : 'medium',
    );
  }

  // 6. server_unreachable: no candidate answers as a submission server while other mail servers do.
  const toUnicode = input.toUnicode ?? ((h: string) => h);
  const choice = chooseRecommended(input.candidates, probes, toUnicode);
  const submission = byRole(probes, 'submission');
  if (!choice) {
    const unresolved = byRole(probes, 'dns_host').filter(
      (p) =>
        input.candidates.some((c) => c.host === p.host && c.source !== 'guess') &&
        (p.outcome === 'nxdomain' || p.outcome === 'nodata'),
    );
    if (unresolved.length > 0)
      evidence.push(
        ev(
          'server_name_not_found',
          'problem',
          `送信サーバー名（${unresolved.map((p) => p.host).join(', ')}）が見つかりません。`,
          `The outgoing server name (${unresolved.map((p) => p.host).join(', ')}) does not exist.`,
          unresolved,
        ),
      );
    evidence.push(
      ev(
        'submission_silent',
        'problem',
        `送信サーバーの候補（${[...new Set(submission.map((p) => p.host))].join(', ') || 'なし'}）が、どれも送信サーバーとして応答しません。`,
        `None of the outgoing server candidates (${[...new Set(submission.map((p) => p.host))].join(', ') || 'none'}) answers as a mail submission server.`,
        submission,
      ),
    );
    const others = byRole(probes, 'reference_submission', 'reference_mx').filter(connected);
    if (others.length > 0)
      evidence.push(
        ev(
          'other_mail_ok',
          'ok',
          'ほかのメールサーバーには接続できます。',
          'Other mail servers can be reached.',
          others,
        ),
      );
    return none(
      'server_unreachable',
      others.length > 0 && submission.length > 0 ? 'high' : 'medium',
    );
  }
  const chosen = choice.probe;
  if (chosen) evidence.push(submissionOpenEvidence(chosen));

  // 7. tls_problem: the server we would recommend fails its certificate check (or offers no encryption).
  if (chosen && chosen.smtp) {
    const s = chosen.smtp;
    if (s.tls && !s.tls.verified) {
      evidence.push(certificateEvidence(chosen));
      return { code: 'tls_problem', confidence: 'high', recommended: choice.settings };
    }
    if (s.startTls !== 'ok' && s.startTls !== 'implicit') {
      evidence.push(
        ev(
          'no_encryption',
          'problem',
          `${chosen.host} は暗号化（STARTTLS）に対応していないか、失敗しました。パスワードが盗み見られるおそれがあります。`,
          `${chosen.host} offers no encryption (STARTTLS), or it failed: a password would travel in the clear.`,
          [chosen],
        ),
      );
      return { code: 'tls_problem', confidence: 'medium', recommended: choice.settings };
    }
  }

  // 8. auth_failed: a login test on the recommended server was refused.
  const login = byRole(probes, 'login').find(
    (p) => p.host === choice.settings.host && p.port === choice.settings.port,
  );
  if (login?.outcome === 'rejected') {
    evidence.push(
      ev(
        'auth_rejected',
        'problem',
        `${login.host} へのログインが拒否されました（${login.detail}）。`,
        `Signing in to ${login.host} was refused (${login.detail}).`,
        [login],
      ),
    );
    return { code: 'auth_failed', confidence: 'high', recommended: choice.settings };
  }
  if (login?.outcome === 'accepted')
    evidence.push(
      ev('auth_ok', 'ok', 'ログインテストに成功しました。', 'The sign-in test succeeded.', [login]),
    );

  const refs25 = onPorts(byRole(probes, 'reference_mx'), 25);
  const port25Blocked = allAre(refs25, blocked);
  const open25 = refs25.filter(smtpAnswered);
  if (port25Blocked) evidence.push(port25BlockedEvidence(refs25, commonOutcome(refs25)));
  else if (open25.length > 0)
    evidence.push(
      ev(
        'port25_open',
        'ok',
        '外部のメールサーバーへのポート25番の接続は止められていません。',
        'Port 25 to outside mail servers is not blocked.',
        open25,
      ),
    );
  addUserPortEvidence(input, evidence, choice.settings);
  addInstabilityEvidence(mail, evidence);

  // 9. submission_blocked: 25 and 587 are blocked, 465 answers.
  const all587 = onPorts(byRole(probes, 'submission', 'reference_submission'), 587);
  const blocked587 = allAre(all587, blocked);
  const usesOwnPort =
    input.userPort !== undefined &&
    input.userPort !== 25 &&
    choice.settings.port === input.userPort;
  if (port25Blocked && blocked587 && choice.settings.port === 465 && !usesOwnPort) {
    evidence.push(
      ev(
        'port587_blocked',
        'problem',
        `送信専用の入口（ポート587番）への接続も${describeHow(all587).ja}ます。`,
        `Connections to the submission port 587 ${describeHow(all587).en} as well.`,
        all587,
      ),
    );
    const refSub = onPorts(byRole(probes, 'reference_submission'), 587);
    return {
      code: 'submission_blocked',
      confidence: refSub.length > 0 ? 'high' : 'medium',
      recommended: choice.settings,
    };
  }

  // 10. port25_intercepted.
  if (interception.intercepted) {
    evidence.push(
      ev(
        'port25_intercepted',
        'problem',
        `ポート25番の接続先が本来のサーバーではありません。応答: 「${interception.probes[0]?.smtp?.greeting ?? ''}」（${[...new Set(interception.probes.map((p) => p.host))].join(', ')}）`,
        `Port 25 connections do not reach the real servers. The answer was “${interception.probes[0]?.smtp?.greeting ?? ''}” for ${[...new Set(interception.probes.map((p) => p.host))].join(', ')}.`,
        interception.probes,
      ),
    );
    return {
      code: 'port25_intercepted',
      confidence: interception.confidence,
      recommended: choice.settings,
    };
  }

  // 11. port25_blocked, unless the mail program already uses a submission port that works.
  if (port25Blocked && !usesOwnPort) {
    const sameWay = new Set(refs25.map((p) => p.outcome)).size === 1;
    return {
      code: 'port25_blocked',
      confidence: refs25.length >= 2 && sameWay ? 'high' : 'medium',
      recommended: choice.settings,
    };
  }

  // 12. ok.
  return {
    code: 'ok',
    confidence: choice.settings.verified ? 'high' : 'medium',
    recommended: choice.settings,
  };
}

function describeHow(probes: ProbeResult[]): { ja: string; en: string } {
  const o = commonOutcome(probes.filter(blocked));
  if (o === 'refused') return { ja: '即座に切断され', en: 'are cut off at once' };
  if (o === 'prohibited')
    return { ja: '「禁止」の通知で拒否され', en: 'are refused with a “prohibited” notice' };
  return { ja: '応答なしで止められてい', en: 'get no answer' };
}

function addUserPortEvidence(
  input: DiagnoseInput,
  evidence: Evidence[],
  rec: RecommendedSettings,
): void {
  if (input.userPort === undefined) return;
  if (input.userPort !== rec.port) {
    evidence.push(
      ev(
        'user_port_change',
        'info',
        `いまのメールソフトはポート${input.userPort}番を使っています。${rec.port}番に変更してください。`,
        `Your mail program uses port ${input.userPort} now; change it to ${rec.port}.`,
      ),
    );
  } else {
    evidence.push(
      ev(
        'user_port_ok',
        'ok',
        `いまのメールソフトのポート${input.userPort}番は、このネットワークで使えます。`,
        `The port your mail program uses now (${input.userPort}) works on this network.`,
      ),
    );
  }
}

function addInstabilityEvidence(mail: ProbeResult[], evidence: Evidence[]): void {
  for (const port of [25, 587, 465]) {
    const same = onPorts(mail, port);
    const mixed = same.some(blocked) && same.some(connected);
    const hostsSplit = same
      .filter(blocked)
      .some((b) => same.some((c) => c.host === b.host && connected(c)));
    if (mixed && hostsSplit) {
      evidence.push(
        ev(
          `unstable_${port}`,
          'info',
          `同じサーバーへのポート${port}番の接続が、つながったりつながらなかったりしました（通信が不安定な可能性）。`,
          `Connections to the same server on port ${port} sometimes worked and sometimes did not (an unstable connection?).`,
          same,
        ),
      );
      return;
    }
  }
}
