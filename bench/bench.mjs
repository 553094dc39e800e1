// The benchmark: bytes the security page loads, and times in headless Chromium against the
// reference server (fresh database; users holding 0, 10, 100 and 1000 keys), cold cache, one
// warm-up then several runs each, in two profiles:
//   loopback  the page and the API on this machine, no throttling (0, 10, 100, 1000 keys);
//   mobile    like Lighthouse's mobile preset: +150 ms per request, 1.6 Mbit/s × 0.9 down,
//             750 kbit/s × 0.9 up, CPU 4× slower, a 412×823 phone screen, brotli on the wire
//             (0, 10, 1000 keys).
// Prints markdown (one table per profile), writes bench/results.json (both profiles: running
// one keeps the other's last figures).
//   node bench/bench.mjs [--runs 5] [--profile loopback|mobile|both] [--dist dist]
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { writeFileSync, readFileSync, existsSync } from "node:fs";
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
const RESULTS = path.join(here, "results.json");
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

// Lighthouse's mobile preset (constants.js: throttling.mobileSlow4G and screenEmulation.mobile),
// applied the way its "devtools" throttling does, through CDP on the page before navigation. Its
// kbit is 1024 bits: CDP wants bytes per second, floor(kbps × 1024 / 8). The round trip is the
// preset's 150 ms added to every request (Lighthouse's devtools mode would multiply it by 3.75).
const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: Math.floor((1.6 * 1024 * 0.9 * 1024) / 8), // 188 743 B/s
  uploadThroughput: Math.floor((750 * 0.9 * 1024) / 8), // 86 400 B/s
  connectionType: "cellular4g",
};
const PROFILES = {
  loopback: {
    title: "Loopback",
    sizes: [0, 10, 100, 1000],
    context: { viewport: { width: 1280, height: 800 } },
    network: null,
    cpu: 1,
    describe: "the reference server on this machine, no throttling, 1280×800",
  },
  mobile: {
    title: "Mobile",
    sizes: [0, 10, 1000],
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    network: MOBILE_NETWORK,
    cpu: 4,
    describe:
      "every request +150 ms, download 1.6 Mbit/s × 0.9 (188 743 B/s), upload 750 kbit/s × 0.9 (86 400 B/s), " +
      "CPU 4× slower, 412×823 at 1.75×, brotli on the wire",
  },
};

// The React original on this machine kind, same method (see README): for the comparison columns.
const REACT = {
  bytes: { total_brotli_kib: 131.5, total_with_font_kib: 160.2 },
  loopback: {
    listPaint: { 0: 273, 10: 294, 100: 348, 1000: 1111 },
    create: { 0: 132, 10: 125, 100: 177, 1000: 1025 },
    del: { 0: 61, 10: 56, 100: 108, 1000: 598 },
  },
  mobile: {
    dcl: { 10: 1383 },
    fcp: { 10: 1942 },
    listInDom: { 0: 1976, 10: 2196, 1000: 9412 },
    listResponseToDom: { 0: 43, 10: 133 },
    formOpen: { 10: 285 },
    create: { 10: 823 },
    del: { 10: 549 },
  },
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const stats = (xs) => {
  const ok = xs.filter((x) => typeof x === "number" && Number.isFinite(x));
  return ok.length ? { median: median(ok), min: Math.min(...ok), max: Math.max(...ok), runs: ok.length } : null;
};
const fmt = (s, digits = 0) => (s && Number.isFinite(s.median) ? `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})` : "–");
const or = (x) => (x === undefined || x === null ? "–" : x);
const bytesFmt = (n) => (n == null ? "–" : n.toLocaleString("en-US"));

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

// Installed before any page script. Nothing here depends on the wasm having run: paint timing
// entries, Resource Timing, layout-shift entries and DOM observations only, all on the page's
// clock (performance.now(), from navigation start). Marks: the list in the DOM (the last seeded
// key's name, or "No API keys") and painted (the next frame after it), the create form open,
// the new key shown, the deleted row gone; clicks by their event time stamp.
const OBSERVER = `
(() => {
  const m = (window.__bench = { marks: {}, want: window.__benchWant, cls: 0 });
  const now = () => performance.now();
  const paint = (name) => requestAnimationFrame(() => setTimeout(() => (m.marks[name + "Paint"] ??= now())));
  addEventListener("TrunkApplicationStarted", (e) => (m.wasm = e.detail && e.detail.wasm));
  try {
    m.clsObserver = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) m.cls += e.value;
    });
    m.clsObserver.observe({ type: "layout-shift", buffered: true });
  } catch {}
  const rowNames = () => [...document.querySelectorAll("ul[aria-label='API keys'] h3")].map((h) => h.textContent);
  const check = () => {
    const marks = m.marks;
    if (marks.heading === undefined) {
      const h1 = document.querySelector("main h1");
      if (h1 && h1.textContent === "Security") marks.heading = now();
    }
    if (marks.list === undefined && m.want) {
      const empty = [...document.querySelectorAll("h3")].some((h) => h.textContent === "No API keys");
      if (m.want === "empty" ? empty : rowNames().includes(m.want)) { marks.list = now(); paint("list"); }
    }
    if (m.waitForm && marks.formOpen === undefined && document.querySelector("dialog input")) marks.formOpen = now();
    if (m.waitKey && marks.keyShown === undefined) {
      const field = document.querySelector("dialog textarea");
      if (field && field.value.length > 20) marks.keyShown = now();
    }
    if (m.waitGone && marks.gone === undefined && !rowNames().includes(m.waitGone)) marks.gone = now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  document.addEventListener("click", (e) => (m.marks.click = e.timeStamp), true);
})();
`;

/** What the network layer saw, per request (CDP): encoding, bytes on the wire, Accept-Encoding. */
function wireLog(cdp) {
  const byId = new Map();
  const get = (id) => byId.get(id) ?? byId.set(id, {}).get(id);
  const header = (h, name) => Object.entries(h ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
  cdp.on("Network.requestWillBeSent", (e) => Object.assign(get(e.requestId), { url: e.request.url, method: e.request.method }));
  cdp.on("Network.requestWillBeSentExtraInfo", (e) => (get(e.requestId).acceptEncoding = header(e.headers, "accept-encoding")));
  cdp.on("Network.responseReceived", (e) =>
    Object.assign(get(e.requestId), { status: e.response.status, encoding: header(e.response.headers, "content-encoding") ?? null }),
  );
  cdp.on("Network.loadingFinished", (e) => (get(e.requestId).wireBytes = e.encodedDataLength));
  return () => [...byId.values()].filter((r) => r.url);
}

async function pageRun(browser, base, cookie, n, run, profile) {
  const context = await browser.newContext({ baseURL: base, ...profile.context });
  const [name, value] = cookie.split(";")[0].split("=");
  await context.addCookies([{ name, value, url: base }]);
  await context.addInitScript(`window.__benchWant = ${JSON.stringify(n === 0 ? "empty" : `key-${n}`)};`);
  await context.addInitScript(OBSERVER);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const wire = wireLog(cdp);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (profile.network) await cdp.send("Network.emulateNetworkConditions", profile.network);
  if (profile.cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
  await page.goto("/settings/security", { waitUntil: "commit", timeout: 60_000 });
  await page.waitForFunction(() => window.__bench.marks.listPaint !== undefined, null, { timeout: 60_000, polling: 100 });
  const load = await page.evaluate(() => {
    const b = window.__bench;
    for (const e of b.clsObserver?.takeRecords() ?? []) if (!e.hadRecentInput) b.cls += e.value;
    const paint = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const nav = performance.getEntriesByType("navigation")[0];
    const entry = (e) => ({
      url: e.name,
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: e.responseEnd,
      transferSize: e.transferSize,
      encodedBodySize: e.encodedBodySize,
      decodedBodySize: e.decodedBodySize,
    });
    const requests = [entry(nav), ...performance.getEntriesByType("resource").map(entry)].sort((a, b) => a.start - b.start);
    const api = requests.filter((e) => e.path.includes("/api/auth/"));
    const list = api.find((e) => e.path.endsWith("/api-key/list"));
    return {
      marks: { ...b.marks },
      firstPaint: paint("first-paint"),
      fcp: paint("first-contentful-paint"),
      dcl: nav.domContentLoadedEventStart,
      listResponseEnd: list?.end,
      // src/main.rs marks the moment the app starts.
      appStart: paint("ba-start"),
      roundTripsBeforeList: list ? api.filter((e) => e.end <= list.start).length : null,
      cls: b.cls,
      requests,
      domNodes: document.getElementsByTagName("*").length,
      wasmMemory: b.wasm?.memory?.buffer?.byteLength ?? null,
    };
  });
  // Join what the page saw (Resource Timing) with what the network layer saw, in request order.
  const seen = wire();
  for (const r of load.requests) {
    const i = seen.findIndex((w) => w.url === r.url);
    if (i >= 0) Object.assign(r, { encoding: seen[i].encoding, wireBytes: seen[i].wireBytes, acceptEncoding: seen[i].acceptEncoding });
    if (i >= 0) seen.splice(i, 1);
  }
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");

  // Create: click → form open, then from the click on the dialog's submit to the key shown.
  await page.evaluate(() => (window.__bench.waitForm = true));
  await page.getByRole("button", { name: "Create API key" }).first().click();
  await page.waitForFunction(() => window.__bench.marks.formOpen !== undefined, null, { polling: 50 });
  const formOpen = await page.evaluate(() => window.__bench.marks.formOpen - window.__bench.marks.click);
  const dialog = page.getByRole("dialog", { name: "Create API key" });
  const keyName = `bench-run-${run}`;
  await dialog.getByRole("textbox", { name: "Name" }).fill(keyName);
  await page.evaluate(() => {
    window.__bench.marks.keyShown = undefined;
    window.__bench.waitKey = true;
  });
  await dialog.getByRole("button", { name: "Create API key" }).click();
  await page.waitForFunction(() => window.__bench.marks.keyShown !== undefined, null, { polling: 50 });
  const create = await page.evaluate(() => window.__bench.marks.keyShown - window.__bench.marks.click);
  await page.getByRole("button", { name: "I've saved my key" }).click();

  // Delete the key just made: from the click on confirm to its row gone.
  await page.getByRole("button", { name: `Delete API key ${keyName}` }).click();
  const confirm = page.getByRole("alertdialog", { name: "Delete API key" });
  await page.evaluate((k) => (window.__bench.waitGone = k), keyName);
  await confirm.getByRole("button", { name: "Delete API key" }).click();
  await page.waitForFunction(() => window.__bench.marks.gone !== undefined, null, { polling: 50 });
  const del = await page.evaluate(() => window.__bench.marks.gone - window.__bench.marks.click);
  await context.close();
  const m = load.marks;
  return {
    firstPaint: load.firstPaint,
    fcp: load.fcp,
    dcl: load.dcl,
    heading: m.heading,
    listInDom: m.list,
    listPaint: m.listPaint,
    listResponseToDom: load.listResponseEnd === undefined ? undefined : m.list - load.listResponseEnd,
    // The app's own part: from the moment both the list answer and the app are there (an answer
    // fetched by the page before the app starts waits for it) to the list in the DOM.
    usableToDom:
      load.listResponseEnd === undefined || load.appStart === undefined
        ? undefined
        : m.list - Math.max(load.listResponseEnd, load.appStart),
    appStart: load.appStart,
    cls: load.cls,
    roundTripsBeforeList: load.roundTripsBeforeList,
    requests: load.requests,
    transferBytes: load.requests.reduce((s, r) => s + (r.wireBytes ?? r.transferSize ?? 0), 0),
    domNodes: load.domNodes,
    heapMiB: heap.usedSize / 1048576,
    wasmMiB: load.wasmMemory == null ? null : load.wasmMemory / 1048576,
    formOpen,
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

/** Reduces the counted runs of one profile and key count to medians and the first run's detail. */
function summarize(runs, extra) {
  const pick = (k) => stats(runs.map((r) => r[k]));
  const first = runs[0];
  const wasm = first.requests.find((r) => r.path.endsWith(".wasm"));
  return {
    ...extra,
    firstPaint: pick("firstPaint"),
    fcp: pick("fcp"),
    dcl: pick("dcl"),
    heading: pick("heading"),
    listInDom: pick("listInDom"),
    listPaint: pick("listPaint"),
    listResponseToDom: pick("listResponseToDom"),
    usableToDom: pick("usableToDom"),
    appStart: pick("appStart"),
    formOpen: pick("formOpen"),
    create: pick("create"),
    del: pick("del"),
    cls: pick("cls"),
    heapMiB: pick("heapMiB"),
    transferBytes: pick("transferBytes"),
    wasmMiB: first.wasmMiB,
    domNodes: first.domNodes,
    roundTripsBeforeList: Math.max(...runs.map((r) => r.roundTripsBeforeList ?? 99)),
    // The request waterfall of the first counted run, on the page's clock.
    waterfall: first.requests.map((r) => ({
      path: r.path + (new URL(r.url).search ? "?…" : ""),
      start: +r.start.toFixed(1),
      responseEnd: +r.end.toFixed(1),
      encoding: r.encoding ?? null,
      transferSize: r.transferSize,
      encodedBodySize: r.encodedBodySize,
      decodedBodySize: r.decodedBodySize,
      wireBytes: r.wireBytes ?? null,
    })),
    wasmWire: wasm
      ? {
          path: wasm.path,
          encoding: wasm.encoding ?? null,
          acceptEncoding: wasm.acceptEncoding ?? null,
          wireBytes: wasm.wireBytes ?? null,
          transferSize: wasm.transferSize,
          encodedBodySize: wasm.encodedBodySize,
          decodedBodySize: wasm.decodedBodySize,
        }
      : null,
  };
}

async function runProfile(browser, server, users, key) {
  const profile = PROFILES[key];
  const byKeys = {};
  for (const n of profile.sizes) {
    process.stderr.write(`${key}, ${n} keys: measuring`);
    const serverList = key === "loopback" ? await serverListTimes(server.base, users[n], RUNS) : null;
    const runs = [];
    for (let i = 0; i <= RUNS; i++) {
      const r = await pageRun(browser, server.base, users[n], n, i, profile);
      if (i > 0) runs.push(r); // the first run warms the server and the browser up
      process.stderr.write(".");
    }
    process.stderr.write("\n");
    byKeys[n] = summarize(runs, serverList ? { serverList: stats(serverList) } : {});
  }
  let render = null;
  if (key === "loopback" && existsSync(path.join(RENDER_DIST, "index.html"))) {
    process.stderr.write("loopback, render test");
    const times = [];
    for (let i = 0; i <= RUNS; i++) {
      const t = await renderRun(browser, 1000);
      if (i > 0) times.push(t);
      process.stderr.write(".");
    }
    process.stderr.write("\n");
    render = { rows: 1000, ...stats(times) };
  }
  return { describe: profile.describe, network: profile.network, cpuSlowdown: profile.cpu, context: profile.context, byKeys, render };
}

async function main() {
  const which = arg("profile", "both");
  const keys = which === "both" ? ["loopback", "mobile"] : [which];
  if (!keys.every((k) => PROFILES[k])) throw new Error(`--profile must be loopback, mobile or both, not ${which}`);
  if (!existsSync(path.join(DIST, "index.html"))) throw new Error(`${DIST} has no build: run scripts/build`);
  const bytes = measure(DIST);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const about = { machine: machine(), chromium: browser.version(), runs: RUNS };
  // Running one profile keeps the other's last figures (with their own date) in results.json.
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(RESULTS, "utf8")).profiles ?? {};
  } catch {}
  const results = { ...about, bytes, react: REACT, profiles: { ...previous } };
  try {
    const users = {};
    for (const n of [...new Set(keys.flatMap((k) => PROFILES[k].sizes))]) {
      process.stderr.write(`seeding a user with ${n} keys\n`);
      users[n] = await seedUser(server.base, n);
    }
    for (const k of keys) results.profiles[k] = { ...about, ...(await runProfile(browser, server, users, k)) };
  } finally {
    await browser.close();
    server.stop();
  }
  results.profiles = Object.fromEntries(["loopback", "mobile"].filter((k) => results.profiles[k]).map((k) => [k, results.profiles[k]]));
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + "\n");
  console.log(report(results, keys));
}

function machine() {
  return {
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}`,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

const about = (p) =>
  `Machine: ${p.machine.cpus}, ${p.machine.memoryGiB} GiB, Chromium ${p.chromium}, ${p.machine.date}; ${p.runs} runs per row after one warm-up; cold cache.`;

function report(r, measured) {
  const lines = [];
  lines.push(about(r));
  lines.push("");
  lines.push("| file | kind | raw KiB | gzip KiB | brotli KiB |");
  lines.push("|---|---|---:|---:|---:|");
  for (const f of r.bytes.rows) lines.push(`| ${f.file} | ${f.kind} | ${kib(f.raw)} | ${kib(f.gzip)} | ${kib(f.brotli)} |`);
  lines.push(`| **total** | | **${kib(r.bytes.total.raw)}** | **${kib(r.bytes.total.gzip)}** | **${kib(r.bytes.total.brotli)}** |`);
  lines.push(`| React original (no font / with font) | | | | ${r.react.bytes.total_brotli_kib} / ${r.react.bytes.total_with_font_kib} |`);
  if (r.profiles.loopback) lines.push("", ...loopbackReport(r.profiles.loopback, r.react.loopback, !measured.includes("loopback")));
  if (r.profiles.mobile) lines.push("", ...mobileReport(r.profiles.mobile, r.react.mobile, !measured.includes("mobile")));
  return lines.join("\n");
}

function loopbackReport(p, react, old) {
  const lines = [`#### Loopback: ${p.describe}`, ""];
  if (old) lines.push(`(Not measured in this run; the last figures: ${about(p)})`, "");
  lines.push("Times in ms, median (min–max), from navigation start or from the click; list response → list in DOM from the list answer's responseEnd:");
  lines.push("");
  lines.push(
    "| keys | server list | nav → first paint | nav → FCP | nav → list painted | React list | list response → list in DOM | answer and app there → list in DOM | click → create form open | submit → key shown | React | confirm delete → row gone | React | layout shift | JS heap MiB | wasm memory MiB | DOM nodes | API round trips before list |",
  );
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [n, k] of Object.entries(p.byKeys)) {
    lines.push(
      `| ${n} | ${fmt(k.serverList, 1)} | ${fmt(k.firstPaint)} | ${fmt(k.fcp)} | ${fmt(k.listPaint)} | ${or(react.listPaint[n])} | ${fmt(k.listResponseToDom)} | ${fmt(k.usableToDom)} | ${fmt(k.formOpen)} | ${fmt(k.create)} | ${or(react.create[n])} | ${fmt(k.del)} | ${or(react.del[n])} | ${k.cls ? k.cls.median.toFixed(3) : "–"} | ${k.heapMiB.median.toFixed(1)} | ${k.wasmMiB?.toFixed(1) ?? "–"} | ${k.domNodes} | ${k.roundTripsBeforeList} |`,
    );
  }
  if (p.render) {
    lines.push("");
    lines.push(`Render test (in-memory client, page size ${p.render.rows}): data → ${p.render.rows} rows painted ${fmt(p.render, 1)} ms.`);
  }
  const k10 = p.byKeys[10], k1000 = p.byKeys[1000];
  if (k10 && k1000) {
    lines.push("");
    lines.push(`1000-key user vs 10-key user, nav → list: +${(k1000.listPaint.median - k10.listPaint.median).toFixed(0)} ms (React: +${react.listPaint[1000] - react.listPaint[10]} ms).`);
  }
  return lines;
}

function mobileReport(p, react, old) {
  const lines = [`#### Mobile: ${p.describe}`, ""];
  if (old) lines.push(`(Not measured in this run; the last figures: ${about(p)})`, "");
  lines.push("Times in ms, median (min–max), from navigation start or from the click; list response → list in DOM from the list answer's responseEnd; bytes as transferred (headers included):");
  lines.push("");
  lines.push(
    "| keys | nav → first paint | nav → FCP | React | nav → DOMContentLoaded | React | nav → app starts | nav → list in DOM | React | list response → list in DOM | React | answer and app there → list in DOM | click → create form open | React | submit → key shown | React | confirm delete → row gone | React | layout shift | KiB transferred | API round trips before list |",
  );
  lines.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [n, k] of Object.entries(p.byKeys)) {
    lines.push(
      `| ${n} | ${fmt(k.firstPaint)} | ${fmt(k.fcp)} | ${or(react.fcp[n])} | ${fmt(k.dcl)} | ${or(react.dcl[n])} | ${fmt(k.appStart)} | ${fmt(k.listInDom)} | ${or(react.listInDom[n])} | ${fmt(k.listResponseToDom)} | ${or(react.listResponseToDom[n])} | ${fmt(k.usableToDom)} | ${fmt(k.formOpen)} | ${or(react.formOpen[n])} | ${fmt(k.create)} | ${or(react.create[n])} | ${fmt(k.del)} | ${or(react.del[n])} | ${k.cls ? k.cls.median.toFixed(3) : "–"} | ${k.transferBytes ? kib(k.transferBytes.median) : "–"} | ${k.roundTripsBeforeList} |`,
    );
  }
  const w = Object.values(p.byKeys).find((k) => k.wasmWire)?.wasmWire;
  if (w) {
    const br = w.encoding === "br";
    lines.push("");
    lines.push(
      `Wire check (wasm, first counted run): request Accept-Encoding \`${or(w.acceptEncoding)}\`, response Content-Encoding \`${or(w.encoding)}\`; ` +
        `${bytesFmt(w.wireBytes)} bytes transferred (headers included), encodedBodySize ${bytesFmt(w.encodedBodySize)}, decodedBodySize ${bytesFmt(w.decodedBodySize)}` +
        (br ? "." : ". **WARNING: the wasm did not travel brotli-compressed; the mobile figures are not like a real host's.**"),
    );
  }
  lines.push("");
  lines.push("Request waterfall of the first counted run (ms from navigation start; bytes transferred, headers included):");
  lines.push("");
  lines.push("| keys | request | start | responseEnd | encoding | bytes transferred |");
  lines.push("|---:|---|---:|---:|---|---:|");
  for (const [n, k] of Object.entries(p.byKeys)) {
    for (const q of k.waterfall) {
      lines.push(`| ${n} | ${q.path} | ${q.start.toFixed(0)} | ${q.responseEnd.toFixed(0)} | ${q.encoding ?? "–"} | ${bytesFmt(q.wireBytes ?? q.transferSize)} |`);
    }
  }
  return lines;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
