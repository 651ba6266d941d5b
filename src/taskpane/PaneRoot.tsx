/**
 * What every page of the pane sits in, the add-in's and the demo's alike: Fluent in Office's theme
 * (light or dark, from Office.context.officeTheme) and the live region through which the pane's
 * messages reach screen readers (Fluent's useAnnounce, and its MessageBars, announce through it and
 * say nothing without it).
 */
import { AriaLiveAnnouncer, FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { currentOfficeTheme, fluentThemeOf, isDarkOfficeTheme } from "./office-theme";

export function PaneRoot({ children }: { children: ReactNode }) {
  const [officeTheme] = useState(currentOfficeTheme);
  const dark = isDarkOfficeTheme(officeTheme);
  // The page behind the pane too (scroll bars, native controls), not only what Fluent draws.
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <FluentProvider theme={fluentThemeOf(officeTheme)}>
      <AriaLiveAnnouncer>{children}</AriaLiveAnnouncer>
    </FluentProvider>
  );
}
