// Writes .br and .gz next to each text and wasm asset (subfolders included, e.g. locales/), so a
// static server can send them as is.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

function compress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) {
      compress(file);
      continue;
    }
    if (!/\.(wasm|js|css|html|svg|json)$/.test(entry.name)) continue;
    const data = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
  }
}
compress(process.argv[2] ?? "dist");
