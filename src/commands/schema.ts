import { systemSchema } from '../model/deps.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Schema extends BaseCommand {
  static override summary = 'Print the JSON Schema of the system description (for editors and yaml-language-server).';
  static override examples = ['<%= config.bin %> schema > archcap.schema.json'];

  async run(): Promise<void> {
    await this.parse(Schema);
    process.stdout.write(`${JSON.stringify(systemSchema(), null, 2)}\n`);
  }
}
