/** Cache tags of public data; mutations revalidate the tags they touch. */
export const CacheTag = {
  sessions: "sessions",
  products: "products",
  producers: "producers",
} as const;
