import { openDocumentName } from "../../../src/workbook/office/document-name";

function withOffice(office: unknown, run: () => void): void {
  const global = globalThis as { Office?: unknown };
  const before = global.Office;
  global.Office = office;
  try {
    run();
  } finally {
    if (before === undefined) delete global.Office;
    else global.Office = before;
  }
}

describe("openDocumentName", () => {
  it.each([
    ["https://contoso.sharepoint.com/sites/cer/Shared%20Documents/Forecasts%20v2.xlsx?web=1", "Forecasts v2.xlsx"],
    ["C:\\Users\\ana\\Documents\\Categorisation.xlsx", "Categorisation.xlsx"],
    ["/Users/ana/Documents/Book 1.xlsx", "Book 1.xlsx"],
    ["https://example.org/bad%E0%A4%A.xlsx", "bad%E0%A4%A.xlsx"],
  ])("names %s as %s", (url, name) => {
    withOffice({ context: { document: { url } } }, () => expect(openDocumentName()).toBe(name));
  });

  it("is undefined without Office, without a document, or for an unsaved workbook", () => {
    withOffice(undefined, () => expect(openDocumentName()).toBeUndefined());
    withOffice({ context: { requirements: {} } }, () => expect(openDocumentName()).toBeUndefined());
    withOffice({ context: { document: { url: "" } } }, () => expect(openDocumentName()).toBeUndefined());
    withOffice({ context: { document: { url: null } } }, () => expect(openDocumentName()).toBeUndefined());
  });
});
