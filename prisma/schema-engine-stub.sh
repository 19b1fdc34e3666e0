#!/bin/sh
# Prisma's CLI wants a native schema engine it cannot download offline. `prisma generate` does
# not need it; exiting non-zero makes any command that does need it fail loudly instead of
# silently doing nothing. Migrations are applied by lib/db/migrate.ts (docs/decisions/0002).
echo "The native Prisma schema engine is not available offline: use npm run db:migrate / db:migration." >&2
exit 1
