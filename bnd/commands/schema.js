import { n as systemSchema } from "../chunks/deps-BOrXBgQ1.js";
import { t as BaseCommand } from "../chunks/base-command-x4RmbLrs.js";
// dist/commands/schema.js
var Schema = class Schema extends BaseCommand {
	static summary = "Print the JSON Schema of the system description (for editors and yaml-language-server).";
	static examples = ["<%= config.bin %> schema > archcap.schema.json"];
	static enableJsonFlag = true;
	async run() {
		await this.parse(Schema);
		const schema = systemSchema();
		if (!this.jsonEnabled()) process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
		return schema;
	}
};
export { Schema as default };
