"use client";

import { ActionForm, FormField, SubmitButton, useFormField } from "@/components/ui/action-form";
import { saveSessionAction } from "@/lib/planning/actions";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type Option = { value: string; label: string };

function ProudCheckbox({ label, checked }: { label: string; checked: boolean }) {
  const { kept, version } = useFormField("themeProudVietnamese");
  return (
    <label className="flex items-center gap-2 text-sm">
      <input key={version} type="checkbox" name="themeProudVietnamese" defaultChecked={kept !== undefined ? kept === "on" : checked} className="h-5 w-5" />
      {label}
    </label>
  );
}

/** Create or edit a session; a clash with another session names it next to the host or channel. */
export function SessionForm({
  locale,
  values,
  hosts,
  channels,
  provinces,
  groups,
  t,
  common,
  errors,
}: {
  locale: Locale;
  values: Record<string, string>;
  hosts: Option[];
  channels: Option[];
  provinces: Option[];
  groups: Option[];
  t: Messages["staff"]["sessions"];
  common: Messages["staff"]["common"];
  errors: Record<string, string>;
}) {
  const f = t.form;
  const none = { value: "", label: f.none };
  const choose = { value: "", label: f.choose };
  return (
    <ActionForm action={saveSessionAction} errors={errors} success={common.saved} notes={{ ordersReattributed: t.ordersReattributed }} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4" label={values.sessionId ? t.editTitle : t.newTitle}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sessionId" value={values.sessionId ?? ""} />
      {values.version !== undefined && <input type="hidden" name="version" value={values.version} />}
      <FormField name="title" label={f.title} defaultValue={values.title} required />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField name="date" label={f.date} type="date" defaultValue={values.date} required />
        <FormField name="start" label={f.start} type="time" defaultValue={values.start} hint={f.timesHint} required />
        <FormField name="end" label={f.end} type="time" defaultValue={values.end} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="hostId" label={f.host} options={[choose, ...hosts]} defaultValue={values.hostId} required />
        <FormField name="channelId" label={f.channel} options={[choose, ...channels]} defaultValue={values.channelId} required />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField name="themeProvinceId" label={f.themeProvince} options={[none, ...provinces]} defaultValue={values.themeProvinceId} />
        <FormField name="themeGroupId" label={f.themeGroup} options={[none, ...groups]} defaultValue={values.themeGroupId} />
        <FormField name="themeDestination" label={f.themeDestination} defaultValue={values.themeDestination} />
      </div>
      <ProudCheckbox label={f.proud} checked={values.themeProudVietnamese === "on"} />
      <FormField name="liveUrl" label={f.liveUrl} type="url" defaultValue={values.liveUrl} />
      <SubmitButton pendingLabel={common.saving}>{common.save}</SubmitButton>
    </ActionForm>
  );
}
