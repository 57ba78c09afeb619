/**
 * `diagnose --program ID`: the chosen mail program's numbered steps for the recommended settings,
 * and, for a program whose mail does not leave from this PC, what that means for this network's
 * finding and for the server (shared/sending-origin.ts; the same words as the app's screens).
 */
import type { DiagnosisReport, MailProgram } from '../../shared/diagnosis.js';
import type { Translate } from '../../shared/i18n/messages.js';
import { programStepTexts, stepValues } from '../../shared/program-steps.js';
import {
  portFindingApplies,
  recommendableFor,
  sendingOrigin,
} from '../../shared/sending-origin.js';
import { settingsToWrite } from '../../shared/settings-to-write.js';

/** What the program section says: the origin notice, the server withheld, and the steps. */
export interface ProgramSection {
  program: MailProgram;
  origin: ReturnType<typeof sendingOrigin>;
  /** Where the mail leaves from, when this network's port finding is not what it meets. */
  notice: string[];
  /** Why the recommended server is not recommended to this program (then there are no steps). */
  withheld: string | null;
  steps: string[];
}

/** The program's section of a report, in the translator's language. */
export function programSection(
  r: DiagnosisReport,
  program: MailProgram,
  account: { username: string } | null,
  t: Translate,
): ProgramSection {
  const origin = sendingOrigin(program);
  const notice =
    origin !== 'this_pc' && !portFindingApplies(r.verdict.code, program)
      ? [
          t(`result.origin.${origin}.heading`),
          t(`result.origin.${origin}.body`),
          t(`result.origin.${origin}.next`),
        ]
      : [];
  const s = r.recommended;
  if (s === null) return { program, origin, notice, withheld: null, steps: [] };
  if (origin !== 'this_pc' && !recommendableFor(program, s, r.candidates))
    return {
      program,
      origin,
      notice,
      withheld: t(`settings.origin.${origin}`, { host: s.host }),
      steps: [],
    };
  const next = settingsToWrite(s, { email: r.email, account });
  return {
    program,
    origin,
    notice,
    withheld: null,
    steps: programStepTexts(program, stepValues(program, next, t), t),
  };
}

/** The section as lines of the human output. */
export function programLines(section: ProgramSection, t: Translate): string[] {
  const out: string[] = [];
  if (section.notice.length > 0) out.push('', ...section.notice);
  if (section.withheld !== null) out.push('', section.withheld);
  if (section.steps.length > 0) {
    const name = t(`programs.${section.program}.name`);
    out.push('', `${t('settings.stepsHeading', { program: name })}:`);
    section.steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  return out;
}
