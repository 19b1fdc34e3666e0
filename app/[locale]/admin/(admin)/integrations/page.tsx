import Link from "next/link";
import { CreateTokenForm, RevokeTokenButton } from "@/components/admin/integration-forms";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { formatVnDateTime } from "@/lib/format";
import { localePath } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { listIntegrationTokens } from "@/lib/integrations/queries";

export const generateMetadata = privatePageMetadata((m) => m.staff.integrations.title);

export default async function Integrations({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeFromParams(params);
  const user = await requireRole(["ADMIN"], locale, localePath(locale, "/admin/integrations"));
  const t = getMessages(locale).staff;
  const tokens = await listIntegrationTokens(user);
  const when = (iso: string | null) => (iso ? formatVnDateTime(new Date(iso), locale) : t.integrations.never);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t.integrations.title}</h1>
      <p className="max-w-prose text-stone-700">
        {t.integrations.intro}{" "}
        <Link href="/api/docs" prefetch={false} className="font-medium text-brand-700 underline">
          {t.integrations.docs}
        </Link>
      </p>
      <CreateTokenForm t={t} />
      <h2 className="text-lg font-bold">{t.integrations.list}</h2>
      {tokens.length === 0 ? (
        <p className="text-stone-600">{t.integrations.empty}</p>
      ) : (
        <DataTable label={t.integrations.list} columns={[t.integrations.name, t.integrations.prefix, t.integrations.scopes, t.integrations.expires, t.integrations.lastUsed, t.integrations.createdBy, t.integrations.status, ""]}>
          {tokens.map((token) => (
            <tr key={token.id} className="border-t border-stone-200 align-top">
              <th scope="row" className="px-3 py-2 font-medium">
                {token.name}
              </th>
              <td className="px-3 py-2 font-mono text-xs">{token.prefix}…</td>
              <td className="px-3 py-2 font-mono text-xs">{token.scopes.join(", ")}</td>
              <td className="px-3 py-2">{when(token.expiresAt)}</td>
              <td className="px-3 py-2">{when(token.lastUsedAt)}</td>
              <td className="px-3 py-2">{token.createdBy}</td>
              <td className="px-3 py-2">{t.integrations[token.status]}</td>
              <td className="px-3 py-2">{token.status === "revoked" ? null : <RevokeTokenButton id={token.id} name={token.name} t={t} />}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
