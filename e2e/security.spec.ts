// Security headers and the Content Security Policy the app runs under, and the one-time key
// never leaking (checked per place: DOM, field values, storage, URL, history, console).
import { test, expect } from "./support/fixtures.ts";

test("the page is served with a strict CSP and anti-framing headers", async ({ page }) => {
  const response = await page.goto("/auth/sign-in");
  const headers = response!.headers();
  const csp = headers["content-security-policy"];
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("the app runs under the CSP without a single violation", async ({ page, user: _ }) => {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto("/settings/security");
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("button", { name: "Create API key" }).click();
  await page.getByRole("button", { name: "Copy to clipboard" }).click();
  await page.getByRole("button", { name: "I've saved my key" }).click();
  await expect(page.getByRole("heading", { name: /^API key \(/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
});

test("the app cannot be framed", async ({ page, baseURL }) => {
  const url = `${baseURL}/auth/sign-in`;
  const answered = page.waitForResponse(url);
  const blocked = page.waitForEvent("requestfailed", (r) => r.url() === url);
  // setContent resolves on the outer page's load, which waits for the frame's navigation.
  await page.setContent(`<iframe src="${url}" width="400" height="300"></iframe>`);
  // The server answered the frame's request, with both anti-framing headers…
  const response = await answered;
  expect(response.status()).toBe(200);
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  // …and Chromium refused to put that answer in the frame…
  expect((await blocked).failure()?.errorText).toBe("net::ERR_BLOCKED_BY_RESPONSE");
  // …showing its error page there: the app's document never reached the frame.
  const frame = page.frames()[1];
  await expect.poll(() => frame.url()).toBe("chrome-error://chromewebdata/");
  await expect(frame.locator('meta[name="better-auth-url"]')).toHaveCount(0);
});

test("the one-time key never leaks", async ({ page, user: _ }) => {
  const logged: string[] = [];
  page.on("console", (m) => logged.push(m.text()));
  await page.goto("/settings/security");
  const historyBefore = await page.evaluate(() => history.length);
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("textbox", { name: "Name" }).fill("leak-check");
  await page.getByRole("dialog", { name: "Create API key" }).getByRole("textbox", { name: "Name" }).press("Enter");
  const key = await page.getByRole("dialog", { name: "New API key" }).getByRole("textbox").inputValue();
  expect(key.length).toBeGreaterThan(32);
  await page.getByRole("button", { name: "Copy to clipboard" }).click();
  await page.getByRole("button", { name: "I've saved my key" }).click();
  await expect(page.getByRole("dialog", { name: "New API key" })).toBeHidden();

  const where = await page.evaluate(() => ({
    markup: document.documentElement.outerHTML,
    values: [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea")].map((e) => e.value).join("\n"),
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    url: location.href,
    history: JSON.stringify(history.state),
    historyLength: history.length,
    title: document.title,
  }));
  expect(where.markup).not.toContain(key);
  expect(where.values).not.toContain(key);
  expect(where.local).not.toContain(key);
  expect(where.session).not.toContain(key);
  expect(where.url).not.toContain(key);
  expect(where.history ?? "").not.toContain(key);
  expect(where.historyLength).toBe(historyBefore);
  expect(where.title).not.toContain(key);
  expect(logged.filter((l) => l.includes(key))).toEqual([]);
});
