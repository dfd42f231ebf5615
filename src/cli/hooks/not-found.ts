/**
 * An unknown command. On an interactive terminal, oclif's not-found plugin asks
 * "Did you mean …?" and runs the answer; otherwise (CI, scripts) archcap names
 * the closest command and exits 2 like any other usage error.
 */
import type { Hook } from '@oclif/core';
import { closest } from '../suggest.js';

const hook: Hook<'command_not_found'> = async function (opts) {
  const [typed = '', ...rest] = opts.id.split(':');
  const argv = [...rest, ...(opts.argv ?? [])];
  if (process.stdin.isTTY && process.stderr.isTTY) {
    // An ES module that prompts with inquirer: imported only here, from the installed package.
    const { default: notFound } = await import('@oclif/plugin-not-found');
    return notFound.call(this, { ...opts, id: typed, argv });
  }
  const ids = opts.config.commands.filter((c) => !c.hidden).flatMap((c) => [c.id, ...c.aliases]);
  const suggestion = closest(typed, ids);
  const hint = suggestion ? ` Did you mean \`${opts.config.bin} ${[suggestion, ...argv].join(' ')}\`?` : '';
  process.stderr.write(`archcap: '${typed}' is not an archcap command.${hint}\nSee \`${opts.config.bin} help\` for the list.\n`);
  this.exit(2);
};

export default hook;
