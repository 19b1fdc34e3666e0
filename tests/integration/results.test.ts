import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { loadActiveUser } from "@/lib/auth/users";
import { db } from "@/lib/db/client";
import { listOwnResults } from "@/lib/results/owner-queries";
import { seedReferenceData } from "@/prisma/seed";
import { createChannel, createHost, createProducer, createProduct, createSession, createUser } from "@/tests/fixtures/factories";

describe("a producer's own results", () => {
  it("sum their products per session, newest first, and show nothing of other producers", async () => {
    await seedReferenceData(db);
    const ownerRow = await createUser(db, { role: "PRODUCER" });
    const shop = await createProducer(db, { memberUserIds: [ownerRow.id] });
    const neighbour = await createProducer(db);
    const [tea, honey, theirs] = await Promise.all([
      createProduct(db, shop.id, { name: "Chè" }),
      createProduct(db, shop.id, { name: "Mật ong" }),
      createProduct(db, neighbour.id, { name: "Gạo của người khác" }),
    ]);
    const [host, channel] = await Promise.all([createHost(db), createChannel(db)]);
    const session = (day: number, status: "COMPLETED" | "SCHEDULED" = "COMPLETED") =>
      createSession(db, {
        hostId: host.id,
        channelId: channel.id,
        startsAt: new Date(Date.UTC(2026, 10, day, 0)),
        endsAt: new Date(Date.UTC(2026, 10, day, 1)),
        status,
        productIds: [tea.id, honey.id, theirs.id],
      });
    const older = await session(14);
    const newer = await session(21);
    const future = await session(28, "SCHEDULED");
    const result = (sessionId: string, productId: string, orders: number, gmv: number) =>
      db.productResult.create({ data: { sessionId, productId, orders, unitsSold: orders * 2, gmvVnd: BigInt(gmv) } });
    await result(older.id, tea.id, 0, 0);
    await result(newer.id, tea.id, 10, 1_500_000);
    await result(newer.id, honey.id, 5, 3_000_000_000);
    await result(newer.id, theirs.id, 99, 9_900_000);
    await result(future.id, tea.id, 1, 1);

    const owner = (await loadActiveUser(ownerRow.id))!;
    const results = await listOwnResults(owner);
    expect(results.map((r) => [r.sessionId, r.orders, r.unitsSold, r.gmvVnd])).toEqual([
      [newer.id, 15, 30, "3001500000"],
      [older.id, 0, 0, "0"],
    ]);
    expect(results[0]!.products.map((p) => p.name)).toEqual(["Chè", "Mật ong"]);
    expect(JSON.stringify(results)).not.toContain("Gạo của người khác");

    const stranger = (await loadActiveUser((await createUser(db, { role: "PRODUCER" })).id))!;
    expect(await listOwnResults(stranger)).toEqual([]);
    await expect(listOwnResults(null)).rejects.toThrow(AuthorizationError);
  });
});
