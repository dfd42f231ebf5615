import { systemSchema } from '../model/deps.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Schema extends BaseCommand {
  static override summary = 'Print the JSON Schema of the system description (for editors and yaml-language-server).';
  static override examples = ['<%= config.bin %> schema > archcap.schema.json'];
  static override enableJsonFlag = true;

  async run(): Promise<unknown> {
    await this.parse(Schema);
    const schema = systemSchema();
    if (!this.jsonEnabled()) process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
    return schema;
  }
}
