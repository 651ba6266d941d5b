/**
 * A workbook holding everything `fix` must carry over untouched: an image, a chart (added by hand
 * as parts and relationships, since exceljs cannot draw charts), a defined name, conditional
 * formatting, a merged area, a styled empty cell, column widths, data validation, and a second
 * sheet with formulas. Data Categorisation rows leave lookup columns empty for `fix` to fill.
 */
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { categorisationTab } from "../../src/sheets/tab-definitions";

// A 1x1 red PNG.
const PNG = Uint8Array.from(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
    "base64",
  ),
);

export const CHART_PART = "xl/charts/chart1.xml";

/** `row2` overrides values of the first data row (e.g. a lower-case Interface for --normalise). */
export async function richWorkbookBytes(row2: Partial<Record<string, string>> = {}): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Data Categorisation");
  sheet.addRow(categorisationTab.columns.map((c) => c.header));
  const row = (values: Partial<Record<string, string>>) =>
    sheet.addRow(categorisationTab.columns.map((c) => values[c.key] ?? ""));
  const base = {
    useCaseGroup: "OTN",
    useCase: "Forecast and Planning Operations",
    activity: "Publish forecasts",
    informationObject: "Market forecast",
    informationCategory: "Forecast",
    initiator: "Market Operator",
    receiver: "Retailer",
    interface: "System to System",
    minimumFrequency: "30 minutes",
    latency: "5 minutes",
    sensitivity: "Public",
    quality: "No Issues",
  };
  row({ ...base, capabilityId: "4.1.2", ...row2 }); // row 2: Capability, Group, Domain, Information Group to fill
  row({ ...base, capability: "establish  regulations", informationGroup: "Forecasting" }); // row 3: name -> ID
  row({
    ...base,
    capabilityId: "4.1.2",
    capability: "Share near-term operational forecasts",
    capabilityGroup: "Conduct operational planning and forecasting",
    domain: "Trade",
    informationGroup: "Forecasting",
  }); // row 4: conflict only
  sheet.getCell("D2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } }; // styled, empty: keeps its style
  sheet.getColumn(4).width = 40;
  sheet.mergeCells("T2:U3");
  sheet.getCell("T2").value = "note";
  sheet.addConditionalFormatting({
    ref: "P2:P100",
    rules: [
      {
        type: "containsText",
        operator: "containsText",
        text: "Critical",
        priority: 1,
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFF0000" } } },
      },
    ],
  });
  sheet.getCell("M2").dataValidation = {
    type: "list",
    allowBlank: true,
    formulae: ['"System to System,System to Person"'],
  };
  const image = book.addImage({ buffer: Buffer.from(PNG) as unknown as ExcelJS.Buffer, extension: "png" });
  sheet.addImage(image, "W2:X4");
  book.definedNames.add("'Data Categorisation'!$B$2:$B$4", "UseCases");

  const totals = book.addWorksheet("Totals");
  totals.getCell("A1").value = "Rows";
  totals.getCell("B1").value = { formula: "COUNTA('Data Categorisation'!A:A)-1", result: 3 };
  totals.getCell("A2").value = "Double";
  totals.getCell("B2").value = { formula: "B1*2", result: 6 };

  const written = new Uint8Array(await book.xlsx.writeBuffer());
  return withChart(written);
}

/** Adds a bar chart on the Totals sheet: a drawing, the chart part and their relationships. */
function withChart(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const totalsSheet = "xl/worksheets/sheet2.xml";
  const sheetXml = strFromU8(parts[totalsSheet] ?? new Uint8Array());
  const withDrawing = sheetXml.replace(/<\/worksheet>\s*$/, `<drawing r:id="rIdChartDrawing"/></worksheet>`);
  const rNamespace = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  parts[totalsSheet] = strToU8(
    withDrawing.includes(rNamespace) ? withDrawing : withDrawing.replace("<worksheet ", `<worksheet ${rNamespace} `),
  );
  const relsName = "xl/worksheets/_rels/sheet2.xml.rels";
  const rel = `<Relationship Id="rIdChartDrawing" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing9.xml"/>`;
  parts[relsName] = strToU8(
    parts[relsName] === undefined
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
      : strFromU8(parts[relsName] ?? new Uint8Array()).replace("</Relationships>", `${rel}</Relationships>`),
  );
  parts["xl/drawings/drawing9.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  );
  parts["xl/drawings/_rels/drawing9.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  parts[CHART_PART] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>Totals!$A$1:$A$2</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Totals!$B$1:$B$2</c:f></c:numRef></c:val></c:ser>` +
      `<c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
      `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
  );
  const types = strFromU8(parts["[Content_Types].xml"] ?? new Uint8Array());
  parts["[Content_Types].xml"] = strToU8(
    types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing9.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>` +
        `<Override PartName="/${CHART_PART}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`,
    ),
  );
  return zipSync(parts as Zippable);
}
