/**
 * The pane's workbook tools, bound to their ports once, after workbook-actions.ts: highlight the
 * findings and clear them, install and remove dropdowns, add the missing tabs, map columns, and see
 * and forget what the add-in keeps in the workbook. Each workflow is imported when first used.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { Finding, Severity } from "../check/finding";
import type { ColumnOverrides } from "../sheets/read-tab";
import type { TabDefinition } from "../sheets/tab-definitions";
import type {
  WorkbookDropdowns,
  WorkbookFormatter,
  WorkbookReader,
  WorkbookTabs,
  WorkbookWriter,
} from "../workbook/port";
import type { AddTabsOutcome } from "../workflows/tools/add-missing-tabs";
import type { MappingChoices } from "../workflows/settings/column-mapping";
import type { ClearOutcome } from "../workflows/check/clear-highlights";
import type { HighlightSummary } from "../workflows/check/highlight-findings";
import type { InstallOutcome } from "../workflows/tools/install-dropdowns";
import type { RemoveOutcome } from "../workflows/tools/remove-dropdowns";
import type { KeptSetting, SettingKind } from "../workflows/settings/kept-settings";
import { loader, type Lazy } from "./workbook-actions";

export interface WorkbookTools {
  highlight: (findings: readonly Finding[], severities?: readonly Severity[]) => Promise<HighlightSummary>;
  clearHighlights: () => Promise<ClearOutcome>;
  /** Installs or refreshes the dropdowns; `replace` names conflicts the analyst agreed to replace. */
  installDropdowns: (replace?: readonly string[]) => Promise<InstallOutcome>;
  removeDropdowns: () => Promise<RemoveOutcome>;
  addMissingTabs: () => Promise<AddTabsOutcome>;
  mappingChoices: () => Promise<MappingChoices[]>;
  saveMapping: (tab: TabDefinition["id"], columns: ColumnOverrides) => Promise<void>;
  keptSettings: () => Promise<KeptSetting[]>;
  forgetSetting: (kind: SettingKind) => Promise<void>;
}

export interface ToolPorts {
  reader: Lazy<WorkbookReader>;
  writer: Lazy<WorkbookWriter>;
  formatter: Lazy<WorkbookFormatter>;
  dropdowns: Lazy<WorkbookDropdowns>;
  tabs: Lazy<WorkbookTabs>;
  model: () => Promise<ReferenceModel>;
}

export function workbookTools(ports: ToolPorts): WorkbookTools {
  const reader = loader(ports.reader);
  const writer = loader(ports.writer);
  const formatter = loader(ports.formatter);
  const dropdowns = loader(ports.dropdowns);
  const tabs = loader(ports.tabs);
  const dropdownPorts = async () => ({ reader: await reader(), writer: await writer(), dropdowns: await dropdowns() });
  return {
    highlight: async (findings, severities) =>
      (await import("../workflows/check/highlight-findings")).highlightFindings(
        await formatter(),
        findings,
        severities === undefined ? {} : { severities },
      ),
    clearHighlights: async () =>
      (await import("../workflows/check/clear-highlights")).clearHighlights(await formatter()),
    installDropdowns: async (replace) =>
      (await import("../workflows/tools/install-dropdowns")).installDropdowns(
        await dropdownPorts(),
        await ports.model(),
        replace === undefined ? {} : { replace },
      ),
    removeDropdowns: async () =>
      (await import("../workflows/tools/remove-dropdowns")).removeDropdowns(await dropdownPorts()),
    addMissingTabs: async () =>
      (await import("../workflows/tools/add-missing-tabs")).addMissingTabs(
        { ...(await dropdownPorts()), tabs: await tabs() },
        await ports.model(),
      ),
    mappingChoices: async () =>
      (await import("../workflows/settings/column-mapping")).columnMappingChoices(await reader(), await writer()),
    saveMapping: async (tab, columns) => {
      await (await import("../workflows/settings/column-mapping")).saveColumnMapping(await writer(), tab, columns);
    },
    keptSettings: async () => (await import("../workflows/settings/kept-settings")).keptSettings(await writer()),
    forgetSetting: async (kind) =>
      (await import("../workflows/settings/kept-settings")).forgetSetting(await dropdownPorts(), kind),
  };
}
