// Prints the Content-Security-Policy for a built index.html: its inline scripts (the page's
// early requests and trunk's loader) by sha256, nothing inline allowed otherwise. For your own
// web server's configuration; the reference server sends the same (server/static.mjs).
//   node scripts/csp.mjs dist/index.html [connect-src origin…]
import { readFileSync } from "node:fs";
import { contentSecurityPolicy } from "../server/static.mjs";

const [file = "dist/index.html", ...connect] = process.argv.slice(2);
console.log(contentSecurityPolicy(readFileSync(file, "utf8"), connect));
