import { corsPreflight, publicGet } from "@/lib/api/http";
import { listApiSessions } from "@/lib/api/queries";
import { SessionsQuerySchema } from "@/lib/api/schema";

export const GET = publicGet({ query: SessionsQuerySchema, load: (query) => listApiSessions(query) });
export const OPTIONS = () => corsPreflight("GET");
