import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { listApiGroups } from "@/lib/api/queries";
import { NoQuerySchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, load: () => ({ data: listApiGroups() }) });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
