import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { NoQuerySchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, load: () => openApiDocument() });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
