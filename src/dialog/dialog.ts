/**
 * The small dialog a ribbon command opens to say what it did: the message comes in the page's
 * query string and is shown as text (never as HTML); Close tells the command, which closes it.
 */
const message = new URLSearchParams(window.location.search).get("message") ?? "";
const target = document.getElementById("message");
if (target !== null) target.textContent = message;

void Office.onReady(() => {
  document.getElementById("close")?.addEventListener("click", () => Office.context.ui.messageParent("close"));
});
