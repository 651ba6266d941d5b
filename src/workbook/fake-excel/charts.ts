/**
 * Excel.ChartCollection and Excel.Chart (ExcelApi 1.1; office-js-docs-reference,
 * excel.chartcollection.yml, excel.chart.yml, excel.charttype.yml, excel.chartseriesby.yml), as far
 * as the add-in's Summary tab uses them: `worksheet.charts.add(type, sourceData, seriesBy)` makes an
 * embedded chart named "Chart 1", "Chart 2"... on that sheet; `charts` loads its items (name,
 * chartType, position); a chart's `name`, `title.text`, `top`, `left`, `height`, `width` are set,
 * `setPosition(startCell, endCell)` anchors it and `delete()` removes it. The type must be an
 * Excel.ChartType string and `seriesBy` one of Auto, Columns, Rows, else InvalidArgument. Chart names
 * need not be unique (getItem returns the first, per the reference). Every `add` that ran is recorded
 * (FakeExcel.chartCalls) so a test can assert the real calls: type, source address, series by.
 * Not modelled: what a chart draws (series, axes, legend, formatting), chart sheets, and events.
 */
import { parseA1, sheetAddress } from "./address";
import { jsonBytes } from "./cells";
import { FakeCollection } from "./collection";
import { FakeOfficeError } from "./errors";
import type { FakeChartModel, FakeSheet } from "./model";
import { FakeModelObject } from "./model-object";
import { FakeRange } from "./range";
import { writable } from "./writable-sheet";
import { ACTION_BYTES, type FakeRequestContext } from "./request";

/** Excel.ChartType's values (@types/office-js, ExcelApi 1.1 to 1.9); "Invalid" is a read-back value, not one to add. */
export const CHART_TYPES: ReadonlySet<string> = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 " +
    "3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded " +
    "3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked " +
    "3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble Bubble3DEffect " +
    "StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 CylinderBarClustered CylinderBarStacked " +
    "CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol " +
    "PyramidColClustered PyramidColStacked PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line " +
    "3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
  ).split(" "),
);

const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

function checkedType(value: unknown, location: string): string {
  if (typeof value !== "string" || !CHART_TYPES.has(value))
    throw new FakeOfficeError("InvalidArgument", location, `chart type ${JSON.stringify(value)}`);
  return value;
}

function checkedName(value: unknown): string {
  if (typeof value !== "string" || value === "")
    throw new FakeOfficeError("InvalidArgument", "Chart.name", JSON.stringify(value));
  return value;
}

function checkedNumber(value: unknown, location: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0)
    throw new FakeOfficeError("InvalidArgument", location, JSON.stringify(value));
  return value;
}

/** Excel.Chart: the properties the Summary sets, `title`, `setPosition`, `delete`. */
export class FakeChart extends FakeModelObject<FakeChartModel> {
  readonly title: FakeModelObject<FakeChartModel>;

  constructor(
    private readonly requestContext: FakeRequestContext,
    find: () => FakeChartModel,
  ) {
    const sheetOf = (chart: FakeChartModel): FakeSheet => chart.sheet;
    super(
      requestContext,
      "Chart",
      find,
      {
        name: { get: (chart) => chart.name, set: (chart, value) => (chart.name = checkedName(value)) },
        chartType: {
          get: (chart) => chart.chartType,
          set: (chart, value) => (chart.chartType = checkedType(value, "Chart.chartType")),
        },
        top: { get: (chart) => chart.top, set: (chart, value) => (chart.top = checkedNumber(value, "Chart.top")) },
        left: { get: (chart) => chart.left, set: (chart, value) => (chart.left = checkedNumber(value, "Chart.left")) },
        height: {
          get: (chart) => chart.height,
          set: (chart, value) => (chart.height = checkedNumber(value, "Chart.height")),
        },
        width: {
          get: (chart) => chart.width,
          set: (chart, value) => (chart.width = checkedNumber(value, "Chart.width")),
        },
      },
      { sheetOf },
    );
    this.title = new FakeModelObject(
      requestContext,
      "ChartTitle",
      find,
      { text: { get: (chart) => chart.title, set: (chart, value) => (chart.title = String(value)) } },
      { sheetOf },
    );
  }

  /** Anchors the chart over cells of its sheet; the fake takes addresses ("H2", "P20") only. */
  setPosition(startCell: string, endCell?: string): void {
    this.requestContext.queue({
      requestBytes: ACTION_BYTES + jsonBytes([startCell, endCell]),
      run: () => {
        const chart = this.target();
        for (const cell of [startCell, endCell]) {
          if (cell !== undefined && (typeof cell !== "string" || parseA1(cell) === undefined))
            throw new FakeOfficeError("InvalidArgument", "Chart.setPosition", `cell ${JSON.stringify(cell)}`);
        }
        writable(chart.sheet, "Chart.setPosition");
        chart.position = { start: startCell, ...(endCell === undefined ? {} : { end: endCell }) };
        return { responseBytes: 0, wrote: true };
      },
    });
  }

  delete(): void {
    this.requestContext.queue({
      requestBytes: ACTION_BYTES,
      run: () => {
        const chart = this.target();
        writable(chart.sheet, "Chart.delete");
        const charts = this.requestContext.state.charts;
        const index = charts.indexOf(chart);
        if (index < 0) throw new FakeOfficeError("ItemNotFound", "Chart.delete", `chart "${chart.name}" was deleted`);
        charts.splice(index, 1);
        return { responseBytes: 0, wrote: true };
      },
    });
  }
}

export class FakeChartCollection extends FakeCollection<FakeChartModel, FakeChart> {
  protected readonly scalarNames = ["name", "chartType", "top", "left", "height", "width"] as const;

  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(context, "ChartCollection", false);
  }

  protected entries(): FakeChartModel[] {
    const sheet = this.sheet();
    return this.context.state.charts.filter((chart) => chart.sheet === sheet);
  }

  protected itemOf(chart: FakeChartModel): FakeChart {
    return new FakeChart(this.context, () => chart);
  }

  protected itemValue(name: string, chart: FakeChartModel): unknown {
    return chart[name as "name" | "chartType" | "top" | "left" | "height" | "width"];
  }

  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    let made: FakeChartModel | undefined;
    this.context.queue({
      requestBytes: ACTION_BYTES + jsonBytes([type, seriesBy]),
      run: () => {
        const sheet = this.sheet();
        checkedType(type, "ChartCollection.add");
        if (!SERIES_BY.has(seriesBy))
          throw new FakeOfficeError("InvalidArgument", "ChartCollection.add", `seriesBy ${JSON.stringify(seriesBy)}`);
        if (!(sourceData instanceof FakeRange))
          throw new FakeOfficeError("InvalidArgument", "ChartCollection.add", "sourceData must be a Range");
        const source = sourceData.rangeTarget();
        writable(sheet, "ChartCollection.add");
        const taken = new Set(
          this.context.state.charts.filter((chart) => chart.sheet === sheet).map((chart) => chart.name),
        );
        let number = 1;
        while (taken.has(`Chart ${number}`)) number++;
        // Excel's default size for a new chart: 360 x 216 points.
        made = {
          name: `Chart ${number}`,
          sheet,
          chartType: type,
          source: { sheet: source.sheet, range: source.range },
          seriesBy: seriesBy as FakeChartModel["seriesBy"],
          title: "",
          top: 0,
          left: 0,
          height: 216,
          width: 360,
        };
        this.context.state.charts.push(made);
        this.context.state.chartCalls.push({
          sheet: sheet.name,
          type,
          source: sheetAddress(source.sheet.name, source.range),
          seriesBy,
        });
        return { responseBytes: 0, wrote: true };
      },
    });
    return new FakeChart(this.context, () => {
      if (made === undefined)
        throw new FakeOfficeError("InvalidObjectPath", "Chart", "used before the request that adds it ran");
      return made;
    });
  }
}
