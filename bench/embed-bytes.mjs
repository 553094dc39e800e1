// What the cards cost a host app: the README's embedding example (examples/embed) built as an
// embedder builds it (its own crate and workspace, stable Rust, the README's release profile,
// `trunk build --release`, wasm-opt -Oz) with the library's features chosen in its Cargo.toml,
// next to the same host app without the library. Prints brotli -11 bytes (as bench/sizes.mjs
// measures them) per file kind. Run through bench/embed-bytes, which puts the tools on PATH.
//   node bench/embed-bytes.mjs [variant…]   (default: all; names below)
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, kib } from "./sizes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const example = path.join(root, "examples/embed");
const work = path.join(root, "target/embed-bytes");
const features = Object.fromEntries(
  readFileSync(path.join(root, "Cargo.toml"), "utf8")
    .match(/\n\[features\]\n([\s\S]*?)\n\[/)[1]
    .split("\n")
    .filter((l) => /^[a-z]/.test(l))
    .map((l) => l.split("=").map((s) => s.trim())),
);

// The dependency line of each variant, as an embedder would write it.
const lib = `path = ${JSON.stringify(root)}`;
const VARIANTS = {
  host: { about: "the host app alone (no library), for comparison", dep: null },
  default: { about: `default features (${features.default})`, dep: `{ ${lib} }` },
  styles: { about: "default-features = false, features = [\"styles\"]", dep: `{ ${lib}, default-features = false, features = ["styles"] }` },
  none: {
    about: "default-features = false (the page links assets/ba.css, counted as CSS)",
    dep: `{ ${lib}, default-features = false }`,
    linkCss: true,
  },
};

// The README's release profile ("Embedding in your own Yew app").
const PROFILE = `
[profile.release]
opt-level = "z"
lto = true
codegen-units = 1
panic = "abort"

# Its own workspace (not the library's).
[workspace]
`;

// The host app without the cards: examples/embed/src/main.rs with the settings page's cards and
// sign-in form replaced by a paragraph, and no library.
function hostOnly(source) {
  const start = source.indexOf("/// The page with the cards.");
  const end = source.indexOf("/// The host's landing page");
  if (start < 0 || end < 0) throw new Error("examples/embed/src/main.rs changed: update bench/embed-bytes.mjs");
  return (
    source.slice(0, start).replace(/^use better_auth_ui::.*\n/gm, "").replace("use web_sys::{HtmlDialogElement, HtmlInputElement};", "use web_sys::HtmlDialogElement;") +
    `#[component]
fn ApiKeySettings() -> Html {
    html! { <><h2>{ "Developer settings" }</h2><p>{ "No cards here." }</p></> }
}

` +
    source.slice(end)
  );
}

function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed: ${r.status}`);
}

function build(name) {
  const v = VARIANTS[name];
  const dir = path.join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of ["index.html", "host.css", "Trunk.toml", "src"]) cpSync(path.join(example, f), path.join(dir, f), { recursive: true });
  // The library's lock file: the same versions of everything (cargo drops what is not used).
  cpSync(path.join(root, "Cargo.lock"), path.join(dir, "Cargo.lock"));
  let manifest = readFileSync(path.join(example, "Cargo.toml"), "utf8");
  if (v.dep) manifest = manifest.replace(/^better-auth-ui = .*$/m, `better-auth-ui = ${v.dep}`);
  else manifest = manifest.replace(/^better-auth-ui = .*\n/m, "").replace(/^wasm-bindgen-futures = .*\n/m, "");
  writeFileSync(path.join(dir, "Cargo.toml"), manifest + PROFILE);
  if (!v.dep) {
    const main = path.join(dir, "src/main.rs");
    writeFileSync(main, hostOnly(readFileSync(main, "utf8")));
  }
  if (v.linkCss) {
    run(process.execPath, [path.join(root, "scripts/minify-css.mjs"), path.join(root, "assets/ba.css"), path.join(dir, "ba.css")], dir);
    const index = path.join(dir, "index.html");
    writeFileSync(index, readFileSync(index, "utf8").replace("</head>", `  <link data-trunk rel="css" href="ba.css" />\n  </head>`));
  }
  console.log(`\n==> ${name}: ${v.about}`);
  // One target folder for all variants: shared dependencies compile once per feature set.
  run("trunk", ["build", "--release", "--offline"], dir, { CARGO_TARGET_DIR: path.join(work, "target") });
  const { rows } = measure(path.join(dir, "dist"));
  const sum = (pred) => rows.filter(pred).reduce((s, r) => s + r.brotli, 0);
  return {
    name,
    about: v.about,
    wasm: sum((r) => r.kind === "wasm"),
    js: sum((r) => r.kind === "JS"),
    html: sum((r) => r.kind === "HTML"),
    libCss: sum((r) => r.kind === "CSS" && r.file.startsWith("ba-")),
    hostCss: sum((r) => r.kind === "CSS" && r.file.startsWith("host-")),
  };
}

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(VARIANTS);
for (const n of names) if (!VARIANTS[n]) throw new Error(`unknown variant ${n}: ${Object.keys(VARIANTS).join(", ")}`);
const results = names.map(build);
const host = results.find((r) => r.name === "host");
const total = (r) => r.wasm + r.js + r.html + r.libCss;
console.log("\nbrotli -11 bytes (KiB); total = wasm + JS + HTML + the library's CSS (the host's own CSS apart)\n");
console.log("| build | wasm | JS | HTML | library CSS | total | the cards' share |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const r of results) {
  const share = host && r !== host ? `${total(r) - total(host)} (${kib(total(r) - total(host))})` : "";
  console.log(
    `| ${r.name}: ${r.about} | ${r.wasm} | ${r.js} | ${r.html} | ${r.libCss || ""} | ${total(r)} (${kib(total(r))}) | ${share} |`,
  );
}
if (host) console.log(`\nThe host's own stylesheet: ${host.hostCss} bytes in every build (not counted).`);
