/** One small icon per severity, coloured as Fluent colours its status (individual icon imports keep the bundle small). */
import { tokens } from "@fluentui/react-components";
import { ErrorCircle16Regular, Info16Regular, Warning16Regular } from "@fluentui/react-icons";
import type { Severity } from "../check/finding";

const icons = { error: ErrorCircle16Regular, warning: Warning16Regular, info: Info16Regular };

const colors: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground1,
  info: tokens.colorNeutralForeground3,
};

export function SeverityIcon({ severity }: { severity: Severity }) {
  const Icon = icons[severity];
  return <Icon aria-hidden={true} style={{ color: colors[severity], flexShrink: 0 }} />;
}
