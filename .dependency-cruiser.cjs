/**
 * Architecture rules checked by `npm run arch` (part of `npm test`); a violation fails the run.
 * See CONVENTIONS: routes are thin, lib holds the domain, pages read through lib/<domain>/queries.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make modules impossible to reason about (and to load in order).",
      from: {},
      to: { circular: true },
    },
    {
      name: "lib-is-not-ui",
      severity: "error",
      comment: "lib/ holds the domain: it never imports routes or components.",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
    {
      name: "ui-reads-through-queries",
      severity: "error",
      comment: "Pages and components never touch the database client: they call lib/<domain>/queries.ts.",
      from: { path: "^(app|components)/" },
      to: { path: ["^lib/db/", "^node_modules/(@prisma/client|@prisma/adapter-pg|pg)/"] },
    },
    {
      name: "product-code-is-not-tests",
      severity: "error",
      comment: "Only the seed shares the test factories.",
      from: { path: "^(app|components|lib)/" },
      to: { path: "^tests/" },
    },
    {
      name: "lib-is-not-scripts",
      severity: "error",
      from: { path: "^(app|components|lib)/" },
      to: { path: "^scripts/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^lib/db/generated/", "^\\.next/", "^node_modules/"] },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
