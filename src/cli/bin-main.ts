/** The commands and the core for the installed command; bin.ts loads this bundle when a command runs. */
export { main } from "./main";
