import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { getApiProduct } from "@/lib/api/queries";
import { NoQuerySchema, SlugParamsSchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, params: SlugParamsSchema, load: (_query, { slug }) => getApiProduct(slug) });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
