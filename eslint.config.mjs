import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "off",
    },
  },
  {
    // Public pages are documents: their links are plain anchors (a full load of a prerendered,
    // proxy-cached page), so a phone neither downloads the client router's link code nor
    // prefetches every linked page's payload (issue "Light public pages";
    // docs/decisions/0019-light-public-pages.md). Signed-in areas keep next/link.
    files: [
      "app/[[]locale]/page.tsx",
      "app/[[]locale]/{schedule,sessions,products,producers,provinces,search,hat-giong-ocop,ocop-seeds}/**/*.tsx",
      "app/[[]locale]/{layout,error,not-found,forbidden}.tsx",
      "components/{layout,sessions,products,schedule}/**/*.tsx",
      "components/programme/cohort-page.tsx",
    ],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Public pages link with plain <a> (docs/decisions/0019-light-public-pages.md)." }] }],
    },
  },
  globalIgnores([".next/**", ".data/**", "node_modules/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);
