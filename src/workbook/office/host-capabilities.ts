/**
 * What this Excel can do, for the pane to say before a button fails. The manifest asks for ExcelApi
 * 1.7 (Office 2019 LTSC stops there; Check needs `getRangeByIndexes`, 1.7); every feature above it is
 * asked of `Office.context.requirements.isSetSupported` and, where missing, comes with a sentence the
 * pane shows where the feature's button is. Levels: office-js-docs-reference, excel requirement sets
 * (data validation 1.8; worksheet events, `getInvalidCells` and `getRanges` 1.9; `mergeUndoGroup` 1.20).
 * The platform matters too: Excel on Mac ignores downloads from add-ins (office-js #2700).
 */

/** Features above the manifest's ExcelApi 1.7, with the minor version each needs. */
export const gatedFeatures = {
  dropdowns: { minor: 8, what: "Adding dropdowns" },
  live: { minor: 9, what: "Live mode" },
  invalidCells: { minor: 9, what: "Excel's own check of dropdown cells" },
  rangeAreas: { minor: 9, what: "Highlighting many cells in one format" },
  undoGroups: { minor: 20, what: "Undoing a whole change with one Ctrl+Z" },
} as const;

export type GatedFeature = keyof typeof gatedFeatures;

export type HostPlatform = "Windows" | "Mac" | "Web" | "Other";

export interface HostCapabilities {
  platform: HostPlatform;
  /** False on Mac, where a download from the pane is silently dropped: offer Copy instead. */
  canSaveFiles: boolean;
  /** The sentence for each feature this Excel lacks ("needs a newer Excel: ..."); absent when it has it. */
  missing: Partial<Record<GatedFeature, string>>;
}

/** The sentence for a feature this Excel lacks. */
export function needsNewerExcel(feature: GatedFeature): string {
  const { minor, what } = gatedFeatures[feature];
  return `${what} needs a newer Excel: ExcelApi 1.${minor} (Microsoft 365, Excel 2021 or later, or Excel on the web). This Excel stops below it.`;
}

function platformOf(name: string | undefined): HostPlatform {
  switch (name) {
    case "PC":
      return "Windows";
    case "Mac":
      return "Mac";
    case "OfficeOnline":
      return "Web";
    default:
      return "Other";
  }
}

export interface HostQuery {
  isSetSupported: (name: string, minVersion: string) => boolean;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline"...); Office.context.diagnostics.platform on older hosts. */
  platform: string | undefined;
}

/** The running Office's answers; where Office.js is absent (a test, the CLI), everything is there. */
export function officeHost(): HostQuery {
  if (typeof Office === "undefined" || Office.context === undefined)
    return { isSetSupported: () => true, platform: undefined };
  const context = Office.context;
  return {
    isSetSupported: (name, minVersion) => context.requirements.isSetSupported(name, minVersion),
    platform: String(context.platform ?? context.diagnostics?.platform ?? ""),
  };
}

export function hostCapabilities(host: HostQuery = officeHost()): HostCapabilities {
  const missing: Partial<Record<GatedFeature, string>> = {};
  for (const feature of Object.keys(gatedFeatures) as GatedFeature[]) {
    if (!host.isSetSupported("ExcelApi", `1.${gatedFeatures[feature].minor}`))
      missing[feature] = needsNewerExcel(feature);
  }
  const platform = platformOf(host.platform);
  return { platform, canSaveFiles: platform !== "Mac", missing };
}
