import { notFound } from "next/navigation";

/** Unknown paths render the localised not-found page inside the site layout. */
export default function Missing() {
  notFound();
}
