import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { listApiProducers } from "@/lib/api/queries";
import { ProducersQuerySchema } from "@/lib/api/schema";

export const GET = publicGet({ query: ProducersQuerySchema, load: (query) => listApiProducers(query) });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
