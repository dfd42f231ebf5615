/**
 * Values the schema accepts by form but that cannot be: an availability above 100 %
 * would make every composition and error budget meaningless, so it is refused at its
 * line instead of failing inside the arithmetic.
 */
import type { Issue } from './normalise.js';
import type { Requirements, SystemModel } from './types.js';

interface Checked {
  path: string;
  availability?: number;
  requirements?: Partial<Requirements>;
}

export function checkRanges(model: SystemModel): Issue[] {
  const issues: Issue[] = [];
  const check = (value: number | undefined, path: string): void => {
    if (value !== undefined && value > 1) {
      issues.push({ path, code: 'out-of-range', message: `availability ${Number((value * 100).toPrecision(12))}% is above 100%; write a percentage up to 100%, e.g. 99.95%` });
    }
  };
  check(model.requirements.availability, 'requirements.availability');
  const nodes: Checked[] = [...model.services, ...model.datastores, ...model.datasets];
  for (const node of nodes) {
    check(node.availability, `${node.path}.availability`);
    check(node.requirements?.availability, `${node.path}.requirements.availability`);
  }
  return issues;
}
