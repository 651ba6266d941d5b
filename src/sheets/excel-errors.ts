/** Excel's error values as a cell displays them: a formula that failed, not something typed. */
const ERROR_CODES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#PYTHON!",
]);

export function isExcelError(text: string): boolean {
  return text.length > 0 && text.charCodeAt(0) === 35 /* # */ && ERROR_CODES.has(text.trim().toUpperCase());
}
