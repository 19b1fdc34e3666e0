import { permanentRedirect } from "next/navigation";
import { CohortPage, cohortMetadata } from "@/components/programme/cohort-page";
import { COHORT_PATHS } from "@/lib/programme/rules";
import { localePath } from "@/lib/i18n/locales";
import { localeFromParams } from "@/lib/i18n/server";

export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  return cohortMetadata(await localeFromParams(params));
}

/** The cohort page in English; in Vietnamese it is /hat-giong-ocop. */
export default async function OcopSeeds({ params }: Props) {
  const locale = await localeFromParams(params);
  if (locale !== "en") permanentRedirect(localePath(locale, COHORT_PATHS[locale]));
  return <CohortPage locale={locale} />;
}
