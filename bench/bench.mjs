// The benchmark: bytes the security page loads, and times in headless Chromium against the
// reference server on loopback (fresh database; users holding 0, 10, 100 and 1000 keys),
// with a cold cache, several runs each. Prints a markdown table, writes bench/results.json.
//   node bench/bench.mjs [--runs 5] [--dist dist]
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "../e2e/node_modules/playwright-core/index.mjs";
import { measure, kib } from "./sizes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const RUNS = Number(arg("runs", 5));
const DIST = path.resolve(root, arg("dist", "dist"));
const RENDER_DIST = path.resolve(here, "out/render");
const SIZES = [0, 10, 100, 1000];
const PASSWORD = "bench-password-123";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The React original on this machine kind, same method (see README): for the comparison columns.
const REACT = {
  bytes: { total_brotli_kib: 131.5, total_with_font_kib: 160.2 },
  listMs: { 0: 273, 10: 294, 100: 348, 1000: 1111 },
  submitToKeyMs: { 0: 132, 10: 125, 100: 177, 1000: 1025 },
  deleteToGoneMs: { 0: 61, 10: 56, 100: 108, 1000: 598 },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const fmt = (s, digits = 0) => (s && Number.isFinite(s.median) ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : "–");

async function freePort() {
  const srv = createServer();
  await new Promise((r) => srv.listen(0, "127.0.0.1", r));
  const { port } = srv.address();
  await new Promise((r) => srv.close(r));
  return port;
}

async function startServer() {
  const port = await freePort();
  const child = spawn(process.execPath, ["index.mjs"], {
    cwd: path.join(root, "server"),
    env: { ...process.env, PORT: String(port), DATABASE_PATH: ":memory:", STATIC_DIR: DIST, NODE_ENV: "development", TEST: "", BA_TEST_ROUTES: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const base = `http://localhost:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/auth/ok`)).ok) break;
    } catch {}
    if (i > 100) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { base, stop: () => child.kill("SIGTERM") };
}

/** A user with `n` keys named key-1 … key-n; returns its session cookie. */
async function seedUser(base, n) {
  const headers = { "Content-Type": "application/json", Origin: base };
  const email = `bench-${n}-${Date.now()}@example.test`;
  const signUp = await fetch(`${base}/api/auth/sign-up/email`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: PASSWORD, name: `Bench ${n}` }),
  });
  if (!signUp.ok) throw new Error(`sign-up: ${signUp.status} ${await signUp.text()}`);
  const cookie = signUp.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  for (let i = 1; i <= n; i++) {
    const r = await fetch(`${base}/api/auth/api-key/create`, {
      method: "POST",
      headers: { ...headers, Cookie: cookie },
      body: JSON.stringify({ name: `key-${i}` }),
    });
    if (!r.ok) throw new Error(`create: ${r.status} ${await r.text()}`);
  }
  return cookie;
}

/** The server's own time for the list call the page makes (first page, newest first). */
async function serverListTimes(base, cookie, runs) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = await fetch(`${base}/api/auth/api-key/list?limit=10&offset=0&sortBy=createdAt&sortDirection=desc`, {
      headers: { Cookie: cookie },
    });
    await r.arrayBuffer();
    if (i > 0) times.push(performance.now() - t0);
  }
  return times;
}

// Installed before any page script: marks when the shell and the list first appear and when
// interaction results land, from navigation start (performance.now()).
const OBSERVER = `
(() => {
  const m = (window.__bench = { marks: {}, want: window.__benchWant });
  const now = () => performance.now();
  const paint = (name) => requestAnimationFrame(() => setTimeout(() => (m.marks[name + "Paint"] ??= now())));
  addEventListener("TrunkApplicationStarted", (e) => (m.wasm = e.detail && e.detail.wasm));
  const check = () => {
    const marks = m.marks;
    if (marks.shell === undefined) {
      const h1 = document.querySelector("main h1");
      if (h1 && h1.textContent === "Security") { marks.shell = now(); paint("shell"); }
    }
    if (marks.list === undefined && m.want) {
      const names = [...document.querySelectorAll("ul[aria-label='API keys'] h3")].map((h) => h.textContent);
      const empty = [...document.querySelectorAll("h3")].some((h) => h.textContent === "No API keys");
      if (m.want === "empty" ? empty : names.includes(m.want)) { marks.list = now(); paint("list"); }
    }
    if (m.waitKey && marks.keyShown === undefined) {
      const field = document.querySelector("[role=dialog] textarea");
      if (field && field.value.length > 20) marks.keyShown = now();
    }
    if (m.waitGone && marks.gone === undefined) {
      const names = [...document.querySelectorAll("ul[aria-label='API keys'] h3")].map((h) => h.textContent);
      if (!names.includes(m.waitGone)) marks.gone = now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener("click", (e) => (m.marks.click = e.timeStamp), true);
})();
`;

async function pageRun(browser, base, cookie, n, run) {
  const context = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 800 } });
  const [name, value] = cookie.split(";")[0].split("=");
  await context.addCookies([{ name, value, url: base }]);
  await context.addInitScript(`window.__benchWant = ${JSON.stringify(n === 0 ? "empty" : `key-${n}`)};`);
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto("/settings/security");
  await page.waitForFunction(() => window.__bench.marks.listPaint !== undefined, null, { timeout: 30_000 });
  const load = await page.evaluate(() => {
    const api = performance
      .getEntriesByType("resource")
      .filter((e) => e.name.includes("/api/auth/"))
      .map((e) => ({ url: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd }));
    const list = api.find((e) => e.url.endsWith("/api-key/list"));
    return {
      marks: { ...window.__bench.marks },
      roundTripsBeforeList: list ? api.filter((e) => e.end <= list.start).length : null,
      api,
      domNodes: document.getElementsByTagName("*").length,
      wasmMemory: window.__bench.wasm?.memory?.buffer?.byteLength ?? null,
    };
  });
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");

  // Create: from the click on the dialog's submit to the key shown.
  await page.getByRole("button", { name: "Create API key" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  const keyName = `bench-run-${run}`;
  await dialog.getByRole("textbox", { name: "Name" }).fill(keyName);
  await page.evaluate(() => {
    window.__bench.marks.keyShown = undefined;
    window.__bench.waitKey = true;
  });
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await page.waitForFunction(() => window.__bench.marks.keyShown !== undefined);
  const create = await page.evaluate(() => window.__bench.marks.keyShown - window.__bench.marks.click);
  await page.getByRole("button", { name: "I've saved my key" }).click();

  // Delete the key just made: from the click on confirm to its row gone.
  await page.getByRole("button", { name: `Delete API key ${keyName}` }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await page.evaluate((k) => (window.__bench.waitGone = k), keyName);
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await page.waitForFunction(() => window.__bench.marks.gone !== undefined);
  const del = await page.evaluate(() => window.__bench.marks.gone - window.__bench.marks.click);
  await context.close();
  return {
    shell: load.marks.shellPaint,
    list: load.marks.listPaint,
    roundTripsBeforeList: load.roundTripsBeforeList,
    api: load.api,
    domNodes: load.domNodes,
    heapMiB: heap.usedSize / 1048576,
    wasmMiB: load.wasmMemory == null ? null : load.wasmMemory / 1048576,
    create,
    del,
  };
}

/** The render test: 1000 rows from the in-memory client, data to rows painted. */
async function renderRun(browser, rows) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const srv = await staticServer(RENDER_DIST);
  await page.goto(`${srv.url}/?rows=${rows}`);
  await page.waitForFunction(() => typeof window.__benchRelease === "function", null, { timeout: 30_000 });
  // Start-up is not part of this figure: let the app mount and settle (skeleton shown, Intl warm).
  await page.getByRole("status").filter({ hasText: "Loading API keys" }).waitFor({ state: "attached" });
  await page.waitForTimeout(300);
  const ms = await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const done = () => document.querySelectorAll("ul[aria-label='API keys'] li").length === n;
        const t0 = performance.now();
        const obs = new MutationObserver(() => {
          if (done()) {
            obs.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          }
        });
        obs.observe(document.body, { subtree: true, childList: true });
        window.__benchRelease();
      }),
    rows,
  );
  await context.close();
  srv.stop();
  return ms;
}

async function staticServer(dir) {
  const { createServer: http } = await import("node:http");
  const { readFile } = await import("node:fs/promises");
  const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm", ".svg": "image/svg+xml" };
  const server = http(async (req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    const file = path.join(dir, p === "/" ? "index.html" : path.normalize(p));
    try {
      const data = await readFile(file);
      res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => server.close() };
}

async function main() {
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error(`${DIST} has no build: run scripts/build`);
  const bytes = measure(DIST);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const results = { machine: machine(), runs: RUNS, bytes, byKeys: {}, render: null, react: REACT };
  try {
    for (const n of SIZES) {
      process.stderr.write(`seeding a user with ${n} keys… `);
      const cookie = await seedUser(server.base, n);
      const serverList = await serverListTimes(server.base, cookie, RUNS);
      process.stderr.write("measuring");
      const runs = [];
      for (let i = 0; i <= RUNS; i++) {
        const r = await pageRun(browser, server.base, cookie, n, i);
        if (i > 0) runs.push(r); // the first run warms the server and the browser up
        process.stderr.write(".");
      }
      process.stderr.write("\n");
      results.byKeys[n] = {
        serverList: stats(serverList),
        shell: stats(runs.map((r) => r.shell)),
        list: stats(runs.map((r) => r.list)),
        create: stats(runs.map((r) => r.create)),
        del: stats(runs.map((r) => r.del)),
        heapMiB: stats(runs.map((r) => r.heapMiB)),
        wasmMiB: runs[0].wasmMiB,
        domNodes: runs[0].domNodes,
        roundTripsBeforeList: Math.max(...runs.map((r) => r.roundTripsBeforeList ?? 99)),
        apiSequence: runs[0].api.map((e) => `${e.url} ${e.start.toFixed(0)}→${e.end.toFixed(0)} ms`),
      };
    }
    if (existsSync(path.join(RENDER_DIST, "index.html"))) {
      process.stderr.write("render test");
      const times = [];
      for (let i = 0; i <= RUNS; i++) {
        const t = await renderRun(browser, 1000);
        if (i > 0) times.push(t);
        process.stderr.write(".");
      }
      process.stderr.write("\n");
      results.render = { rows: 1000, ...stats(times) };
    }
  } finally {
    await browser.close();
    server.stop();
  }
  writeFileSync(path.join(here, "results.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(report(results));
}

function machine() {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

function report(r) {
  const lines = [];
  lines.push(`Machine: ${r.machine.cpus}, ${r.machine.memoryGiB} GiB, ${r.machine.date}; ${r.runs} runs per row after one warm-up; cold cache.`);
  lines.push("");
  lines.push("| file | kind | raw KiB | gzip KiB | brotli KiB |");
  lines.push("|---|---|---:|---:|---:|");
  for (const f of r.bytes.rows) lines.push(`| ${f.file} | ${f.kind} | ${kib(f.raw)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`);
  lines.push(`| **total** | | **${kib(r.bytes.total.raw)}** | **${kib(r.bytes.total.gzip)}** | **${kib(r.bytes.total.brotli)}** |`);
  lines.push(`| React original (no font / with font) | | | | ${r.react.bytes.total_brotli_kib} / ${r.react.bytes.total_with_font_kib} |`);
  lines.push("");
  lines.push("Times in ms, median (min–max), from navigation start or from the click:");
  lines.push("");
  lines.push("| keys | server list | nav → shell painted | nav → list painted | React list | submit → key shown | React | confirm delete → row gone | React | JS heap MiB | wasm memory MiB | DOM nodes | API round trips before list |");
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [n, k] of Object.entries(r.byKeys)) {
    lines.push(
      `| ${n} | ${fmt(k.serverList, 1)} | ${fmt(k.shell)} | ${fmt(k.list)} | ${r.react.listMs[n]} | ${fmt(k.create)} | ${r.react.submitToKeyMs[n]} | ${fmt(k.del)} | ${r.react.deleteToGoneMs[n]} | ${k.heapMiB.median.toFixed(1)} | ${k.wasmMiB?.toFixed(1) ?? "–"} | ${k.domNodes} | ${k.roundTripsBeforeList} |`,
    );
  }
  if (r.render) {
    lines.push("");
    lines.push(`Render test (in-memory client, page size ${r.render.rows}): data → ${r.render.rows} rows painted ${fmt(r.render, 1)} ms.`);
  }
  const k10 = r.byKeys[10], k1000 = r.byKeys[1000];
  if (k10 && k1000) {
    lines.push("");
    lines.push(`1000-key user vs 10-key user, nav → list: +${(k1000.list.median - k10.list.median).toFixed(0)} ms (React: +${r.react.listMs[1000] - r.react.listMs[10]} ms).`);
  }
  return lines.join("\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
