import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed";

export function printAccounts(): void {
  console.log("\nDemo accounts (password for all: " + DEMO_PASSWORD + "):");
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(9)} ${a.email}`);
}
