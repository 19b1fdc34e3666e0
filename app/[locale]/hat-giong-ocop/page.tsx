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

/** The cohort page in Vietnamese; in English it is /en/ocop-seeds. */
export default async function HatGiongOcop({ params }: Props) {
  const locale = await localeFromParams(params);
  if (locale !== "vi") permanentRedirect(localePath(locale, COHORT_PATHS[locale]));
  return <CohortPage locale={locale} />;
}
