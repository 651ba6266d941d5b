/**
 * The harness page's entry: the fake Office first, then the REAL task pane entry, unchanged.
 * Import order is evaluation order, so `Office` exists when the pane calls `Office.onReady`.
 */
import "./install-fake-office";
import "../../../src/taskpane/index";
