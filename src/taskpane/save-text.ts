/**
 * Saving and copying text from the task pane. Saving is a Blob, an object URL and a click on an
 * <a download>: Excel on the web (a browser) and Excel on Windows (WebView2) save it as a
 * download; Excel on Mac (WKWebView) ignores downloads from add-ins (OfficeDev/office-js#2700,
 * "by design"), so the pane also offers a copy to the clipboard. Copying uses the asynchronous
 * Clipboard API and falls back to selecting a hidden text area, for webviews that withhold it.
 */

/** Saves text, or a file's bytes (the demo's download), as a download named `fileName`. */
export function saveText(
  fileName: string,
  mimeType: string,
  content: string | Uint8Array,
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type: mimeType }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // After the click has handed the download over; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // No Clipboard API, or not allowed here: copy the selection the old way below.
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  doc.body.append(area);
  try {
    area.select();
    // execCommand is deprecated but is the one copy that works where the Clipboard API is withheld.
    if (!doc.execCommand("copy")) throw new Error("The report could not be copied to the clipboard.");
  } finally {
    area.remove();
  }
}
