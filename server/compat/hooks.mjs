// Module-resolution hook for the compat variants (see ../README.md): the shared server code in
// ../ imports Better Auth and better-sqlite3 by bare name; this resolves those names from the
// variant's own node_modules instead of ../node_modules. Registered by <variant>/register.mjs.
const SWAPPED = /^(better-auth|better-sqlite3|@better-auth\/[^/]+)(\/|$)/;
let variantURL;

export function initialize({ variant }) {
  variantURL = variant;
}

export async function resolve(specifier, context, next) {
  // Only the server's own imports: inside node_modules, packages already resolve from
  // wherever they were loaded from, which is the variant's tree once the first import is.
  if (SWAPPED.test(specifier) && !context.parentURL?.includes("/node_modules/")) {
    return next(specifier, { ...context, parentURL: variantURL });
  }
  return next(specifier, context);
}
