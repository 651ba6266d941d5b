/**
 * The safe "Fix all" offers of a check, each said in its rule's words (the button "Fix all 5", the
 * rule's title and description beside it and as the button's description). The words come with the
 * rules, loaded when there is something to offer, never as the pane opens.
 */
import { Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Finding } from "../check/finding";
import { fixAllOffers } from "./fix-groups";
import { usePane } from "./pane-context";
import { usePaneStyles } from "./pane-styles";
import { useLoaded } from "./use-loaded";

const useStyles = makeStyles({
  offer: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, "& > button": { flexShrink: 0 } },
});

export function FixAllOffers({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const layout = usePaneStyles();
  const { propose } = usePane();
  const id = useId();
  const safe = findings.some((finding) => finding.fix?.applicability === "safe");
  const { value: descriptions } = useLoaded(
    () => (safe ? import("./rule-descriptions").then((module) => module.ruleDescriptions) : Promise.resolve(undefined)),
    String(safe),
  );
  const offers = fixAllOffers(findings, (rule) => descriptions?.get(rule));
  if (offers.length === 0) return null;
  return (
    <div className={layout.stack} role="group" aria-label="Safe fixes">
      {offers.map((offer, index) => (
        <div key={offer.action} className={styles.offer}>
          <Button
            size="small"
            aria-describedby={offer.about === undefined ? undefined : `${id}-${index}`}
            onClick={() => propose({ label: offer.label, changes: offer.changes })}
          >
            {offer.action}
          </Button>
          {offer.about === undefined ? null : (
            <span id={`${id}-${index}`} className={layout.stack}>
              <Text size={200} weight="semibold">
                {offer.title}
              </Text>
              {/* A space, so the button's description reads as two phrases (flex layout drops it). */}{" "}
              <Caption1 className={layout.muted}>{offer.about}</Caption1>
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
