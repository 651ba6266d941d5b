/**
 * HTML built only through a tagged template that escapes everything interpolated into it, so
 * workbook text can never become markup: `html\`<td>${value}</td>\`` escapes `value`; only HTML
 * this template made itself (a SafeHtml) goes in as it is. There is no other way to make a
 * SafeHtml, so no caller can wrap raw text and pass it off as markup.
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML character data or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const made = new WeakSet<object>();

/** Markup made by `html`; its text is already escaped. */
export class SafeHtml {
  private constructor(readonly markup: string) {}

  /** Only `html` and `joinHtml` call this (a private constructor, reached through the factory below). */
  static fromTemplate(markup: string): SafeHtml {
    const safe = new SafeHtml(markup);
    made.add(safe);
    return safe;
  }

  toString(): string {
    return this.markup;
  }
}

/** What may be interpolated: text and numbers (escaped), markup from `html`, lists of these; nothing for null, undefined or false. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeHtml(value);
  if (value instanceof SafeHtml && made.has(value)) return value.markup;
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join("");
  // Anything else (an object passed by mistake) is shown as escaped text, never as markup.
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let markup = strings[0] ?? "";
  values.forEach((value, i) => {
    markup += render(value) + (strings[i + 1] ?? "");
  });
  return SafeHtml.fromTemplate(markup);
}
