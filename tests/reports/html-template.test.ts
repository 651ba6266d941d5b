import { escapeHtml, html, SafeHtml } from "../../src/reports/html-template";

describe("the html template", () => {
  it("escapes every interpolated string, in text and in attributes", () => {
    const text = `<script>alert("x")</script> & 'q'`;
    expect(html`<td title="${text}">${text}</td>`.toString()).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</td>',
    );
  });

  it("keeps markup it made, joins lists and drops null, undefined and false", () => {
    const inner = html`<b>${"<i>"}</b>`;
    expect(html`<p>${inner}${[html`<br>`, "&"]}${null}${undefined}${false}${3}</p>`.toString()).toBe(
      "<p><b>&lt;i&gt;</b><br>&amp;3</p>",
    );
  });

  it("escapes an object posing as markup", () => {
    const fake = { markup: "<script>", toString: () => "<script>" } as unknown as SafeHtml;
    expect(html`${fake}`.toString()).toBe("&lt;script&gt;");
    expect(escapeHtml("a<b")).toBe("a&lt;b");
  });
});
