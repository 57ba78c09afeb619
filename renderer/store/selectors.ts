/** Reads of the app state that components share; the step and the report follow from the run. */
import type { DiagnosisReport } from '../../shared/diagnosis.js';
import { reportOf, stepOf, type Step } from './run-state.js';
import type { AppState } from './types.js';

/** The wizard step on screen. */
export function selectStep(state: AppState): Step {
  return stepOf(state.run);
}

/** The finished report, or null before a run has finished. */
export function selectReport(state: AppState): DiagnosisReport | null {
  return reportOf(state.run);
}
