/**
 * Live mode for the pane: on and off, and remembered in the workbook's settings so the pane opens
 * the way the analyst left it. One session at a time.
 */
import type { ReferenceModel } from "../model/reference-model";
import type { LiveWorkbook, WorkbookReader, WorkbookWriter } from "../workbook/port";
import type { LiveSession, LiveUpdate } from "../workflows/live/live-session";
import { loader, type Lazy } from "./workbook-actions";

export interface LiveActions {
  /** Whether live mode was on when this workbook was last used. */
  liveRemembered: () => Promise<boolean>;
  /** Checks the workbook, then keeps checking (and filling lookups) as it changes; `onUpdate` hears each result. */
  startLive: (onUpdate: (update: LiveUpdate) => void) => Promise<void>;
  stopLive: () => Promise<void>;
}

export interface LivePortsSource {
  reader: Lazy<WorkbookReader>;
  writer: Lazy<WorkbookWriter>;
  live: Lazy<LiveWorkbook>;
  model: () => Promise<ReferenceModel>;
}

export function liveActions(ports: LivePortsSource): LiveActions {
  const reader = loader(ports.reader);
  const writer = loader(ports.writer);
  // One live adapter for the pane's life: it registers Excel's event handlers once.
  let liveWorkbook: Promise<LiveWorkbook> | undefined;
  const live = () => (liveWorkbook ??= loader(ports.live)());
  let session: LiveSession | undefined;
  return {
    liveRemembered: async () => {
      const { LIVE_MODE_KEY } = await import("../workflows/live/live-session");
      return (await (await writer()).readSettings([LIVE_MODE_KEY]))[LIVE_MODE_KEY] === true;
    },
    startLive: async (onUpdate) => {
      const [{ LiveSession, LIVE_MODE_KEY }, { readColumnMapping }] = await Promise.all([
        import("../workflows/live/live-session"),
        import("../workflows/settings/column-mapping"),
      ]);
      await session?.stop();
      const write = await writer();
      session = await LiveSession.start(
        { reader: await reader(), writer: write, live: await live() },
        await ports.model(),
        onUpdate,
        await readColumnMapping(write),
      );
      await write.write({ settings: { [LIVE_MODE_KEY]: true }, cells: [] });
    },
    stopLive: async () => {
      const { LIVE_MODE_KEY } = await import("../workflows/live/live-session");
      await session?.stop();
      session = undefined;
      await (await writer()).write({ settings: { [LIVE_MODE_KEY]: null }, cells: [] });
    },
  };
}
