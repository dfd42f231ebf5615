/** A question the answers leave unanswered, or answer with a value it does not accept. */
import { ArchcapError } from '../errors.js';

export class AnswerError extends ArchcapError {
  readonly path: string;
  readonly question: string;
  readonly reason: string;
  constructor(code: 'missing-answer' | 'invalid-answer' | 'unused-answer' | 'invalid-system', path: string, question: string, reason: string) {
    super(code, `${path}: ${reason}${question ? ` (question: “${question}”)` : ''}`);
    this.path = path;
    this.question = question;
    this.reason = reason;
  }
}

/** The interview was interrupted (Ctrl-C); nothing has been written. */
export class InterviewCancelled extends ArchcapError {
  constructor() {
    super('cancelled', 'init stopped; nothing was written, and the answers so far are saved: `archcap init --resume` continues from here');
  }
}
