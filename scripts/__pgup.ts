import path from "node:path";
import { openDatabase } from "@/lib/db/runtime";
process.env.DATABASE_URL = "";
const db = await openDatabase("app", { dataDir: path.join("/work/main/.data/postgres-bench-scale"), port: 54389 });
console.log(db.url);
process.on("SIGTERM", async () => { await db.stop(); process.exit(0); });
setInterval(() => {}, 1 << 30);
