"use client";

import { ActionForm, FormField, SubmitButton } from "@/components/ui/action-form";
import { changeRoleAction, createResetLinkAction, createStaffUserAction, setUserStatusAction } from "@/lib/users/actions";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";

type T = Messages["staff"];

export function CreateUserForm({ locale, t }: { locale: Locale; t: T }) {
  return (
    <ActionForm action={createStaffUserAction} errors={t.errors} success={t.users.created} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4" label={t.users.create}>
      <h2 className="text-lg font-bold">{t.users.create}</h2>
      <input type="hidden" name="locale" value={locale} />
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField name="name" label={t.common.name} required autoComplete="off" />
        <FormField name="email" label={t.reviews.email} type="email" required autoComplete="off" />
        <FormField
          name="role"
          label={t.users.role}
          defaultValue="STAFF"
          options={[
            { value: "STAFF", label: t.users.roles.STAFF },
            { value: "ADMIN", label: t.users.roles.ADMIN },
          ]}
        />
      </div>
      <SubmitButton pendingLabel={t.common.saving}>{t.users.create}</SubmitButton>
    </ActionForm>
  );
}

/** Role, status and reset link for one account. */
export function UserRowActions({ locale, user, t }: { locale: Locale; user: { id: string; name: string; role: string; status: string }; t: T }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      {user.role !== "PRODUCER" && (
        <ActionForm action={changeRoleAction} errors={t.errors} summary className="inline-block" label={`${t.users.changeRole} ${user.name}`}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="role" value={user.role === "ADMIN" ? "STAFF" : "ADMIN"} />
          <SubmitButton tone="secondary">
            {t.users.changeRole}: {t.users.roles[user.role === "ADMIN" ? "STAFF" : "ADMIN"]}
            <span className="sr-only"> {user.name}</span>
          </SubmitButton>
        </ActionForm>
      )}
      <ActionForm action={setUserStatusAction} errors={t.errors} summary className="inline-block" label={`${t.users.disable} ${user.name}`}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="status" value={user.status === "ACTIVE" ? "DISABLED" : "ACTIVE"} />
        <SubmitButton tone={user.status === "ACTIVE" ? "danger" : "secondary"}>
          {user.status === "ACTIVE" ? t.users.disable : t.users.enable}
          <span className="sr-only"> {user.name}</span>
        </SubmitButton>
      </ActionForm>
      <ActionForm action={createResetLinkAction} errors={t.errors} summary success={t.users.resetCreated} className="inline-block max-w-xs" label={`${t.users.resetLink} ${user.name}`}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="locale" value={locale} />
        <SubmitButton tone="secondary">
          {t.users.resetLink}
          <span className="sr-only"> {user.name}</span>
        </SubmitButton>
      </ActionForm>
    </div>
  );
}
