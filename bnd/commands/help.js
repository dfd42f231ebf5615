import { commands } from "@oclif/plugin-help";
// dist/commands/help.js
/**
* `archcap help [COMMAND]`: oclif's help plugin's own command. It is taken in as
* one of archcap's commands rather than declared as a plugin, because oclif reads
* every declared plugin at each start; a command is loaded only when it runs.
*/
var help_default = commands["help"];
export { help_default as default };
