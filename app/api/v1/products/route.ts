import { corsPreflight, methodNotAllowed, publicGet } from "@/lib/api/http";
import { listApiProducts } from "@/lib/api/queries";
import { ProductsQuerySchema } from "@/lib/api/schema";

export const GET = publicGet({ query: ProductsQuerySchema, load: (query) => listApiProducts(query) });
export const OPTIONS = () => corsPreflight("GET");
export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
