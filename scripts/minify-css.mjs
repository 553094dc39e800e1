// Writes a compact copy of a stylesheet (comments and spare white space removed), for trunk to
// inline into index.html: the readable source stays in assets/. A trunk pre_build hook.
//   node scripts/minify-css.mjs assets/ba.css target/css/ba.css
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const [from, to] = process.argv.slice(2);
const css = readFileSync(from, "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, "")
  .replace(/\s+/g, " ")
  // Around these characters a space never matters in CSS ("a > b" is "a>b"), except inside
  // strings, which this stylesheet does not use next to them.
  .replace(/\s*([{};,>])\s*/g, "$1")
  .replace(/:\s+/g, ":")
  .replace(/;}/g, "}")
  .trim();
mkdirSync(path.dirname(to), { recursive: true });
writeFileSync(to, css + "\n");
