// Fails (exit 1) when the built app is heavier than bench/budgets allows. Run by scripts/test
// after the release build; time figures are reported by bench/run, never asserted.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, kib } from "./sizes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, process.argv[2] ?? "../dist");
const budgets = Object.fromEntries(
  readFileSync(path.join(here, "budgets"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((l) => l.split(/\s+/))
    .map(([k, v]) => [k, Number(v)]),
);
const { rows, total } = measure(dist);
const byKind = (k) => rows.filter((r) => r.kind === k).reduce((s, r) => s + r.brotli, 0);
const actual = { total_brotli: total.brotli, wasm_brotli: byKind("wasm"), js_brotli: byKind("JS") };
let failed = false;
for (const [name, limit] of Object.entries(budgets)) {
  const value = actual[name];
  if (value === undefined) {
    console.error(`budget ${name}: unknown measure`);
    failed = true;
    continue;
  }
  const ok = value <= limit;
  failed ||= !ok;
  console.log(`${ok ? "ok  " : "OVER"} ${name}: ${value} bytes (${kib(value)} KiB) of ${limit} (${((100 * value) / limit).toFixed(0)} %)`);
}
if (failed) {
  console.error("The build is over its byte budget (bench/budgets).");
  process.exit(1);
}
