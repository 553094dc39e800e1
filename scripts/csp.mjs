// Prints the Content-Security-Policy for a built index.html: its inline scripts (the page's
// early requests and trunk's loader) by sha256, nothing inline allowed otherwise. For your own
// web server's configuration (the reference server computes the same at start).
//   node scripts/csp.mjs dist/index.html [connect-src origin…]
import crypto from "node:crypto";
import { readFileSync } from "node:fs";

const [file = "dist/index.html", ...connect] = process.argv.slice(2);
const hashes = [...readFileSync(file, "utf8").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
  .filter((m) => !/\bsrc\s*=/i.test(m[1]))
  .map((m) => `'sha256-${crypto.createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
console.log(
  [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes].join(" "),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(" "),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
);
