/** The formats a comparison renders to, and the one switch from a format to its renderer, for the CLI and the pane's export. */
import type { WorkbookDiff } from "../diff/workbook-diff";
import { diffHtml } from "./diff-html";
import { diffMarkdown } from "./diff-markdown";
import { diffText } from "./diff-text";

export const DIFF_FORMATS = ["text", "json", "markdown", "html"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_FILE: Record<
  Exclude<DiffFormat, "text" | "json">,
  { label: string; extension: string; mimeType: string }
> = {
  html: { label: "Web page (HTML)", extension: "html", mimeType: "text/html;charset=utf-8" },
  markdown: { label: "Markdown", extension: "md", mimeType: "text/markdown;charset=utf-8" },
};

export function isDiffFormat(format: string): format is DiffFormat {
  return (DIFF_FORMATS as readonly string[]).includes(format);
}

export function renderDiff(
  format: DiffFormat,
  diff: WorkbookDiff,
  about: { generatedAt: Date; generator: string },
): string {
  if (format === "json") return `${JSON.stringify(diff, null, 2)}\n`;
  if (format === "markdown") return diffMarkdown(diff, about);
  if (format === "html") return diffHtml(diff, about);
  return diffText(diff);
}
