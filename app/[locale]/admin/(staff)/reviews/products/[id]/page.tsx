import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/admin/decision-form";
import { Facts, LatestDecisionNotice, ReviewHistory, ScanPreview } from "@/components/admin/review-history";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { requireRole } from "@/lib/auth/guards";
import { STAFF_ROLES } from "@/lib/auth/policy";
import { formatDateLike, formatLocalDate, formatVnd } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { fill, getMessages } from "@/lib/i18n/messages";
import { localeFromParams, privatePageMetadata } from "@/lib/i18n/server";
import { getProductReview } from "@/lib/reviews/queries";

import { ComplaintSection } from "@/components/programme/sections";
import { getProductPackaging, listProductComplaints, listProductSessions } from "@/lib/programme/queries";
export const generateMetadata = privatePageMetadata((m) => m.staff.reviews.title);

const show = (v: unknown, locale: Locale) => (v === null || v === undefined || v === "" ? "—" : typeof v === "boolean" ? (v ? "✓" : "✗") : formatDateLike(String(v), locale));

export default async function ProductReview({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await localeFromParams(params);
  const { id } = await params;
  const user = await requireRole(STAFF_ROLES, locale, localePath(locale, `/admin/reviews/products/${id}`));
  const [product, complaints, sessions, packaging] = await Promise.all([
    getProductReview(user, id),
    listProductComplaints(user, id),
    listProductSessions(user, id),
    getProductPackaging(user, id),
  ]);
  if (!product) notFound();
  const t = getMessages(locale);
  const r = t.staff.reviews;
  const proposed = product.revision?.data as Record<string, unknown> | undefined;
  const proposedCert = (proposed?.certificate ?? {}) as Record<string, unknown>;
  const current = product.certificates[0];
  const diffRows: [string, unknown, unknown][] = proposed
    ? [
        [r.name, product.name, proposed.name],
        [r.group, product.group.id, proposed.groupId],
        [r.price, product.priceVnd, proposed.priceVnd],
        [r.unit, product.unit, proposed.unit],
        [r.weight, product.weightGrams, proposed.weightGrams],
        [r.shelfLife, product.shelfLifeDays, proposed.shelfLifeDays],
        [r.fragile, product.fragile, proposed.fragile],
        [r.packaging, product.packagingNotes, proposed.packagingNotes],
        [r.description, product.description, proposed.description],
        [r.stars, current?.stars, proposedCert.stars],
        [r.decisionNumber, current?.decisionNumber, proposedCert.decisionNumber],
        [r.decisionDate, current?.decisionDate, String(proposedCert.decisionDate ?? "").slice(0, 10)],
      ]
    : [];
  const newPhotos = (proposed?.newPhotos ?? []) as { url: string }[];
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm">
          <Link href={localePath(locale, "/admin/reviews?queue=products")} className="underline">{r.title}</Link>
        </p>
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <Badge tone={product.reviewStatus === "APPROVED" ? "green" : product.reviewStatus === "REJECTED" ? "red" : "amber"}>{t.review[product.reviewStatus]}</Badge>
          <span>
            {product.producer.name} · {product.producer.province.name} ({t.review[product.producer.reviewStatus]})
          </span>
          <Link href={localePath(locale, `/admin/reviews/shops/${product.producer.id}`)} className="underline">{r.producer}</Link>
          <Link href={`${localePath(locale, "/admin/audit")}?entityType=Product&entityId=${product.id}`} className="underline">{t.staff.common.history}</Link>
        </p>
      </header>

      {product.revision && (
        <section aria-labelledby="revision" className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="revision" className="text-lg font-bold">{r.revision}</h2>
          <p className="text-sm">{r.revisionIntro}</p>
          <DataTable label={r.revision} columns={[r.field, r.current, r.proposed]}>
            {diffRows.map(([label, before, after]) => (
              <tr key={label} className={`border-t border-stone-100 ${show(before, locale) !== show(after, locale) ? "bg-amber-100 font-semibold" : ""}`}>
                <th scope="row" className="px-3 py-2 font-medium">{label}</th>
                <td className="px-3 py-2">{show(before, locale)}</td>
                <td className="px-3 py-2">{show(after, locale)}</td>
              </tr>
            ))}
          </DataTable>
          {newPhotos.length > 0 && (
            <div>
              <h3 className="font-semibold">{r.newPhotos}</h3>
              <ul className="mt-2 flex flex-wrap gap-2">
                {newPhotos.map((p) => (
                  <li key={p.url}>
                    {/* eslint-disable-next-line @next/next/no-img-element */}
                    <img src={p.url} alt={`${r.newPhotos}: ${show(proposed?.name, locale)}`} width={120} height={120} className="h-28 w-28 rounded object-cover" />
                  </li>
                ))}
              </ul>
            </div>
          )}
          {typeof proposedCert.scanUrl === "string" && <ScanPreview url={proposedCert.scanUrl} label={r.scanProposed} openLabel={r.scanOpen} />}
          <DecisionForm target="PRODUCT_REVISION" id={product.revision.id} version={product.revision.version} t={r} errors={t.staff.errors} />
        </section>
      )}

      <section aria-labelledby="details" className="space-y-3">
        <h2 id="details" className="text-lg font-bold">{r.details}</h2>
        <Facts
          items={[
            [r.group, locale === "vi" ? product.group.nameVi : product.group.nameEn],
            [r.price, `${formatVnd(product.priceVnd, locale)} / ${product.unit}`],
            [r.weight, show(product.weightGrams, locale)],
            [r.shelfLife, show(product.shelfLifeDays, locale)],
            [r.fragile, product.fragile ? t.staff.common.yes : t.staff.common.no],
            [r.packaging, show(product.packagingNotes, locale)],
            [r.description, show(product.description, locale)],
          ]}
        />
        <h3 className="font-semibold">{r.photos}</h3>
        <ul className="flex flex-wrap gap-2">
          {product.images.map((img) => (
            <li key={img.id}>
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={img.url} alt={img.alt} width={160} height={160} className="h-36 w-36 rounded object-cover" />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="certs" className="space-y-3">
        <h2 id="certs" className="text-lg font-bold">{r.certificates}</h2>
        <DataTable label={r.certificates} columns={[r.stars, r.decisionNumber, r.issuingLevel, r.decisionDate, r.expiresOn, r.scan]}>
          {product.certificates.map((c) => (
            <tr key={c.id} className="border-t border-stone-100">
              <td className="px-3 py-2">{c.stars}★</td>
              <td className="px-3 py-2">{c.decisionNumber}</td>
              <td className="px-3 py-2">{t.productPage.levels[c.issuingLevel]}</td>
              <td className="px-3 py-2">{formatLocalDate(c.decisionDate, locale)}</td>
              <td className="px-3 py-2">
                {formatLocalDate(c.expiresOn, locale)} {c.expired ? <Badge tone="red">{r.expired}</Badge> : c.expiringSoon ? <Badge tone="amber">{r.expiringSoon}</Badge> : null}
              </td>
              <td className="px-3 py-2">{c.scanUrl ? <a href={c.scanUrl} className="underline">{r.scan}</a> : r.noScan}</td>
            </tr>
          ))}
        </DataTable>
        {current?.scanUrl && <ScanPreview url={current.scanUrl} label={fill(r.scanPreview, { stars: current.stars, number: current.decisionNumber })} openLabel={r.scanOpen} />}
      </section>

      {/* The decision after the evidence: the product's facts, photos and certificates above. */}
      {product.reviewStatus === "SUBMITTED" ? (
        <DecisionForm target="PRODUCT" id={product.id} version={product.version} t={r} errors={t.staff.errors} />
      ) : (
        <LatestDecisionNotice latest={product.latest} locale={locale} t={r} />
      )}

      {packaging?.fragile && (
        <p className="text-sm">
          {t.programme.packaging.title}: <Badge tone={packaging.packagingStatus === "APPROVED" ? "green" : "amber"}>{t.programme.packaging.statuses[packaging.packagingStatus]}</Badge>
        </p>
      )}
      <ComplaintSection productId={product.id} sessions={sessions} complaints={complaints ?? []} locale={locale} t={t.programme} />

      <ReviewHistory locale={locale} history={product.history} sessions={product.sessions} t={r} />
    </div>
  );
}
