import { Flags } from '@oclif/core';
import { simulatePbsOnThreads } from '../analysis/pbs-threads.js';
import { exponentialModel, PRODUCTION_FITS, type WarsModel } from '../analysis/pbs-distributions.js';
import { analyseQuorum } from '../analysis/quorum.js';
import { UsageError } from '../errors.js';
import { quorumText, sloppyNote, type QuorumResult } from '../report/quorum-text.js';
import { BaseCommand } from '../cli/base-command.js';

const FITS: Record<string, WarsModel> = {
  'lnkd-disk': PRODUCTION_FITS['LNKD-DISK'],
  'lnkd-ssd': PRODUCTION_FITS['LNKD-SSD'],
  ymmr: PRODUCTION_FITS.YMMR,
  wan: PRODUCTION_FITS.WAN,
};

function pbsModel(name: string): WarsModel {
  const fit = FITS[name.toLowerCase()];
  if (fit) return fit;
  const exp = /^exponential:(\d+(?:\.\d+)?)$/i.exec(name);
  if (exp && Number(exp[1]) > 0) return exponentialModel(Number(exp[1]));
  throw new UsageError(`unknown PBS model '${name}'; accepted: ${Object.keys(FITS).join(', ')}, exponential:MEAN_MS (e.g. exponential:10)`);
}

function times(list: string): number[] {
  const ts = list.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (ts.length === 0 || ts.some((t) => !Number.isFinite(t) || t < 0)) throw new UsageError(`--t takes milliseconds ≥ 0 separated by commas, e.g. 1,5,10; got '${list}'`);
  return ts;
}

export default class Quorum extends BaseCommand {
  static override summary = 'Quorum calculator: overlap, fault tolerance, sloppy quorums, and probabilistically bounded staleness.';
  static override description =
    'N replicas, writes acknowledged by W, reads answered by R. R + W > N means every read meets the last write; N − W and N − R replicas may fail while writes and reads still succeed. --pbs simulates how soon after a write a read sees it (Bailis et al., VLDB 2012) with a seeded Monte Carlo over the paper\'s production latency fits, so the same seed prints the same table.';
  static override examples = [
    '<%= config.bin %> quorum --n 3 --r 2 --w 2',
    '<%= config.bin %> quorum --n 3 --r 1 --w 1 --pbs --pbs-model lnkd-ssd',
    '<%= config.bin %> quorum --n 5 --r 1 --w 2 --pbs --pbs-model exponential:10 --t 1,10,100 --trials 20000 --seed 7',
    '<%= config.bin %> quorum --n 3 --r 2 --w 2 --sloppy --json',
  ];
  static override enableJsonFlag = true;
  static override flags = {
    n: Flags.integer({ description: 'replicas (N)', required: true }),
    r: Flags.integer({ description: 'replicas a read waits for (R)', required: true }),
    w: Flags.integer({ description: 'replicas a write waits for (W)', required: true }),
    sloppy: Flags.boolean({ description: 'fallback nodes may acknowledge writes (hinted handoff)' }),
    pbs: Flags.boolean({ description: 'simulate probabilistically bounded staleness' }),
    'pbs-model': Flags.string({ default: 'lnkd-disk', description: 'latency model: lnkd-disk, lnkd-ssd, ymmr, wan, or exponential:MEAN_MS' }),
    t: Flags.string({ default: '1,5,10,50,100', description: 'times after commit (ms) at which to report P(consistent)' }),
    trials: Flags.integer({ default: 100_000, min: 1, max: 10_000_000, description: 'Monte Carlo trials' }),
    seed: Flags.integer({ default: 1, description: 'random seed (same seed, same result)' }),
  };

  async run(): Promise<QuorumResult> {
    const { flags } = await this.parse(Quorum);
    const sloppy = flags.sloppy;
    const quorum = analyseQuorum({ n: flags.n, r: flags.r, w: flags.w, sloppy });
    const result: QuorumResult = { ...quorum, sloppy, sloppyNote: sloppyNote(quorum, sloppy) };
    if (flags.pbs) {
      const model = pbsModel(flags['pbs-model']);
      const at = times(flags.t);
      const showProgress = Boolean(process.stderr.isTTY) && !this.jsonEnabled();
      const pbs = await simulatePbsOnThreads({
        n: flags.n, r: flags.r, w: flags.w, model, at, targets: [0.9, 0.99, 0.999], trials: flags.trials, seed: flags.seed,
        ...(showProgress ? { onProgress: (done: number, total: number) => process.stderr.write(done < total ? `\rPBS: ${Math.round((100 * done) / total)}% of ${total.toLocaleString('en-US')} trials` : '\r\u001b[K') } : {}),
      });
      result.pbs = { ...pbs, ...(model.source ? { source: model.source } : {}) };
    }
    if (!this.jsonEnabled()) process.stdout.write(quorumText(result));
    return result;
  }
}
