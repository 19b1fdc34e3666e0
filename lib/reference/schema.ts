import { z } from "zod";
import { normaliseTiktokHandle } from "@/lib/producers/schema";

const id = z.string().uuid().optional().or(z.literal("").transform(() => undefined));
const handle = z.string().transform((value, ctx) => {
  const normalised = normaliseTiktokHandle(value);
  if (!normalised) ctx.addIssue({ code: "custom", message: "tiktokInvalid" });
  return normalised ?? "";
});

/** A livestream host (KOL/KOC). Messages are keys of messages.staff.errors. */
export const HostSchema = z.object({
  hostId: id,
  name: z.string().trim().min(2, "required").max(100, "tooLong"),
  tiktokHandle: handle,
  mcn: z.string().trim().max(100, "tooLong").optional().transform((v) => v || null),
});

/** A TikTok Shop account that streams. */
export const ChannelSchema = z.object({
  channelId: id,
  name: z.string().trim().min(2, "required").max(100, "tooLong"),
  tiktokHandle: handle,
  url: z
    .string()
    .trim()
    .refine((v) => /^https:\/\/([a-z0-9-]+\.)*tiktok\.com\/\S*$/i.test(v), "urlInvalid"),
});

export const SetActiveSchema = z.object({
  kind: z.enum(["host", "channel"]),
  id: z.string().uuid("notFound"),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});
