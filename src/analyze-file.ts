/**
 * `analyze` for one file: read it once, then load, classify and recommend on this
 * thread while the rules run beside it on a worker when the file is large
 * (engine/rules-thread.ts). The report is the one `analyzeSystem` gives.
 */
import { builtinRules } from './engine/builtin.js';
import { startRulesThread } from './engine/rules-thread.js';
import { runRules } from './engine/run.js';
import { loadSystemText, type LoadDeps } from './model/load.js';
import { readInputFile } from './model/read-input.js';
import { decodeText, LIMITS } from './model/source.js';
import type { LoadedSystem } from './model/types.js';
import { assembleReport, classifyAndRecommend, type AnalysisReport } from './pipeline.js';

export async function analyzeFile(file: string, deps: LoadDeps, engineFiles: string[]): Promise<{ loaded: LoadedSystem; report: AnalysisReport }> {
  const text = decodeText(file, readInputFile(file, LIMITS.maxBytes));
  const rules = startRulesThread({ file, text, engineFiles });
  try {
    const loaded = loadSystemText(file, text, deps);
    const analysis = classifyAndRecommend(loaded);
    const findings = (await rules?.findings()) ?? runRules(loaded, builtinRules());
    return { loaded, report: assembleReport(loaded, analysis, findings) };
  } finally {
    await rules?.stop();
  }
}
