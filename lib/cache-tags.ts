/** Cache tags of public data; mutations revalidate the tags they touch. */
export const CacheTag = {
  sessions: "sessions",
  products: "products",
  producers: "producers",
  /** Session results: reports and the producers' own figures. */
  results: "results",
} as const;
