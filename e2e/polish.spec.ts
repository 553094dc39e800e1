// The polish of the header, the toasts and the organization page against the reference server:
// the header fits every width (German, a long organization name) with "New organization"
// labelled (only its icon at 400 px and below, its accessible name kept) and one text size for
// its controls; the organization page names the organization; a toast's text and its close
// button share a center line. With UPDATE_README_SCREENSHOT=1 the last test writes
// docs/empty-state.png, docs/header.png and docs/organization.png (light, 1280 px wide);
// otherwise it keeps them as test output.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./support/fixtures.ts";
import { createOrganization, setActiveOrganization, signUp } from "./support/api.ts";
import { expectNoHorizontalScroll } from "./support/a11y.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const LONG_NAME = "Vereinigte Schlüsselverwaltungsgesellschaft";

/** The header's parts (brand, links, switcher, its button, user, Sign out) do not overlap. */
async function expectHeaderPartsApart(page: Page, what: string): Promise<void> {
  const overlaps = await page.evaluate(() => {
    const parts = [
      ...document.querySelectorAll<HTMLElement>(
        ".ba-header-brand, .ba-header-nav ul, .ba-header-org > *, .ba-header-user > *",
      ),
    ]
      .map((e) => ({ name: e.className || e.tagName, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1);
    const found: string[] = [];
    for (const [i, a] of parts.entries()) {
      for (const b of parts.slice(i + 1)) {
        const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (x > 0.5 && y > 0.5) found.push(`${a.name} × ${b.name}`);
      }
      if (a.r.left < -0.5 || a.r.right > innerWidth + 0.5) found.push(`${a.name} past the edge`);
    }
    return found;
  });
  expect(overlaps, `${what}: header parts overlapping`).toEqual([]);
}

/** How far the close button's and the icon's centers are from the first line's center. */
async function toastMisalignment(toast: Locator) {
  return toast.evaluate((t) => {
    const message = t.querySelector(".ba-toast-message")!;
    const range = document.createRange();
    range.selectNodeContents(message);
    const first = range.getClientRects()[0];
    const line = (first.top + first.bottom) / 2;
    const middle = (e: Element) => {
      const r = e.getBoundingClientRect();
      return (r.top + r.bottom) / 2;
    };
    const box = message.getBoundingClientRect();
    return {
      close: Math.abs(middle(t.querySelector("button")!) - line),
      icon: Math.abs(middle(t.querySelector("svg")!) - line),
      lines: Math.round(box.height / parseFloat(getComputedStyle(message).lineHeight)),
    };
  });
}

test("the header fits from 320 px up, in German with a long organization name", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: "de-DE", baseURL });
  const page = await context.newPage();
  await signUp(page.request, { name: "Ada Lovelace" });
  await createOrganization(page.request, { name: LONG_NAME });
  await page.goto("/organization/settings");
  await expect(page.getByRole("heading", { name: "Organisation", level: 1 })).toBeVisible();
  await expect(page.getByText(`Einstellungen von ${LONG_NAME}.`)).toBeVisible();
  const create = page.getByRole("button", { name: "Neue Organisation", exact: true });
  const label = create.locator(".ba-org-create-label");
  for (const width of [320, 360, 400, 401, 600, 768, 1024, 1280]) {
    await page.setViewportSize({ width, height: 720 });
    await expect(create).toBeVisible();
    // At 400 px and below only the icon shows; the name stays.
    if (width <= 400) {
      await expect.poll(() => label.evaluate((e) => e.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    } else {
      await expect(label).toBeVisible();
      await expect(create).toHaveText("Neue Organisation");
    }
    await expectNoHorizontalScroll(page, `${width} px`);
    await expectHeaderPartsApart(page, `${width} px`);
  }
  // The name still opens the dialog, at the narrowest width too.
  await page.setViewportSize({ width: 320, height: 720 });
  await create.click();
  await expect(page.getByRole("dialog", { name: "Organisation erstellen" })).toBeVisible();
  await context.close();
});

test("the organization page names the organization; the header's controls share one text size", async ({ page, user: _ }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await createOrganization(page.request, { name: "Acme Corp" });
  await page.goto("/organization/settings");
  await expect(page.getByRole("heading", { name: "Organization", level: 1 })).toBeVisible();
  await expect(page.getByText("Settings of Acme Corp.", { exact: true })).toBeVisible();
  await expect(page).toHaveTitle("Organization · Account settings");

  const header = page.locator(".ba-header");
  const create = header.getByRole("button", { name: "New organization", exact: true });
  await expect(create).toHaveText("New organization");
  await expect(page.getByRole("button", { name: "Create organization" })).toHaveCount(0);
  const size = (l: Locator) => l.evaluate((e) => getComputedStyle(e).fontSize);
  const signOut = header.getByRole("button", { name: "Sign out" });
  const expected = await size(page.getByLabel("Active organization"));
  expect(await size(signOut)).toBe(expected);
  expect(await size(create)).toBe(expected);
  expect(await size(header.getByRole("link", { name: "Security" }))).toBe(expected);
});

test("a toast's text and close button share a center line, on one line or several", async ({ page, user: _ }) => {
  const acme = await createOrganization(page.request, { name: "Acme Corp" });
  const long = await createOrganization(page.request, { name: LONG_NAME });
  await setActiveOrganization(page.request, null);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/settings/security");
  const switcher = page.getByLabel("Active organization");
  await expect(switcher.locator("option")).toHaveCount(3);

  await switcher.selectOption(acme.id);
  const short = page.locator(".ba-toast", { hasText: "Switched to Acme Corp" });
  await expect(short).toBeVisible();
  const one = await toastMisalignment(short);
  expect(one.lines).toBe(1);
  expect(one.close).toBeLessThanOrEqual(1.5);
  expect(one.icon).toBeLessThanOrEqual(1.5);

  await switcher.selectOption(long.id);
  const wrapped = page.locator(".ba-toast", { hasText: `Switched to ${LONG_NAME}` });
  await expect(wrapped).toBeVisible();
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 720 });
    const several = await toastMisalignment(wrapped);
    expect(several.lines, `${width} px`).toBeGreaterThanOrEqual(2);
    expect(several.close, `${width} px`).toBeLessThanOrEqual(1.5);
    expect(several.icon, `${width} px`).toBeLessThanOrEqual(1.5);
  }
});

test("the empty state, header and organization page, for the docs", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signUp(page.request, { name: "Ada Lovelace", email: "ada.lovelace@example.test" });
  const shot = async (locator: Locator, name: string, style?: string) => {
    const file = process.env.UPDATE_README_SCREENSHOT
      ? path.resolve(here, "../docs", name)
      : test.info().outputPath(name);
    mkdirSync(path.dirname(file), { recursive: true });
    await locator.screenshot({ path: file, animations: "disabled", style });
  };

  await page.goto("/settings/security");
  const keys = page.getByRole("region", { name: "API keys" });
  await expect(keys.getByRole("heading", { name: "No API keys" })).toBeVisible();
  await shot(keys, "empty-state.png");

  await createOrganization(page.request, { name: "Acme Corp" });
  await page.goto("/organization/settings");
  await expect(page.getByText("Settings of Acme Corp.", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Active organization").locator("option:checked")).toHaveText("Acme Corp");
  await expect(page.getByRole("region", { name: "API keys" }).getByRole("heading", { name: "No API keys" })).toBeVisible();
  await shot(page.locator(".ba-header"), "header.png");
  // The page's heading and cards, without the room kept below them for scrolling.
  await shot(page.locator("main"), "organization.png", ".ba-main { padding-bottom: 1.5rem }");
});
