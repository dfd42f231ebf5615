/** How checks reach the shared analysis: computed once per file, on first use. */
import { classifySystem, type SystemClassification } from '../analysis/system.js';
import type { CheckContext } from './types.js';

export function classification(ctx: CheckContext): SystemClassification {
  return ctx.knowledge.memo('classification', () => classifySystem(ctx.model));
}
