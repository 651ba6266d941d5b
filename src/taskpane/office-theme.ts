/**
 * Office's theme as the pane's Fluent theme: Office tells an add-in its colours through
 * `Office.context.officeTheme` (bodyBackgroundColor and the rest); the pane is dark when Office's body
 * is. Excel raises no theme-changed event for add-ins (Office.EventType.OfficeThemeChanged is
 * Outlook's, on its Mailbox), so the theme is read as the pane opens.
 */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Whether Office's theme is a dark one: its body background is darker than mid-grey. */
export function isDarkOfficeTheme(theme: Pick<Office.OfficeTheme, "bodyBackgroundColor"> | undefined): boolean {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? "")?.[1];
  if (hex === undefined) return false;
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
}

/** Office's theme now; undefined where no Office runs or the host gives none. */
export function currentOfficeTheme(): Office.OfficeTheme | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office.context as Partial<typeof Office.context> | undefined)?.officeTheme;
}

export function fluentThemeOf(theme: Office.OfficeTheme | undefined): Theme {
  return isDarkOfficeTheme(theme) ? webDarkTheme : webLightTheme;
}
