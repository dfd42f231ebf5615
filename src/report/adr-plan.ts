/**
 * Which file each recommendation's ADR goes to. Records archcap wrote before are found
 * by the id in their trailing comment and keep their number, file name and date; new
 * ones take the next free numbers after every `NNNN-*.md` in the folder (the user's own
 * records included), in recommendation order. Pure: the command reads the folder.
 */
import type { AnalysisReport } from '../pipeline.js';
import { ADR_MARKER, adrSlug, deprecateAdr, renderAdr } from './adr.js';

export interface ExistingFile {
  name: string;
  content: string;
}

export interface PlannedAdr {
  id: string;
  path: string;
  content: string;
  number: number;
}

const NUMBERED = /^(\d{4,})-.*\.md$/;
const MARKER = new RegExp(`<!-- ${ADR_MARKER} (\\S+) -->`);
const DATE = /^(?:- )?Date: (\d{4}-\d{2}-\d{2})$/m;

export function planAdrs(report: AnalysisReport, existing: ExistingFile[], today: string): PlannedAdr[] {
  const known = new Map<string, { name: string; number: number; date: string; content: string }>();
  let last = 0;
  for (const f of [...existing].sort((a, b) => a.name.localeCompare(b.name))) {
    const m = NUMBERED.exec(f.name);
    if (!m) continue;
    const number = Number(m[1]);
    last = Math.max(last, number);
    const id = MARKER.exec(f.content)?.[1];
    if (id && !known.has(id)) known.set(id, { name: f.name, number, date: DATE.exec(f.content)?.[1] ?? today, content: f.content });
  }
  const current = new Set(report.recommendations.map((r) => r.id));
  const stale = [...known].flatMap(([id, prior]) => {
    const content = current.has(id) ? undefined : deprecateAdr(prior.content, today, report.file);
    return content ? [{ id, number: prior.number, path: prior.name, content }] : [];
  });
  const planned = report.recommendations.map((rec) => {
    const prior = known.get(rec.id);
    const number = prior?.number ?? ++last;
    const findings = report.findings.filter((f) => f.path === rec.target || f.path.startsWith(`${rec.target}.`) || f.path.startsWith(`${rec.target}[`)).map((f) => `\`${f.ruleId}\` (line ${f.line}): ${f.message}`);
    const content = renderAdr(rec, { number, date: prior?.date ?? today, file: report.file, system: report.system, findings });
    return { id: rec.id, number, path: prior?.name ?? `${String(number).padStart(4, '0')}-${adrSlug(rec.title)}.md`, content };
  });
  return [...planned, ...stale];
}
