import { corsPreflight, publicGet } from "@/lib/api/http";
import { getApiSession } from "@/lib/api/queries";
import { NoQuerySchema, SessionIdParamsSchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, params: SessionIdParamsSchema, load: (_query, { id }) => getApiSession(id) });
export const OPTIONS = () => corsPreflight("GET");
