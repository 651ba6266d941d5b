/** Wrong and damaged files give a WorkbookReadError with the right reason and a one-line message; nothing else escapes. */
import fc from "fast-check";
import { strToU8, unzipSync } from "fflate";
import { openXlsx, WorkbookReadError, type WorkbookReadErrorReason } from "../../../src/workbook/xlsx/xlsx-workbook";
import { buildXlsx, oneSheetXlsx, sharedStringsXml, worksheetXml, zipParts } from "../../support/xlsx-package-builder";

function readFailure(read: () => unknown): WorkbookReadError {
  try {
    read();
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  }
  throw new Error("expected reading to fail");
}

function expectFailure(read: () => unknown, reason: WorkbookReadErrorReason, message?: RegExp): WorkbookReadError {
  const error = readFailure(read);
  expect(error.reason).toBe(reason);
  expect(error.name).toBe("WorkbookReadError");
  expect(error.message).not.toMatch(/[\r\n]/);
  expect(error.message.length).toBeLessThan(200);
  if (message !== undefined) expect(error.message).toMatch(message);
  return error;
}

/** Deterministic pseudo-random bytes (no NUL-free accident, no flaky test). */
function randomBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function oleFile(streamNames: string[]): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE_MAGIC, 0);
  let at = 1024;
  for (const name of streamNames) {
    for (let i = 0; i < name.length; i++) bytes[at + i * 2] = name.charCodeAt(i); // UTF-16LE
    at += 128;
  }
  return bytes;
}

const goodWorkbook = oneSheetXlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1.5</v></c></row>`, {
  sharedStrings: ["<t>hello</t>"],
});

describe("files that are not .xlsx workbooks", () => {
  it("an empty file", () => {
    expectFailure(() => openXlsx(new Uint8Array(0)), "not-zip", /empty/);
  });

  it("random bytes", () => {
    expectFailure(() => openXlsx(randomBytes(5000, 7)), "not-zip", /not an Excel \.xlsx workbook/);
  });

  it("a CSV renamed to .xlsx", () => {
    const csv = strToU8(
      'Domain,Capability,Owner\n1. Governance,1.1 Strategy,Jane Citizen\n2. Data,2.1 Quality,"Smith, J"\n',
    );
    expectFailure(() => openXlsx(csv), "text-file", /looks like a CSV or text file renamed to \.xlsx/);
  });

  it("a UTF-16 text export (Excel's 'Unicode text') renamed to .xlsx", () => {
    const text = "\ufeffName\tValue\r\nA\t1\r\n";
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    expectFailure(() => openXlsx(bytes), "text-file", /CSV or text file/);
  });

  it("an HTML page saved as .xlsx", () => {
    expectFailure(
      () => openXlsx(strToU8("<!DOCTYPE html><html><body><table><tr><td>1</td></tr></table></body></html>")),
      "text-file",
      /web page or XML/,
    );
  });

  it("a password-protected workbook (OLE file with an EncryptedPackage stream)", () => {
    expectFailure(() => openXlsx(oleFile(["EncryptionInfo", "EncryptedPackage"])), "encrypted", /password-protected/);
  });

  it("an old .xls workbook (OLE file without EncryptedPackage)", () => {
    expectFailure(() => openXlsx(oleFile(["Workbook", "SummaryInformation"])), "legacy-xls", /old-format \.xls/);
  });

  it("a ZIP with no workbook inside", () => {
    expectFailure(() => openXlsx(zipParts({ "readme.txt": "hello" })), "not-spreadsheet", /no Excel workbook inside/);
  });

  it("an empty ZIP archive", () => {
    const emptyZip = new Uint8Array(22);
    emptyZip.set([0x50, 0x4b, 0x05, 0x06], 0);
    expectFailure(() => openXlsx(emptyZip), "not-spreadsheet");
  });

  it("a Word document renamed to .xlsx", () => {
    const docx = zipParts({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
    });
    expectFailure(() => openXlsx(docx), "not-spreadsheet", /Word document/);
  });

  it("a binary .xlsb workbook", () => {
    expectFailure(
      () => openXlsx(zipParts({ "xl/workbook.bin": new Uint8Array([1, 2, 3]) })),
      "not-spreadsheet",
      /\.xlsb/,
    );
  });
});

describe("damaged .xlsx files", () => {
  it("a truncated file", () => {
    expectFailure(
      () => openXlsx(goodWorkbook.subarray(0, Math.floor(goodWorkbook.length / 2))),
      "corrupt",
      /^This \.xlsx file is damaged: .+\.$/,
    );
  });

  it("a file cut off just before its last bytes", () => {
    expectFailure(() => openXlsx(goodWorkbook.subarray(0, goodWorkbook.length - 10)), "corrupt");
  });

  it("a cell reference past the last column (XFD) is damage, not a row of a trillion cells", () => {
    for (const plain of [true, false]) {
      // The first shape goes through the fast path; an inline string goes through the general reader.
      const cell = plain ? '<c r="AAAAAAAAAAAA1"><v>1</v></c>' : '<c r="XFE1" t="inlineStr"><is><t>x</t></is></c>';
      expectFailure(
        () => openXlsx(oneSheetXlsx(`<row r="1">${cell}</row>`)).readSheetSync("Sheet1"),
        "corrupt",
        plain
          ? /^This \.xlsx file is damaged: sheet "Sheet1" has a value at a cell of row 1 far to the right, past its last column XFD\.$/
          : /^This \.xlsx file is damaged: sheet "Sheet1" has a value at XFE1, past its last column XFD\.$/,
      );
    }
    expect(
      openXlsx(oneSheetXlsx('<row r="1"><c r="XFD1"><v>1</v></c></row>')).readSheetSync("Sheet1").rows[0]?.cells,
    ).toHaveLength(16384);
  });

  it("a sheet whose compressed data is broken is reported when that sheet is read", () => {
    const bytes = buildXlsx({
      sheets: [{ name: "S", xml: worksheetXml(`<row r="1"><c r="A1"><v>${"1".repeat(200)}</v></c></row>`) }],
    });
    const damaged = corruptPartData(bytes, "xl/worksheets/sheet1.xml");
    const book = openXlsx(damaged);
    expect(book.sheetNamesSync()).toEqual(["S"]);
    expectFailure(() => book.readSheetSync("S"), "corrupt", /damaged/);
  });

  it("a sheet part with a tag cut in half", () => {
    const book = openXlsx(
      buildXlsx({ sheets: [{ name: "S", xml: `<worksheet><sheetData><row r="1"><c r="A1" t="s` }] }),
    );
    expectFailure(() => book.readSheetSync("S"), "corrupt");
  });

  it("a cell pointing past the end of the shared strings", () => {
    const book = openXlsx(
      oneSheetXlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="D1" t="s"><v>5</v></c></row>`, {
        sharedStrings: ["<t>only one</t>"],
      }),
    );
    expectFailure(
      () => book.readSheetSync("Sheet1"),
      "corrupt",
      /^This \.xlsx file is damaged: cell D1 of sheet "Sheet1" refers to shared text number 5, which the file does not contain\.$/,
    );
  });

  it("names the cell the general reader was reading too (a comment in the value sends it there)", () => {
    const book = openXlsx(
      oneSheetXlsx(`<row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s"><v><!-- note -->7</v></c></row>`, {
        sharedStrings: ["<t>only one</t>"],
      }),
    );
    expectFailure(
      () => book.readSheetSync("Sheet1"),
      "corrupt",
      /^This \.xlsx file is damaged: cell C2 of sheet "Sheet1"/,
    );
  });

  it("a shared-string cell in a workbook with no shared strings part", () => {
    const book = openXlsx(oneSheetXlsx(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`));
    expectFailure(() => book.readSheetSync("Sheet1"), "corrupt");
  });

  it("a sheet listed in the workbook whose part is missing", () => {
    const bytes = buildXlsx({ sheets: [{ name: "Gone", xml: worksheetXml("") }] });
    const withoutSheet = zipParts(
      Object.fromEntries(Object.entries(unzipSync(bytes)).filter(([name]) => !name.includes("worksheets/"))),
    );
    const book = openXlsx(withoutSheet);
    expect(book.sheetNamesSync()).toEqual(["Gone"]);
    expectFailure(() => book.readSheetSync("Gone"), "corrupt", /sheet "Gone"/);
  });

  it("a part whose directory entry claims gigabytes is refused before unpacking", () => {
    const bytes = setCentralDirectorySize(
      buildXlsx({ sheets: [{ name: "S", xml: worksheetXml("") }] }),
      "xl/worksheets/sheet1.xml",
      0xf0000000,
    );
    expectFailure(() => openXlsx(bytes).readSheetSync("S"), "too-large", /too large to read/);
  });

  it("a workbook part that is not a workbook", () => {
    const bytes = buildXlsx({ sheets: [], extraParts: { "xl/workbook.xml": "<notAWorkbook/>" } });
    expectFailure(() => openXlsx(bytes), "not-spreadsheet");
  });

  it("never lets anything but a WorkbookReadError escape, whatever bytes are damaged", () => {
    const original = buildXlsx({
      sheets: [
        {
          name: "S",
          xml: worksheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45352</v></c></row>`),
        },
      ],
      sharedStringsXml: sharedStringsXml(["<t>text</t>"]),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.nat(original.length),
        (edits, cut) => {
          const bytes = original.slice(0, Math.max(cut, 4));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          try {
            const book = openXlsx(bytes);
            for (const name of book.sheetNamesSync()) book.readSheetSync(name);
          } catch (error) {
            expect(error).toBeInstanceOf(WorkbookReadError);
            expect((error as WorkbookReadError).message).not.toMatch(/[\r\n]/);
          }
        },
      ),
      { numRuns: 300, seed: 20240301 },
    );
  });
});

describe("asking for a sheet that is not there", () => {
  it("readSheetSync gives reason sheet-missing", () => {
    expectFailure(() => openXlsx(goodWorkbook).readSheetSync("nope"), "sheet-missing", /no worksheet named "nope"/);
  });

  it("readSheet rejects with reason sheet-missing", async () => {
    await expect(openXlsx(goodWorkbook).readSheet("nope")).rejects.toMatchObject({ reason: "sheet-missing" });
  });

  it("names are matched exactly", () => {
    expectFailure(() => openXlsx(goodWorkbook).readSheetSync("sheet1"), "sheet-missing");
  });
});

/**
 * Sets the first byte of a part's deflate stream to 0xFF: "last block, type 3", which does not
 * exist, so inflating fails while the ZIP directory stays intact.
 */
function corruptPartData(zip: Uint8Array, partName: string): Uint8Array {
  const copy = zip.slice();
  const name = strToU8(partName);
  for (let at = 0; at + 30 < copy.length; at++) {
    if (copy[at] !== 0x50 || copy[at + 1] !== 0x4b || copy[at + 2] !== 3 || copy[at + 3] !== 4) continue;
    const nameLength = (copy[at + 26] ?? 0) | ((copy[at + 27] ?? 0) << 8);
    const extraLength = (copy[at + 28] ?? 0) | ((copy[at + 29] ?? 0) << 8);
    const stored = copy.subarray(at + 30, at + 30 + nameLength);
    if (stored.length === name.length && stored.every((byte, i) => byte === name[i])) {
      copy[at + 30 + nameLength + extraLength] = 0xff;
      return copy;
    }
  }
  throw new Error(`part ${partName} not found`);
}

/** Overwrites the "uncompressed size" a part's central directory entry states. */
function setCentralDirectorySize(zip: Uint8Array, partName: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const name = strToU8(partName);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const stored = copy.subarray(at + 46, at + 46 + nameLength);
    if (stored.length === name.length && stored.every((byte, i) => byte === name[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`part ${partName} not found`);
}
