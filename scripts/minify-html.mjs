// Shrinks the built page (dist/index.html) without changing what it does: drops HTML comments,
// whole-line `//` comments in inline scripts, and indentation. index.html keeps its comments
// for readers; the browser needs none of them (about 0.7 KB brotli). Runs before the CSP hashes
// are taken: the reference server and scripts/csp.mjs hash the inline scripts of the built file.
//
// Safe for this page because its inline scripts have no line that starts with `//` inside a
// string, and it has no <pre> or <textarea> whose whitespace would matter.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2] ?? "dist/index.html";
const before = readFileSync(file, "utf8");
const after = before
  .replace(/<!--[\s\S]*?-->/g, "")
  .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script\s*>)/gi, (_, open, body, close) =>
    open +
    body
      .split("\n")
      .filter((line) => !/^\s*\/\//.test(line))
      .join("\n") +
    close,
  )
  .replace(/\n\s+/g, "\n")
  .replace(/\n{2,}/g, "\n");
if (/<(pre|textarea)\b/i.test(after)) throw new Error(`${file}: has <pre> or <textarea>; whitespace matters there`);
writeFileSync(file, after);
console.log(`${file}: ${before.length} → ${after.length} bytes`);
