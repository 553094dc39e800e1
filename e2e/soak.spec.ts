// A long session through the UI: one page load, then 100 create → copy → saved → delete cycles
// (every 10th also opens the create dialog and closes it with Escape). Event listeners, DOM nodes
// and the JS heap, each read after a forced GC, must come back to about where they started.
import type { CDPSession, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { createApiKey } from "./support/api.ts";

const CYCLES = 100;
const ALLOWED = { listeners: 30, nodes: 30, heapBytes: 1024 * 1024 };

interface Reading {
  listeners: number;
  nodes: number;
  heapBytes: number;
  wasmBytes: number | null;
  /** Nodes in the document itself (elements, text, comments); `nodes` also counts detached ones. */
  inDocument: number;
}

/**
 * Dismisses the toasts still on screen (at most three, each gone by itself after 5 s), so that
 * both readings see the page in the same state: transient messages are not a leak.
 */
async function clearToasts(page: Page): Promise<void> {
  const region = page.getByRole("status", { name: "Notifications" });
  for (let i = 0; i < 10 && (await region.locator("button").count()) > 0; i++) await region.locator("button").first().click();
  await expect(region.locator(":scope > *")).toHaveCount(0, { timeout: 20_000 });
}

async function read(page: Page, cdp: CDPSession): Promise<Reading> {
  await clearToasts(page);
  // Twice: a first collection can leave garbage that finalizers only then release.
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const { wasmBytes, inDocument } = await page.evaluate(() => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
    let inDocument = 1;
    while (walker.nextNode()) inDocument++;
    const wasm = (window as unknown as { __soakWasm?: { memory?: WebAssembly.Memory } }).__soakWasm;
    return { wasmBytes: wasm?.memory?.buffer.byteLength ?? null, inDocument };
  });
  return { listeners: metric("JSEventListeners"), nodes: metric("Nodes"), heapBytes: usedSize, wasmBytes, inDocument };
}

async function cycle(page: Page, i: number): Promise<void> {
  const name = `soak-${i}`;
  const createButton = page.getByRole("button", { name: "Create API key" }).first();
  const create = page.getByRole("dialog", { name: "Create API key" });
  if (i % 10 === 0) {
    await createButton.click();
    await expect(create).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(create).toBeHidden();
  }
  await createButton.click();
  await create.getByRole("textbox", { name: "Name" }).fill(name);
  await create.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByRole("dialog", { name: "New API key" });
  await expect(shown).toBeVisible();
  await shown.getByRole("button", { name: "Copy to clipboard" }).click();
  await shown.getByRole("button", { name: "I've saved my key" }).click();
  await expect(shown).toBeHidden();
  await page.getByRole("button", { name: `Delete API key ${name}`, exact: true }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await expect(page.getByRole("heading", { name, exact: true })).toHaveCount(0);
  await expect(confirm).toBeHidden();
}

test("a long session leaks no listeners, nodes or heap", async ({ page, user: _ }) => {
  test.setTimeout(180_000);
  // One key that stays, so the list is never empty and the page keeps one shape throughout.
  await createApiKey(page.request, { name: "soak-keeper" });
  await page.addInitScript(() =>
    addEventListener("TrunkApplicationStarted", (e) => {
      (window as unknown as { __soakWasm?: unknown }).__soakWasm = (e as CustomEvent).detail?.wasm;
    }),
  );
  await page.goto("/settings/security");
  await expect(page.getByRole("heading", { name: "soak-keeper" })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");

  // One cycle (with the Escape variant) first: what is made once and kept (styles, formatters,
  // the dialogs' first mount) is not a leak.
  await cycle(page, 0);
  const before = await read(page, cdp);
  const started = Date.now();
  for (let i = 1; i <= CYCLES; i++) await cycle(page, i);
  const after = await read(page, cdp);

  const mib = (b: number) => (b / 1048576).toFixed(2);
  const grew = {
    listeners: after.listeners - before.listeners,
    nodes: after.nodes - before.nodes,
    heapBytes: after.heapBytes - before.heapBytes,
  };
  console.log(
    [
      `soak: ${CYCLES} cycles in ${((Date.now() - started) / 1000).toFixed(1)} s (after one warm-up cycle)`,
      `  JS event listeners ${before.listeners} → ${after.listeners} (${grew.listeners >= 0 ? "+" : ""}${grew.listeners}, ${(grew.listeners / CYCLES).toFixed(1)} per cycle; allowed +${ALLOWED.listeners})`,
      `  DOM nodes          ${before.nodes} → ${after.nodes} (${grew.nodes >= 0 ? "+" : ""}${grew.nodes}; allowed +${ALLOWED.nodes}; in the document ${before.inDocument} → ${after.inDocument})`,
      `  JS heap used       ${mib(before.heapBytes)} → ${mib(after.heapBytes)} MiB (${grew.heapBytes >= 0 ? "+" : ""}${(grew.heapBytes / 1024).toFixed(0)} KiB; allowed +${ALLOWED.heapBytes / 1024} KiB)`,
      `  wasm memory        ${before.wasmBytes === null ? "–" : mib(before.wasmBytes)} → ${after.wasmBytes === null ? "–" : mib(after.wasmBytes)} MiB (reported, not asserted: linear memory never shrinks)`,
    ].join("\n"),
  );
  expect.soft(grew.listeners, "JS event listeners added over the session").toBeLessThanOrEqual(ALLOWED.listeners);
  expect.soft(grew.nodes, "DOM nodes added over the session").toBeLessThanOrEqual(ALLOWED.nodes);
  expect.soft(grew.heapBytes, "JS heap bytes added over the session").toBeLessThanOrEqual(ALLOWED.heapBytes);
});
