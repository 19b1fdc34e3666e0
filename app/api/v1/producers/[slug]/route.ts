import { corsPreflight, publicGet } from "@/lib/api/http";
import { getApiProducer } from "@/lib/api/queries";
import { NoQuerySchema, SlugParamsSchema } from "@/lib/api/schema";

export const GET = publicGet({ query: NoQuerySchema, params: SlugParamsSchema, load: (_query, { slug }) => getApiProducer(slug) });
export const OPTIONS = () => corsPreflight("GET");
