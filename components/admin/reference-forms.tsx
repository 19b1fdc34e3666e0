"use client";

import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { saveChannelAction, saveHostAction, setReferenceActiveAction } from "@/lib/reference/actions";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["staff"];

export function HostForm({ values, t, title }: { values: Record<string, string>; t: T; title: string }) {
  return (
    <ActionForm action={saveHostAction} errors={t.errors} success={t.common.saved} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" label={title}>
      <h2 className="text-lg font-bold">{title}</h2>
      <input type="hidden" name="hostId" value={values.id ?? ""} />
      <FormField name="name" label={t.common.name} defaultValue={values.name} required />
      <FormField name="tiktokHandle" label={t.common.tiktokHandle} defaultValue={values.tiktokHandle} required />
      <FormField name="mcn" label={t.hosts.mcn} defaultValue={values.mcn} />
      <SubmitButton pendingLabel={t.common.saving}>{t.common.save}</SubmitButton>
    </ActionForm>
  );
}

export function ChannelForm({ values, t, title }: { values: Record<string, string>; t: T; title: string }) {
  return (
    <ActionForm action={saveChannelAction} errors={t.errors} success={t.common.saved} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" label={title}>
      <h2 className="text-lg font-bold">{title}</h2>
      <input type="hidden" name="channelId" value={values.id ?? ""} />
      <FormField name="name" label={t.common.name} defaultValue={values.name} required />
      <FormField name="tiktokHandle" label={t.common.tiktokHandle} defaultValue={values.tiktokHandle} required />
      <FormField name="url" label={t.channels.url} type="url" defaultValue={values.url} required />
      <SubmitButton pendingLabel={t.common.saving}>{t.common.save}</SubmitButton>
    </ActionForm>
  );
}

export function ActiveToggle({ kind, id, active, name, t }: { kind: "host" | "channel"; id: string; active: boolean; name: string; t: T }) {
  return (
    <ActionForm action={setReferenceActiveAction} errors={t.errors} summary className="inline-block" label={`${active ? t.common.deactivate : t.common.activate} ${name}`}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton tone={active ? "danger" : "secondary"}>
        {active ? t.common.deactivate : t.common.activate}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </ActionForm>
  );
}
