/**
 * oclif's autocomplete plugin's commands, loaded only when one of them runs (see
 * ../help.ts for why they are not declared as a plugin). The package exports no
 * command modules, so they are imported by file from the installed package.
 */
import type { Command } from '@oclif/core';

export async function autocompleteCommand(name: 'index' | 'create' | 'script'): Promise<Command.Class> {
  const url = new URL(`./commands/autocomplete/${name}.js`, import.meta.resolve('@oclif/plugin-autocomplete'));
  return ((await import(url.href)) as { default: Command.Class }).default;
}
