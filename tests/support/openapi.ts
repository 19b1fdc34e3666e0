import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/lib/api/openapi";

/** A real response, as the API tests call the route handlers. */
export type Answer = { status: number; headers: Headers; text: string; body: unknown };

let ajv: Ajv2020 | undefined;

/**
 * Throws unless a real response matches the OpenAPI document's schema for that path, method,
 * status and content type (validated by Ajv, independently of the zod schemas it came from).
 */
export function conforms(path: string, method: "get" | "post", answer: Answer): void {
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(JSON.parse(JSON.stringify(openApiDocument())), "openapi.json");
  }
  const type = answer.headers.get("content-type")!.split(";")[0]!;
  const pointer = ["paths", path, method, "responses", String(answer.status), "content", type, "schema"].map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
  const validate = ajv.compile({ $ref: `openapi.json#/${pointer}` });
  if (!validate(answer.body)) throw new Error(`${method.toUpperCase()} ${path} ${answer.status}: ${ajv.errorsText(validate.errors)}`);
}
