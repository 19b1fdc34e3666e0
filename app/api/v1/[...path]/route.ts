import { unknownEndpoint } from "@/lib/api/http";

export const { GET, POST, PUT, PATCH, DELETE } = unknownEndpoint();
