// The README's embedding example (examples/embed, built into examples/embed/dist by
// scripts/build-embed) as a host app of its own, served by a reference server of its own:
// signing in through the host's form, then the whole life of a key inside the host page. And the
// style boundary, both ways: the host's stylesheet (examples/embed/host.css, deliberately heavy
// element rules) changes nothing in the cards, compared property by property with the same
// elements in the bundled app (../dist at baseURL); and the cards change nothing of the host's
// page before, while and after they are mounted, in light and dark.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, type APIRequestContext, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { startReferenceServer, type Running } from "./support/servers.ts";
import { DEFAULT_PASSWORD, seedApiKeys, signUp } from "./support/api.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const embedDist = path.resolve(here, process.env.E2E_EMBED_DIR ?? "../examples/embed/dist");

let server: Running;
let origin: string;

test.beforeAll(async () => {
  expect(existsSync(path.join(embedDist, "index.html")), `${embedDist}: run scripts/build-embed first`).toBe(true);
  // Empty: the server's defaults (its own localhost origin), whatever the environment says.
  server = await startReferenceServer({ STATIC_DIR: embedDist, BETTER_AUTH_URL: "", TRUSTED_ORIGINS: "" });
  origin = `http://localhost:${server.port}`;
});
test.afterAll(async () => server?.stop());

// ---- the embed server's API (its own origin; support/api.ts talks to the project's server) ----

async function post<T = unknown>(request: APIRequestContext, route: string, data: unknown): Promise<T> {
  const response = await request.post(`${origin}${route}`, {
    data,
    headers: { Origin: origin, "Content-Type": "application/json" },
  });
  expect(response.ok(), `${route}: ${response.status()} ${await response.text()}`).toBe(true);
  return response.json() as Promise<T>;
}

const uniqueEmail = () => `embed-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;

async function signUpOnEmbed(request: APIRequestContext, email = uniqueEmail()) {
  await post(request, "/api/auth/sign-up/email", { email, password: DEFAULT_PASSWORD, name: "Embed Tester" });
  return email;
}

async function seedOnEmbed(request: APIRequestContext, names: string[]) {
  for (const name of names) await post(request, "/api/auth/api-key/create", { name });
}

async function verifyOnEmbed(key: string): Promise<{ valid: boolean; key: { name: string | null } | null }> {
  const r = await fetch(`${origin}/__test/verify-api-key`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: origin },
    body: JSON.stringify({ key }),
  });
  return r.json();
}

async function listOnEmbed(request: APIRequestContext): Promise<string[]> {
  const r = await request.get(`${origin}/api/auth/api-key/list`);
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { apiKeys: { name: string }[] }).apiKeys.map((k) => k.name);
}

/** A browser context on the embed server: its own cookie jar (cookies do not tell ports apart). */
async function embedContext(browser: Browser, colorScheme: "light" | "dark" = "light"): Promise<BrowserContext> {
  return browser.newContext({ baseURL: origin, colorScheme, permissions: ["clipboard-read", "clipboard-write"] });
}

// ---- the README shows the example as it is --------------------------------------------------

test("the README's embedding section shows the example's files as they are", () => {
  const read = (file: string) => readFileSync(path.resolve(here, "..", file), "utf8");
  const readme = read("README.md");
  const start = readme.indexOf("## Embedding in your own Yew app");
  expect(start, "README: no embedding section").toBeGreaterThan(-1);
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const blocks = (lang: string) => [...section.matchAll(new RegExp("```" + lang + "\\n([\\s\\S]*?)```", "g"))].map((m) => m[1]);
  expect(blocks("rust"), "src/main.rs").toEqual([read("examples/embed/src/main.rs")]);
  expect(blocks("html"), "index.html").toEqual([read("examples/embed/index.html")]);
  // Cargo.toml: the same dependencies (but the library's source), the release profile the
  // example builds with (the workspace's) and bench/embed-bytes measures with.
  const [toml] = blocks("toml");
  const lines = toml.split("\n").filter((l) => l && !l.startsWith("#"));
  const manifest = read("examples/embed/Cargo.toml");
  const profile = lines.slice(lines.indexOf("[profile.release]"));
  for (const line of lines.slice(0, lines.indexOf("[profile.release]"))) {
    if (!line.startsWith("better-auth-ui ")) expect(manifest.split("\n"), "examples/embed/Cargo.toml").toContain(line);
  }
  for (const file of ["Cargo.toml", "bench/embed-bytes.mjs"]) expect(read(file), file).toContain(profile.join("\n"));
});

// ---- the README's example, driven like a user --------------------------------------------------

test("the README's example: sign in through the host, then list, create, copy, verify and delete a key", async ({
  browser,
  playwright,
}) => {
  // The account and two keys made elsewhere (the page starts signed out).
  const api = await playwright.request.newContext();
  const email = await signUpOnEmbed(api);
  await seedOnEmbed(api, ["seed-1", "seed-2"]);

  const context = await embedContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // SessionGate renders the cards only once signed in: a signed-out visit asks for no keys.
  const listRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api-key/list")) listRequests.push(r.url());
  });

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Acme Cloud", level: 1 })).toBeVisible();
  await expect(page.locator(".ba-root")).toHaveCount(0);
  // Client-side navigation to the settings page: the cards mount there.
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page).toHaveURL(`${origin}/settings/api-keys`);

  // Signed out: SessionGate shows the host's own form. A wrong password is refused in words.
  const form = page.locator("form.host-form");
  await expect(form.getByText("Sign in to manage your API keys.")).toBeVisible();
  await form.getByRole("textbox", { name: "Email" }).fill(email);
  await form.getByLabel("Password").fill("not-the-password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(form.getByRole("alert")).toContainText(/invalid email or password/i);
  expect(listRequests, "no key list asked for while signed out").toEqual([]);
  await form.getByLabel("Password").fill(DEFAULT_PASSWORD);
  await form.getByRole("button", { name: "Sign in" }).click();

  // List: the keys made elsewhere, newest first, inside the host's page.
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  const card = page.getByRole("region", { name: "API keys" });
  const names = card.getByRole("list", { name: "API keys" }).getByRole("heading");
  await expect(names).toHaveText(["seed-2", "seed-1"]);
  await expect(page.getByRole("heading", { name: "Developer settings" })).toBeVisible();

  // Create and copy.
  await card.getByRole("button", { name: "Create API key" }).click();
  const create = page.getByRole("dialog", { name: "Create API key" });
  await create.getByRole("textbox", { name: "Name" }).fill("embed-ci");
  await create.getByRole("button", { name: "Create API key" }).click();
  const shown = page.getByRole("dialog", { name: "New API key" });
  await expect(shown).toBeVisible();
  const key = await shown.getByRole("textbox", { name: "embed-ci" }).inputValue();
  expect(key).toMatch(/^[A-Za-z]{64}$/);
  await shown.getByRole("button", { name: "Copy to clipboard" }).click();
  await expect(shown.getByRole("button", { name: "Copied to clipboard" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);

  // The copied key works on the server.
  const verified = await verifyOnEmbed(key);
  expect(verified.valid).toBe(true);
  expect(verified.key?.name).toBe("embed-ci");
  await shown.getByRole("button", { name: "I've saved my key" }).click();
  await expect(shown).toBeHidden();
  await expect(names).toHaveText(["embed-ci", "seed-2", "seed-1"]);

  // Delete: gone from the list and the server; the key no longer verifies.
  await card.getByRole("button", { name: "Delete API key embed-ci" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "API key deleted" })).toBeVisible();
  await expect(names).toHaveText(["seed-2", "seed-1"]);
  expect((await verifyOnEmbed(key)).valid).toBe(false);
  expect((await listOnEmbed(api)).sort()).toEqual(["seed-1", "seed-2"]);

  // Signing out through the host's button brings the host's form back.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(form.getByText("You have signed out.")).toBeVisible();
  await expect(card).toHaveCount(0);

  // The host's own page and navigation around it kept working.
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();
  await expect(page.locator(".ba-root")).toHaveCount(0);
  expect(errors).toEqual([]);
  await context.close();
  await api.dispose();
});

// ---- the style boundary -------------------------------------------------------------------------

/** The computed properties compared: type, box, color, and what the host's rules set. */
const PROPS = [
  "display",
  "position",
  "box-sizing",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "font-variant-caps",
  "font-feature-settings",
  "line-height",
  "letter-spacing",
  "word-spacing",
  "text-transform",
  "text-align",
  "text-indent",
  "text-decoration-line",
  "text-decoration-style",
  "text-shadow",
  "white-space-collapse",
  "overflow-wrap",
  "-webkit-font-smoothing",
  "color",
  "background-color",
  "background-image",
  "margin-top",
  "margin-right",
  "margin-bottom",
  "margin-left",
  "padding-top",
  "padding-right",
  "padding-bottom",
  "padding-left",
  "border-top-width",
  "border-right-width",
  "border-bottom-width",
  "border-left-width",
  "border-top-style",
  "border-right-style",
  "border-bottom-style",
  "border-left-style",
  "border-top-color",
  "border-right-color",
  "border-bottom-color",
  "border-left-color",
  "border-top-left-radius",
  "border-bottom-right-radius",
  "box-shadow",
  "outline-style",
  "outline-width",
  "outline-color",
  "list-style-type",
  "vertical-align",
  "opacity",
  "cursor",
  "appearance",
  "min-height",
  "transform",
  "color-scheme",
  "fill",
  "stroke",
  "stroke-width",
] as const;
/** Sizes only where the library sets them outright (icons); elsewhere they follow the layout. */
const SIZED = ["width", "height"];

type Styles = Record<string, Record<string, string> | null>;
/** Where selectors are looked up: the whole page, or inside one element (`:scope` is that element). */
type Within = Page | Locator;

/**
 * Computed styles of the first element each selector matches (null: none matches). Selectors
 * ending in ` !size` also compare width and height; ` !auto-margin` leaves out the margins the
 * library sets to `auto` (their used value follows the content's size); ` !in-layout` leaves out
 * min-height, which depends on the parent's layout (a grid in the bundled app).
 */
async function computed(within: Within, selectors: string[]): Promise<Styles> {
  const root = "goto" in within ? within.locator(":root") : within;
  return root.evaluate(
    (root, { selectors, props, sized }) => {
      const out: Record<string, Record<string, string> | null> = {};
      for (const entry of selectors) {
        const [selector, flag] = entry.split(" !");
        const el =
          selector === ":scope" ? root : selector === "html" ? document.documentElement : root.querySelector(selector);
        if (!el) {
          out[entry] = null;
          continue;
        }
        const style = getComputedStyle(el);
        const values: Record<string, string> = {};
        for (const p of [...props, ...(flag === "size" ? sized : [])]) {
          if (flag === "auto-margin" && p.startsWith("margin-")) continue;
          if (flag === "in-layout" && p === "min-height") continue;
          values[p] = style.getPropertyValue(p);
        }
        out[entry] = values;
      }
      return out;
    },
    { selectors, props: [...PROPS], sized: SIZED },
  );
}

/** Every property that differs, as "selector: property: here ≠ there". */
function differences(here: Styles, there: Styles, labels: [string, string]): string[] {
  const out: string[] = [];
  for (const selector of Object.keys(here)) {
    const a = here[selector];
    const b = there[selector];
    if (!a || !b) {
      out.push(`${selector}: ${!a ? labels[0] : labels[1]} has no such element`);
      continue;
    }
    for (const p of Object.keys(a)) {
      if (a[p] !== b[p]) out.push(`${selector}: ${p}: ${labels[0]} ${JSON.stringify(a[p])} ≠ ${labels[1]} ${JSON.stringify(b[p])}`);
    }
  }
  return out;
}

// The library's elements in each state, by the library's own classes (the same markup in both
// apps), looked up inside the API-key card, the open dialog, or the toasts.
const EMPTY = [":scope !in-layout", ".ba-empty", ".ba-empty-icon", ".ba-empty-icon svg !size", ".ba-empty-title", ".ba-empty-text", ".ba-empty .ba-button"];
const LIST = [
  ":scope !in-layout",
  ".ba-card-title",
  ".ba-card-description",
  ".ba-card-actions .ba-button",
  ".ba-card-actions .ba-button svg !size",
  ".ba-toolbar .ba-label",
  ".ba-toolbar .ba-select",
  ".ba-list",
  ".ba-row",
  ".ba-row-name",
  ".ba-row-link",
  ".ba-row .ba-mono",
  ".ba-row-meta",
  ".ba-row-actions .ba-button",
];
const ROOT = [".ba-root:has(.ba-card)", ".ba-toasts"];
const CREATE = [
  ":scope",
  ".ba-dialog !auto-margin",
  ".ba-dialog-title",
  ".ba-dialog-description",
  ".ba-label",
  // Focused on open: the host's :focus rules must not reach it either.
  ".ba-input",
  ".ba-select",
  ".ba-dialog-footer .ba-button-outline",
  ".ba-dialog-footer .ba-button:not(.ba-button-outline)",
];
const NEW_KEY = [
  ".ba-dialog !auto-margin",
  ".ba-dialog-title",
  ".ba-label",
  ".ba-secret",
  ".ba-copy-row .ba-button",
  ".ba-copy-row .ba-button svg !size",
  ".ba-dialog-footer .ba-button",
];
const CONFIRM_CLOSE = [".ba-confirm", ".ba-confirm-title", ".ba-confirm .ba-alert", ".ba-confirm .ba-alert svg !size", ".ba-confirm .ba-button-destructive", ".ba-confirm .ba-button-outline"];
const DETAILS = [
  ".ba-dialog !auto-margin",
  ".ba-dialog-title",
  ".ba-details-section",
  ".ba-details-heading",
  ".ba-details-list",
  ".ba-details-list dt",
  ".ba-details-list dd",
];
const DELETE = [
  ":scope",
  ".ba-dialog !auto-margin",
  ".ba-dialog-title",
  ".ba-summary",
  ".ba-summary-name",
  // Focused on open.
  ".ba-dialog-footer .ba-button-outline",
  ".ba-dialog-footer .ba-button-destructive",
];
const TOAST = [".ba-toast", ".ba-toast-message", ".ba-toast svg !size"];

/** One of the two apps, signed in, with its API-key card. */
interface App {
  label: string;
  page: Page;
  card: Locator;
}

/** The keys both apps show, made through each app's own server. */
const SEEDS = ["seed-1", "seed-2", "seed-3"];

async function openBoth(browser: Browser, colorScheme: "light" | "dark") {
  // The bundled app on the project's server (its cookies in its own context).
  const bundledContext = await browser.newContext({ colorScheme, permissions: ["clipboard-read", "clipboard-write"] });
  const bundled = await bundledContext.newPage();
  await signUp(bundled.request);
  const embedCtx = await embedContext(browser, colorScheme);
  const embed = await embedCtx.newPage();
  await signUpOnEmbed(embed.request);
  const app = (label: string, page: Page): App => ({ label, page, card: page.getByRole("region", { name: "API keys" }) });
  return {
    embed: app("host page", embed),
    bundled: app("bundled app", bundled),
    close: async () => {
      await bundledContext.close();
      await embedCtx.close();
    },
  };
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`host → cards (${colorScheme}): the host's stylesheet changes no computed style of the cards`, async ({ browser }) => {
    test.setTimeout(60_000);
    const { bundled, embed, close } = await openBoth(browser, colorScheme);
    const found: string[] = [];
    /** The same step in both apps, the mouse moved out of the way after it. */
    const steps = async (step: (app: App) => Promise<void>) => {
      for (const app of [embed, bundled]) {
        await step(app);
        await app.page.mouse.move(1, 1);
      }
    };
    const compare = async (state: string, within: (app: App) => Within, selectors: string[]) => {
      const [x, y] = [await computed(within(embed), selectors), await computed(within(bundled), selectors)];
      for (const d of differences(x, y, [embed.label, bundled.label])) found.push(`[${state}] ${d}`);
    };
    const card = (app: App) => app.card;
    const page = (app: App) => app.page;
    const dialog = (app: App) => app.page.locator("dialog[open]");

    // Empty.
    await embed.page.goto("/settings/api-keys");
    await bundled.page.goto("/settings/security");
    await steps((app) => expect(app.card.getByRole("heading", { name: "No API keys" })).toBeVisible());
    await compare("empty", card, EMPTY);

    // A list of keys (made through each app's server, then the page reloaded).
    await seedOnEmbed(embed.page.request, SEEDS);
    await seedApiKeys(bundled.page.request, SEEDS.length, "seed");
    await steps(async (app) => {
      await app.page.reload();
      await expect(app.card.getByRole("list", { name: "API keys" }).getByRole("heading")).toHaveText(["seed-3", "seed-2", "seed-1"]);
    });
    await compare("list", card, LIST);
    await compare("list", page, ROOT);

    // Hovered buttons, outline and primary: the host's button:hover rule must not reach them.
    for (const app of [embed, bundled]) await app.card.getByRole("button", { name: "Delete API key seed-3" }).hover();
    await compare("hovered button", card, [".ba-row-actions .ba-button:hover"]);
    for (const app of [embed, bundled]) await app.card.getByRole("button", { name: "Create API key" }).hover();
    await compare("hovered button", card, [".ba-card-actions .ba-button:hover"]);

    // The create dialog, its name field focused.
    await steps(async (app) => {
      await app.card.getByRole("button", { name: "Create API key" }).click();
      await expect(app.page.getByRole("dialog", { name: "Create API key" }).getByRole("textbox", { name: "Name" })).toBeFocused();
    });
    await compare("create dialog", dialog, CREATE);

    // The new key, then closing it without copying (the dialog asks).
    await steps(async (app) => {
      const create = app.page.getByRole("dialog", { name: "Create API key" });
      await create.getByRole("textbox", { name: "Name" }).fill("fresh");
      await create.getByRole("textbox", { name: "Name" }).press("Enter");
      await expect(app.page.getByRole("dialog", { name: "New API key" })).toBeVisible();
    });
    await compare("new key dialog", dialog, NEW_KEY);
    await steps(async (app) => {
      await app.page.keyboard.press("Escape");
      await expect(app.page.getByRole("button", { name: "Keep it open" })).toBeFocused();
    });
    await compare("close without copying?", dialog, CONFIRM_CLOSE);
    await steps(async (app) => {
      await app.page.getByRole("button", { name: "I've saved my key" }).click();
      await expect(app.page.getByRole("dialog")).toHaveCount(0);
    });

    // A key's details.
    await steps(async (app) => {
      await app.card.getByRole("button", { name: "seed-2", exact: true }).click();
      await expect(app.page.getByRole("dialog", { name: "API key details" })).toBeVisible();
    });
    await compare("details dialog", dialog, DETAILS);
    await steps(async (app) => {
      await app.page.keyboard.press("Escape");
      await expect(app.page.getByRole("dialog")).toHaveCount(0);
    });

    // The delete confirmation, then the toast.
    await steps(async (app) => {
      await app.card.getByRole("button", { name: "Delete API key seed-1" }).click();
      await expect(app.page.getByRole("alertdialog", { name: "Delete API key" })).toBeVisible();
    });
    await compare("delete dialog", dialog, DELETE);
    await steps(async (app) => {
      await app.page.getByRole("alertdialog").getByRole("button", { name: "Delete API key" }).click();
      await expect(app.page.getByRole("status").filter({ hasText: "API key deleted" })).toBeVisible();
    });
    await compare("toast", page, TOAST);

    await close();
    expect(found, "computed styles that differ between the host page and the bundled app").toEqual([]);
  });
}

// The host's own elements, outside the cards: present on every page of the host.
const HOST = [
  "html",
  "body",
  ".site-header",
  ".site-header h1",
  ".site-header nav a",
  ".site-header > button",
  ".site-main > h2",
  ".site-main > p",
  ".site-footer",
  ".site-footer p",
];
const HOST_DIALOG = ["dialog.feedback", "dialog.feedback h2", "dialog.feedback p", "dialog.feedback button"];

/** The host's elements' styles, with its feedback dialog open, and what the page's root carries. */
async function hostState(page: Page) {
  await page.mouse.move(1, 1);
  const elements = await computed(page, HOST);
  await page.getByRole("button", { name: "Feedback" }).click();
  await expect(page.getByRole("dialog", { name: "Feedback" })).toBeVisible();
  const dialog = await computed(page, HOST_DIALOG);
  await page.getByRole("dialog", { name: "Feedback" }).getByRole("button", { name: "Close" }).click();
  await expect(page.getByRole("dialog", { name: "Feedback" })).toBeHidden();
  const root = await page.evaluate(() => ({
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    // An empty style attribute is no style (the dialogs' scroll lock may leave one on <body>).
    body: [...document.body.attributes].filter((a) => !(a.name === "style" && !a.value)).map((a) => `${a.name}=${a.value}`),
    title: document.title,
  }));
  return { styles: { ...elements, ...dialog }, root };
}

for (const colorScheme of ["light", "dark"] as const) {
  test(`cards → host (${colorScheme}): the host page looks the same before, while and after the cards are mounted`, async ({
    browser,
  }) => {
    const context = await embedContext(browser, colorScheme);
    const page = await context.newPage();
    await signUpOnEmbed(page.request);
    await seedOnEmbed(page.request, ["seed-1"]);

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();
    const before = await hostState(page);

    await page.getByRole("link", { name: "API keys" }).click();
    const card = page.getByRole("region", { name: "API keys" });
    await expect(card.getByRole("heading", { name: "seed-1" })).toBeVisible();
    // The library's stylesheet: every rule scoped to its own classes.
    const unscoped = await page.evaluate(() => {
      // The selectors of a list, split at its own commas (not those inside :where(…)).
      const topLevel = (list: string) => {
        const out: string[] = [];
        let depth = 0;
        let start = 0;
        for (let i = 0; i < list.length; i++) {
          if (list[i] === "(") depth++;
          else if (list[i] === ")") depth--;
          else if (list[i] === "," && depth === 0) {
            out.push(list.slice(start, i).trim());
            start = i + 1;
          }
        }
        out.push(list.slice(start).trim());
        return out;
      };
      return [...document.styleSheets]
        .filter((s) => !s.href)
        .flatMap((s) => [...s.cssRules])
        .flatMap(function selectors(r: CSSRule): string[] {
          if (r instanceof CSSStyleRule) return topLevel(r.selectorText).filter((sel) => !/^\.ba-/.test(sel));
          if (r instanceof CSSKeyframesRule) return r.name.startsWith("ba-") ? [] : [`@keyframes ${r.name}`];
          return "cssRules" in r ? [...(r as CSSGroupingRule).cssRules].flatMap(selectors) : [];
        });
    });
    expect(unscoped, "rules of the injected stylesheet that are not scoped to the library's classes").toEqual([]);
    // The host's page headings are the host's: the home page's h2 is on this page too.
    const mounted = await hostState(page);

    // A dialog of the cards opened and closed (it locks the page's scrolling while open).
    await card.getByRole("button", { name: "Create API key" }).click();
    await expect(page.getByRole("dialog", { name: "Create API key" })).toBeVisible();
    await page.getByRole("dialog", { name: "Create API key" }).getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);
    const afterDialog = await hostState(page);

    await page.getByRole("link", { name: "Home" }).click();
    await expect(page.getByRole("heading", { name: "Welcome" })).toBeVisible();
    await expect(page.locator(".ba-root")).toHaveCount(0);
    const after = await hostState(page);

    const found = [
      ...differences(mounted.styles, before.styles, ["mounted", "before"]),
      ...differences(afterDialog.styles, before.styles, ["after a dialog", "before"]),
      ...differences(after.styles, before.styles, ["unmounted", "before"]),
    ];
    expect(found, "host styles that changed with the cards").toEqual([]);
    for (const state of [mounted, afterDialog, after]) expect(state.root).toEqual(before.root);
    await context.close();
  });
}

test("host content inside AuthProvider keeps the host's styles", async ({ browser }) => {
  // The host's sign-in form is SessionGate's `signed_out`, so it renders inside AuthProvider;
  // the home page has a form with the same markup outside it.
  const context = await embedContext(browser);
  const page = await context.newPage();
  const FORM = [".host-form", ".host-form h3", ".host-form p", ".host-form label", ".host-form input[type=email]", ".host-form button"];
  await page.goto("/");
  await page.mouse.move(1, 1);
  const outside = await computed(page, FORM);
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByText("Sign in to manage your API keys.")).toBeVisible();
  await page.mouse.move(1, 1);
  const inside = await computed(page, FORM);
  expect(differences(inside, outside, ["inside AuthProvider", "outside"]), "host styles lost inside AuthProvider").toEqual([]);
  await context.close();
});
