/**
 * The findings, one section per worksheet. Only the first few hundred are rendered at once (a
 * 50,000-row book can produce tens of thousands), with a button for more.
 */
import { Button, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../check/finding";
import { FindingItem } from "./FindingItem";
import { firstFindings, type SheetFindings } from "./finding-groups";

export const findingsPerPage = 200;

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface FindingListProps {
  groups: readonly SheetFindings[];
  onOpen: (finding: Finding) => void;
  onFix?: (finding: Finding) => void;
}

export function FindingList({ groups, onOpen, onFix }: FindingListProps) {
  const styles = useStyles();
  const [limit, setLimit] = useState(findingsPerPage);
  const total = groups.reduce((sum, group) => sum + group.findings.length, 0);
  const hidden = total - limit;
  return (
    <>
      {firstFindings(groups, limit).map(({ sheet, findings }) => (
        <section key={sheet} className={styles.section} aria-label={sheet}>
          <Subtitle2 as="h2">{sheet}</Subtitle2>
          <ul className={styles.list}>
            {findings.map((finding, index) => (
              <li key={`${finding.rule}|${finding.cell}|${index}`}>
                <FindingItem finding={finding} onOpen={onOpen} {...(onFix === undefined ? {} : { onFix })} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {hidden > 0 ? (
        <Button onClick={() => setLimit(limit + findingsPerPage)}>{`Show more (${hidden} not shown)`}</Button>
      ) : null}
    </>
  );
}
