import { encode } from "next-auth/jwt";
import { openSession } from "@/lib/auth/sessions";
import { createPrismaClient } from "@/lib/db/client";
const db = createPrismaClient("postgresql://postgres:ocop-local@127.0.0.1:54389/ocop");
const staff = await db.user.findUniqueOrThrow({ where: { email: "staff@chophien.test" } });
const sid = await openSession(db, staff.id);
console.log("authjs.session-token=" + await encode({ token: { sub: staff.id, sid }, secret: "bench-scale-secret-0123456789abcdef0123", salt: "authjs.session-token", maxAge: 43200 }));
await db.$disconnect();
