import { PROBLEM_CODES } from "./http";
import { openApiDocument } from "./openapi";

/**
 * `/api/docs`: a readable reference rendered on the server from the same OpenAPI document as
 * `/api/v1/openapi.json` (no script, no third-party assets), with an anchor per error code so
 * that a problem's `type` points at its explanation.
 */

type Schema = { $ref?: string; type?: string | string[]; format?: string; description?: string; enum?: unknown[]; items?: Schema; properties?: Record<string, Schema>; required?: string[]; anyOf?: Schema[]; minimum?: number; maximum?: number; default?: unknown; example?: unknown; pattern?: string };
type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Operation = { summary?: string; description?: string; operationId?: string; tags?: string[]; security?: unknown[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }> };

const esc = (text: unknown) => String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if (schema.$ref) {
    const name = schema.$ref.split("/").pop()!;
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" | ");
  if (schema.enum) return schema.enum.map((v) => `<code>${esc(v)}</code>`).join(" | ");
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  if (type === "array") return `${typeOf(schema.items)}[]`;
  const limits = [schema.format, schema.minimum !== undefined ? `≥ ${schema.minimum}` : "", schema.maximum !== undefined ? `≤ ${schema.maximum}` : ""].filter(Boolean).join(", ");
  return `${esc(type)}${limits ? ` <small>(${esc(limits)})</small>` : ""}`;
}

function fields(schema: Schema): string {
  const rows = Object.entries(schema.properties ?? {}).map(
    ([name, prop]) =>
      `<tr><th scope="row"><code>${esc(name)}</code>${schema.required?.includes(name) ? "" : " <small>optional</small>"}</th><td>${typeOf(prop)}</td><td>${esc(prop.description)}</td></tr>`,
  );
  return rows.length ? `<table><thead><tr><th scope="col">Field</th><th scope="col">Type</th><th scope="col">Meaning</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : "";
}

export function renderApiReference(): string {
  const doc = openApiDocument() as unknown as { info: { title: string; description: string; version: string }; paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const nav = operations.map(({ path, method, op }) => `<li><a href="#${esc(op.operationId)}"><code>${method.toUpperCase()} ${esc(path)}</code></a> — ${esc(op.summary)}</li>`).join("");
  const body = operations
    .map(({ path, method, op }) => {
      const params = (op.parameters ?? [])
        .map((p) => `<tr><th scope="row"><code>${esc(p.name)}</code></th><td>${esc(p.in)}${p.required ? ", required" : ""}</td><td>${typeOf(p.schema)}</td><td>${esc(p.description ?? p.schema?.description)}</td></tr>`)
        .join("");
      const request = op.requestBody ? Object.entries(op.requestBody.content).map(([type, c]) => `<p>Body (<code>${esc(type)}</code>): ${typeOf(c.schema)}</p>`).join("") : "";
      const responses = Object.entries(op.responses)
        .map(([status, r]) => `<li><strong>${esc(status)}</strong> ${esc(r.description)}${Object.entries(r.content ?? {}).map(([type, c]) => ` — <code>${esc(type)}</code> ${typeOf(c.schema)}`).join("")}</li>`)
        .join("");
      return `<section id="${esc(op.operationId)}"><h3><code>${method.toUpperCase()} ${esc(path)}</code></h3><p>${esc(op.description)}</p>${op.security ? "<p><strong>Needs a token</strong> (see Authentication).</p>" : ""}${params ? `<table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Meaning</th></tr></thead><tbody>${params}</tbody></table>` : ""}${request}<ul>${responses}</ul></section>`;
    })
    .join("");
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, schema]) => `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${schema.description ? `<p>${esc(schema.description)}</p>` : ""}${fields(schema)}</section>`)
    .join("");
  const errors = Object.entries(PROBLEM_CODES)
    .map(([code, title]) => `<li id="${esc(code)}"><code>${esc(code)}</code> — ${esc(title)}</li>`)
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(doc.info.title)} — reference</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1c1917}
h1,h2{line-height:1.2}h2{margin-top:2.5rem;border-bottom:1px solid #d6d3d1}section{margin:1.5rem 0}
table{border-collapse:collapse;width:100%;display:block;overflow-x:auto;margin:.5rem 0}th,td{border:1px solid #d6d3d1;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f5f5f4;padding:0 .2rem;border-radius:.2rem;overflow-wrap:anywhere}a{color:#9a3412}small{color:#57534e}
</style></head>
<body><header><h1>${esc(doc.info.title)} <small>v${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>The machine-readable contract: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a> (OpenAPI 3.1).</p></header>
<main>
<nav aria-labelledby="endpoints"><h2 id="endpoints">Endpoints</h2><ul>${nav}</ul></nav>
<h2>Authentication</h2><p>Reads are public: no token, CORS open, <code>ETag</code> and <code>If-None-Match</code> for cheap polling. Writes need an integration token made by an administrator of the portal, sent as <code>Authorization: Bearer …</code>; each token has scopes, an expiry and a rate limit.</p>
<h2>Errors</h2><p>Every error is an RFC 9457 problem document (<code>application/problem+json</code>) with <code>status</code>, a machine-readable <code>code</code>, a <code>detail</code> for people and, for a 400, <code>errors</code> naming each bad field.</p><ul>${errors}</ul>
<h2>Operations</h2>${body}
<h2>Schemas</h2>${schemas}
</main></body></html>`;
}
