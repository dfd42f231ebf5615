import { t as autocompleteCommand } from "../../chunks/plugin-commands-CMV4IQ-w.js";
// dist/commands/autocomplete/create.js
var create_default = await autocompleteCommand("create");
export { create_default as default };
