// Bytes of the built app: raw, gzip -9 and brotli -11 per file, and totals. Shared by the
// benchmark (bench.mjs) and the budget check (budget.mjs).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

/** What the security page loads from dist/: the page, the loader, the wasm, the icon. */
export function pageFiles(dist) {
  return readdirSync(dist)
    .filter((f) => /\.(html|js|wasm|css|svg|woff2?)$/.test(f))
    .filter((f) => statSync(path.join(dist, f)).isFile());
}

export function kind(file) {
  const ext = path.extname(file).slice(1);
  return { js: "JS", wasm: "wasm", html: "HTML", css: "CSS", svg: "icon", woff: "font", woff2: "font" }[ext] ?? ext;
}

export function measure(dist, files = pageFiles(dist)) {
  const rows = files.map((file) => {
    const data = readFileSync(path.join(dist, file));
    return {
      file,
      kind: kind(file),
      raw: data.length,
      gzip: gzipSync(data, { level: 9 }).length,
      brotli: brotliCompressSync(data, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
      }).length,
    };
  });
  const total = rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { rows, total };
}

export const kib = (n) => (n / 1024).toFixed(1);
