import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { comingSessionId, expect, test, withE2eDb } from "./fixtures";

/**
 * React renders a form whose action is a server action with `action=""` (it posts to the page's
 * own address, which is what an absent action does). The checker calls that an error; it is the
 * framework's markup, the same on every such form, and the only message let through.
 */
const REACT_SERVER_ACTION_FORM = /^Bad value “” for attribute “action” on element “form”: Must be non-empty\.$/;

test("the W3C HTML checker (vnu) finds no errors on the public pages", async ({ page }) => {
  test.setTimeout(180_000);
  const session = await comingSessionId("next");
  const { producer, product } = await withE2eDb(async (db) => ({
    producer: (await db.producer.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, select: { slug: true } })).slug,
    product: (await db.product.findFirstOrThrow({ where: { reviewStatus: "APPROVED" }, select: { slug: true } })).slug,
  }));
  const urls = ["/", "/en", "/schedule", `/sessions/${session}`, `/producers/${producer}`, `/products/${product}`, "/provinces/ha-noi", "/search?q=mat+ong", "/products?stars=4&page=2", "/sign-in", "/register", "/hat-giong-ocop", "/khong-co-trang-nay"];
  const dir = await mkdtemp(path.join(tmpdir(), "vnu-"));
  try {
    // A canary with a known error: proof that the checker ran and reports (it is left out below).
    const canary = path.join(dir, "canary.html");
    await writeFile(canary, '<!doctype html><html lang="vi"><title>x</title><p id="a"></p><p id="a"></p>');
    const files: string[] = [];
    for (const [i, url] of urls.entries()) {
      const response = await page.request.get(url, { maxRedirects: 5 });
      const file = path.join(dir, `${i}.html`);
      await writeFile(file, await response.text());
      files.push(file);
    }
    const jar = createRequire(import.meta.url).resolve("vnu-jar/build/dist/vnu.jar");
    // Exit status 1 means "errors found": the JSON on stderr says which.
    const run = await promisify(execFile)("java", ["-jar", jar, "--errors-only", "--format", "json", canary, ...files], { maxBuffer: 64 * 1024 * 1024 }).catch((e: { stderr?: string; code?: number }) => {
      if (e.code !== 1 || !e.stderr) throw e;
      return { stderr: e.stderr };
    });
    const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; message: string; extract?: string }[] };
    expect(messages.filter((m) => m.url.endsWith("canary.html")).map((m) => m.message)).toEqual(["Duplicate ID “a”."]);
    const errors = messages
      .filter((m) => !m.url.endsWith("canary.html") && m.type === "error" && !REACT_SERVER_ACTION_FORM.test(m.message))
      .map((m) => `${urls[Number(path.basename(m.url).split(".")[0]!.replace(/\D/g, ""))]}: ${m.message} ${m.extract?.slice(0, 80) ?? ""}`);
    expect(errors).toEqual([]);
    expect(files).toHaveLength(urls.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
