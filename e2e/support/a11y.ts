// Accessibility helpers: an axe-core audit that fails on serious or critical violations, and a
// check that nothing makes the page scroll sideways.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
