// Runs the reference server in ../../ against this folder's packages (Better Auth 1.5):
//   cd server && node --import ./compat/better-auth-1.5/register.mjs index.mjs
import fs from "node:fs";
import { register } from "node:module";

if (!fs.existsSync(new URL("./node_modules/better-auth/package.json", import.meta.url))) {
  console.error("server/compat/better-auth-1.5 has no node_modules: run scripts/setup (or npm ci there).");
  process.exit(1);
}
register("../hooks.mjs", import.meta.url, { data: { variant: new URL("./package.json", import.meta.url).href } });
