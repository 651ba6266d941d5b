/** Times the workbook keeps in UTC, shown in the analyst's own time zone and words. */
import { localTime } from "../../src/taskpane/local-time";

describe("localTime", () => {
  it("formats an ISO time in the local zone, not as the raw UTC text", () => {
    const iso = "2026-12-05T23:30:00.000Z";
    const shown = localTime(iso);
    expect(shown).not.toContain("T23:30");
    expect(shown).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso)),
    );
    expect(localTime(iso, "date")).toBe(
      new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso)),
    );
  });

  it("shows a text that is no time as it is", () => {
    expect(localTime("yesterday")).toBe("yesterday");
  });
});
