/**
 * One Architecture Decision Record per recommendation, in one format: MADR as
 * log4brains reads it (`# Title`, then the `- Status:` / `- Date:` / `- Tags:` list,
 * then `## Context and Problem Statement`, `## Decision Outcome`, `## Consequences`).
 * The number lives in the file name (`NNNN-slug.md`, as adr-tools and log4brains
 * number records), not in the title. A trailing comment carries the recommendation
 * id, so a later run finds the record again even if its title changed.
 */
import type { Recommendation } from '../recommend/index.js';

export const ADR_MARKER = 'archcap-recommendation:';

export interface AdrContext {
  number: number;
  date: string;
  /** The system file, as the user named it. */
  file: string;
  system: string;
  /** Finding lines (`rule-id: message`) about the recommendation's target. */
  findings: string[];
}


const TOPIC_TAGS: Record<Recommendation['topic'], string> = {
  consistency: 'consistency', partitioning: 'partitioning', replication: 'replication',
  transactions: 'transactions', ordering: 'ordering', 'failure-handling': 'failure-handling',
};

/** Markdown-safe single line: no heading or HTML comment can start inside it. */
const line = (s: string): string => s.replace(/\r?\n/g, ' ').replace(/<!--|-->/g, '');

export function renderAdr(rec: Recommendation, ctx: AdrContext): string {
  const out = [
    `# ${line(rec.title)}`,
    '',
    `- Status: proposed`,
    `- Date: ${ctx.date}`,
    `- Tags: archcap, ${TOPIC_TAGS[rec.topic]}`,
    '',
    '## Context and Problem Statement',
    '',
    line(rec.rationale),
    '',
    `This record was drafted by \`archcap adr\` from \`${line(ctx.file)}\` (system \`${line(ctx.system)}\`), about \`${rec.target}\`.`,
  ];
  if (ctx.findings.length) out.push('', 'Findings on it:', '', ...ctx.findings.map((f) => `- ${line(f)}`));
  out.push('', '## Decision Outcome', '', line(rec.recommendation));
  if (rec.patterns.length) out.push('', `Patterns: ${rec.patterns.map((p) => `\`${p}\``).join(', ')} — \`archcap generate ${line(ctx.file)} --pattern ${rec.patterns.join(',')} --out <dir>\` writes starter code.`);
  out.push('', '## Consequences', '', line(rec.tradeoffs));
  if (rec.references.length) out.push('', 'References:', '', ...rec.references.map((r) => `- ${line(r)}`));
  out.push('', `<!-- ${ADR_MARKER} ${rec.id} -->`, '');
  return out.join('\n');
}

/**
 * A record archcap proposed whose recommendation the analysis no longer makes:
 * marked deprecated (log4brains' status for a decision that no longer applies),
 * with a note saying since when and why. Records with another status are the
 * team's decisions and are left as they are.
 */
export function deprecateAdr(content: string, date: string, file: string): string | undefined {
  if (!/^- Status: proposed$/m.test(content)) return undefined;
  const note = `> Deprecated on ${date}: \`archcap adr\` no longer recommends this for \`${line(file)}\` (the design changed, or the finding behind it was fixed).`;
  return content.replace(/^- Status: proposed$/m, '- Status: deprecated').replace(/\n(## )/, `\n${note}\n\n$1`);
}

/** adr-tools' slug: lower case, runs of anything but letters and digits become one dash. */
export function adrSlug(title: string): string {
  const slug = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return (slug || 'decision').slice(0, 80).replace(/-+$/, '');
}
