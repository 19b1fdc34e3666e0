import "server-only";
import type { CurrentUser } from "@/lib/auth/users";
import { formatLocalDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { PROVINCES } from "@/lib/provinces/data";
import { listChannels, listHosts } from "@/lib/reference/queries";
import type { ReportFilters } from "./filters";

/**
 * What a report was filtered by, in words, every filter named (a report of one province must not
 * read as a national one on paper or in a spreadsheet): the print view and the CSV export state it.
 */
export async function describeReportFilters(user: CurrentUser | null, f: ReportFilters, locale: Locale): Promise<{ label: string; value: string }[]> {
  const all = getMessages(locale);
  const t = all.staff.reports;
  const everything = all.staff.common.all;
  const [hosts, channels] = await Promise.all([f.host ? listHosts(user) : [], f.channel ? listChannels(user) : []]);
  return [
    { label: t.from, value: formatLocalDate(f.from, locale) },
    { label: t.to, value: formatLocalDate(f.to, locale) },
    { label: t.province, value: PROVINCES.find((p) => p.id === f.province)?.name ?? everything },
    { label: t.group, value: f.group ? all.groups[f.group as keyof typeof all.groups] : everything },
    { label: t.host, value: hosts.find((h) => h.id === f.host)?.name ?? everything },
    { label: t.channel, value: channels.find((c) => c.id === f.channel)?.name ?? everything },
    { label: t.period, value: t.periods[f.period] },
    { label: t.measure, value: t.measures[f.measure] },
  ];
}
