/**
 * What the channel handlers need from the rest of the main process, as types only: the engine,
 * the run registry, the app's facts, the language setting and the app log. Below every handler
 * file, so none of them imports another to learn these.
 */
import type { DiagnosisReport, DiagnosisRequest, ProgressEvent } from '../../shared/diagnosis.js';
import type { IpcResponse } from '../../shared/ipc-contract.js';
import type { Lang } from '../../shared/verdict.js';
import type { RunRegistry } from './run-registry.js';

/** Options the engine takes for one run. */
export interface EngineRunOptions {
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
}

/** The engine functions the handlers call (electron/engine/index.ts). */
export interface EngineApi {
  runDiagnosis(request: DiagnosisRequest, options?: EngineRunOptions): Promise<DiagnosisReport>;
  runLoginTest(
    report: DiagnosisReport,
    password: string,
    options?: EngineRunOptions,
  ): Promise<DiagnosisReport>;
}

/** The app's language setting (electron/language.ts LanguageSetting fits). */
export interface LanguageApi {
  current(): IpcResponse<'settings:language'>;
  choose(lang: Lang): Promise<IpcResponse<'settings:language'>>;
}

/** The part of electron/app-log.ts's AppLog the handlers use. */
export interface AppLogApi {
  write(line: string): void;
  text(): string;
}

/** Everything the handlers need, passed in so tests can supply a fake engine. */
export interface HandlerDeps {
  engine: EngineApi;
  registry: RunRegistry;
  appInfo: () => IpcResponse<'app:info'>;
  language: LanguageApi;
  /** Where failures are logged; console.error (and the app log, when there is one) by default. */
  log?: (line: string) => void;
  /** The app's log file (electron/app-log.ts): each finished diagnosis leaves its reference code. */
  appLog?: AppLogApi;
}
