// Accessibility helpers: an axe-core audit that fails on serious or critical violations, a
// check that nothing makes the page scroll sideways, and one that nothing sticks out of a dialog.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/** Runs axe-core on the page (dialogs included) and expects no serious or critical violation. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const bad = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect(bad, `axe on ${what}`).toEqual([]);
}

/** Nothing wider than the viewport: no horizontal scrolling, no dialog cut off at the sides. */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => {
    const doc = document.scrollingElement ?? document.documentElement;
    const wide = [...document.querySelectorAll<HTMLElement>(".ba-dialog, .ba-card, .ba-row")]
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < -0.5 || r.right > window.innerWidth + 0.5;
      })
      .map((e) => e.className || e.getAttribute("role"));
    return { scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, wide };
  });
  expect(overflow.wide, `${what}: elements past the viewport edge`).toEqual([]);
  expect(overflow.scrollWidth, `${what}: page width`).toBeLessThanOrEqual(overflow.innerWidth);
}

/**
 * Nothing in the open dialog (`dialog`: the element with role dialog/alertdialog) sticks out of
 * its visible box (`.ba-dialog`) at either side, the box does not scroll sideways, and the
 * document is no wider than the viewport. Soft assertions: every dialog of a test gets checked,
 * and each failure names the elements and by how many pixels they stick out.
 */
export async function expectFitsInDialog(dialog: Locator, what: string): Promise<void> {
  await expect(dialog).toBeVisible();
  const result = await dialog.evaluate((root) => {
    const box = root.classList.contains("ba-dialog") ? root : root.querySelector<HTMLElement>(".ba-dialog");
    if (!box) return null;
    const edge = box.getBoundingClientRect();
    const describe = (e: Element) => {
      const text = (e.textContent ?? "").trim().replace(/\s+/g, " ");
      const label = e.getAttribute("aria-label");
      return `<${e.tagName.toLowerCase()}${e.className ? ` class="${e.className}"` : ""}>${label ? ` aria-label="${label}"` : ""}${text ? ` "${text.slice(0, 40)}${text.length > 40 ? "…" : ""}"` : ""}`;
    };
    const outside: string[] = [];
    for (const e of box.querySelectorAll("*")) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not rendered
      const past = Math.max(r.right - edge.right, edge.left - r.left);
      if (past > 0.5) {
        const side = r.right - edge.right > 0.5 ? `right edge ${r.right.toFixed(1)} > ${edge.right.toFixed(1)}` : `left edge ${r.left.toFixed(1)} < ${edge.left.toFixed(1)}`;
        outside.push(`${describe(e)}: ${side} (${past.toFixed(1)} px past the dialog; ${r.width.toFixed(1)} px wide)`);
      }
    }
    const doc = document.scrollingElement ?? document.documentElement;
    return {
      outside,
      dialogScroll: { scrollWidth: box.scrollWidth, clientWidth: box.clientWidth },
      scrollWidth: doc.scrollWidth,
      innerWidth: window.innerWidth,
      dialogRight: edge.right,
    };
  });
  expect(result, `${what}: no .ba-dialog box in the dialog`).not.toBeNull();
  if (!result) return;
  expect.soft(result.outside, `${what}: elements sticking out of the dialog`).toEqual([]);
  expect.soft(result.dialogScroll.scrollWidth, `${what}: the dialog's own width (scrolls sideways)`).toBeLessThanOrEqual(result.dialogScroll.clientWidth);
  expect.soft(result.dialogRight, `${what}: the dialog's right edge`).toBeLessThanOrEqual(result.innerWidth + 0.5);
  expect.soft(result.scrollWidth, `${what}: page width`).toBeLessThanOrEqual(result.innerWidth);
}

/** Presses Tab until the focused element has this accessible name (or fails after `max`). */
export async function tabTo(page: Page, name: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el?.getAttribute("aria-label") ?? el?.innerText?.trim() ?? "";
    });
    if (focused === name) return;
  }
  throw new Error(`"${name}" is not reachable with Tab`);
}
