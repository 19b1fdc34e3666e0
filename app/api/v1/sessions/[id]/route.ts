import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { getApiSession } from "@/lib/api/queries";
import { NoQuerySchema, SessionIdParamsSchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, params: SessionIdParamsSchema, load: (_query, { id }) => getApiSession(id) });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
