/**
 * The heat map's colours, shared by the Summary tab and the pane so both read the same: a blue
 * scale for covered capabilities (darker is more information objects) and a warm, distinct colour
 * for uncovered ones, so they stand out. Text colours keep each fill readable (contrast of at least
 * 4.5:1, WCAG AA).
 */
import type { HeatLevel } from "./capability-heat-map";

export interface HeatColour {
  fill: string;
  text: string;
  /** What the colour means, for legends and accessible labels. */
  label: string;
}

export const HEAT_COLOURS: Readonly<Record<HeatLevel, HeatColour>> = {
  0: { fill: "#F8CBAD", text: "#000000", label: "Uncovered: no information object" },
  1: { fill: "#DDEBF7", text: "#000000", label: "Up to a quarter of the busiest capability's objects" },
  2: { fill: "#9BC2E6", text: "#000000", label: "Up to half" },
  3: { fill: "#2F75B5", text: "#FFFFFF", label: "Up to three quarters" },
  4: { fill: "#1F4E78", text: "#FFFFFF", label: "More than three quarters" },
};
