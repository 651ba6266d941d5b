/**
 * The workbook tools: highlight the findings in the sheets and clear them (the analyst's own
 * formatting is never touched), install or remove the dropdowns (a column with the analyst's own
 * rule is replaced only when they say so), add the missing tabs, map columns by hand, and see what
 * the add-in keeps in this workbook, with a way to forget each.
 */
import { Button, Caption1, Spinner, Subtitle2, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../check/finding";
import type { ColumnOverrides } from "../sheets/read-tab";
import type { MappingChoices } from "../workflows/settings/column-mapping";
import type { DropdownConflict } from "../workflows/tools/install-dropdowns";
import type { KeptSetting } from "../workflows/settings/kept-settings";
import { plural } from "../text/plural";
import { clearMessage, highlightMessage } from "./highlight-text";
import { MappingForm } from "./MappingForm";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { useLoaded } from "./use-loaded";

export function WorkbookPanel() {
  const styles = usePaneStyles();
  const { operations: tools, state, run, check, setHighlighted: onHighlighted } = usePane();
  // Why dropdowns are not offered in this Excel ("needs a newer Excel: ..."); absent when they are.
  const dropdownsUnavailable = tools.capabilities?.missing.dropdowns;
  const { report, version } = state;
  const [conflicts, setConflicts] = useState<DropdownConflict[]>([]);
  // A list that cannot be read shows as empty: the panel's actions still work without it.
  const { value: choices } = useLoaded<MappingChoices[]>(() => tools.mappingChoices().catch(() => []), version);
  const { value: kept } = useLoaded<KeptSetting[]>(() => tools.keptSettings().catch(() => []), version);

  const findings: readonly Finding[] = report?.findings ?? [];

  async function install(replace?: readonly string[]): Promise<void> {
    await run("Dropdowns", async () => {
      const outcome = await tools.installDropdowns(replace);
      setConflicts(outcome.conflicts);
      const conflictText =
        outcome.conflicts.length === 0
          ? ""
          : ` ${plural(outcome.conflicts.length, "column")} with a rule of your own ${outcome.conflicts.length === 1 ? "was" : "were"} left alone.`;
      return `Dropdowns on ${plural(outcome.installed.length, "column")}.${conflictText}`;
    });
  }

  function saveMapping(tab: MappingChoices["tab"], columns: ColumnOverrides): void {
    void run("Column mapping", async () => {
      await tools.saveMapping(tab, columns);
      await check();
      return "Mapping saved in the workbook; checked again.";
    });
  }

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-label="Highlight">
        <Subtitle2 as="h2">Highlight</Subtitle2>
        <Caption1>
          Colours every cell with a finding by severity. Your own fills, fonts, borders and conditional formats stay as
          they are; Clear takes only the add-in&apos;s colours away.
        </Caption1>
        <div className={styles.row}>
          <Button
            disabled={report === undefined}
            onClick={() =>
              void run("Highlight", async () => {
                const outcome = await tools.highlight(findings);
                onHighlighted(true);
                return highlightMessage(outcome);
              })
            }
          >
            {report === undefined
              ? "Highlight findings (check first)"
              : `Highlight ${plural(findings.length, "finding")}`}
          </Button>
          <Button
            onClick={() =>
              void run("Clear highlights", async () => {
                const outcome = await tools.clearHighlights();
                onHighlighted(false);
                return clearMessage(outcome);
              })
            }
          >
            Clear highlights
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-label="Dropdowns">
        <Subtitle2 as="h2">Dropdowns</Subtitle2>
        <Caption1>
          Adds Excel dropdown lists to the closed-vocabulary columns, drawn from a hidden “CER Lists” sheet. A column
          with a rule of your own is left alone unless you replace it.
        </Caption1>
        <div className={styles.row}>
          <Button disabled={dropdownsUnavailable !== undefined} onClick={() => void install()}>
            Install or refresh dropdowns
          </Button>
          <Button
            disabled={dropdownsUnavailable !== undefined}
            onClick={() =>
              void run("Remove dropdowns", async () => {
                const outcome = await tools.removeDropdowns();
                setConflicts([]);
                return `Removed the dropdowns from ${plural(outcome.removed.length, "column")}${outcome.kept.length === 0 ? "" : `; kept ${outcome.kept.length} you changed`}.`;
              })
            }
          >
            Remove dropdowns
          </Button>
        </div>
        {dropdownsUnavailable === undefined ? null : <Caption1 role="note">{dropdownsUnavailable}</Caption1>}
        {conflicts.length === 0 ? null : (
          <ul className={styles.list} aria-label="Columns with your own rules">
            {conflicts.map((conflict) => (
              <li key={conflict.id} className={styles.item}>
                <Text>{`${conflict.sheet} ${conflict.address} (${conflict.column}) has your ${conflict.found} rule.`}</Text>
                <Button
                  size="small"
                  aria-label={`Replace the rule on ${conflict.sheet} ${conflict.column}`}
                  onClick={() => void install([conflict.id])}
                >
                  Replace
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className={styles.section} aria-label="Tabs">
        <Subtitle2 as="h2">Tabs</Subtitle2>
        <Caption1>
          Adds whichever of Data Categorisation, Distinct Gap Analysis and Options is missing, with its headers as a
          table and its dropdowns. Existing tabs are never touched.
        </Caption1>
        <div className={styles.row}>
          <Button
            onClick={() =>
              void run("Add missing tabs", async () => {
                const outcome = await tools.addMissingTabs();
                if (outcome.added.length === 0) return "Nothing to add: the workbook has all three tabs.";
                await check();
                return `Added ${outcome.added.join(", ")}.`;
              })
            }
          >
            Add missing tabs
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-label="Column mapping">
        <Subtitle2 as="h2">Column mapping</Subtitle2>
        {choices === undefined ? (
          <Spinner size="tiny" label="Reading the headers…" />
        ) : (
          <MappingForm choices={choices} onSave={saveMapping} />
        )}
      </section>

      <section className={styles.section} aria-label="Kept in this workbook">
        <Subtitle2 as="h2">Kept in this workbook</Subtitle2>
        {kept === undefined ? (
          <Spinner size="tiny" label="Reading the settings…" />
        ) : (
          <ul className={styles.list}>
            {kept.map((setting) => (
              <li key={setting.kind} className={styles.item}>
                <span className={styles.stack}>
                  <Text weight="semibold">{setting.title}</Text>
                  <Caption1>{setting.detail}</Caption1>
                </span>
                <Button
                  size="small"
                  disabled={!setting.present}
                  aria-label={`Forget ${setting.title}`}
                  onClick={() =>
                    void run(`Forget ${setting.title}`, async () => {
                      await tools.forgetSetting(setting.kind);
                      return `${setting.title}: forgotten.`;
                    })
                  }
                >
                  Forget
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
