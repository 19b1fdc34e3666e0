"use client";

import { StatusPage } from "@/components/layout/status-page";

export default function NotFound() {
  return <StatusPage code={404} pick={(t) => t.notFound} />;
}
