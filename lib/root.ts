import path from "node:path";

/**
 * The folder the portal runs from: the project, or a release folder made by `npm run release`,
 * whose single-file server sets OCOP_RELEASE_ROOT to its own folder before anything else runs
 * (scripts/release.ts): bundled, every module's import.meta.dirname is that folder.
 */
export const PROJECT_ROOT = process.env.OCOP_RELEASE_ROOT || path.resolve(import.meta.dirname, "..");
